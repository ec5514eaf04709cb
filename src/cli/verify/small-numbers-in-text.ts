/**
 * The built site's words, read as the content check reads the content's: no page, feed, calendar,
 * open-data file or search fragment states a small number of children ("3 children", "46 of 47 care
 * leavers"). The check refuses such words in every prose field, so this catches what it cannot see:
 * words the site writes itself, and content that reached the build some other way. Each published
 * file is read as text a reader gets: HTML as its text and its alt, title and aria-label values;
 * the feed's and calendar's escaped and folded text undone; CSV and JSON as they are.
 */
import path from 'node:path';
import { smallCountsIn } from '../../loader/rules/small-numbers-words.ts';
import type { BuiltPages } from './built-pages.ts';

export interface PublishedText {
  file: string;
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** XML's entities and character references, as a feed reader shows them. */
function unescapeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

/** A calendar's text as a calendar shows it: folded lines joined, \, \; \n undone (RFC 5545). */
function unfoldCalendar(text: string): string {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\[nN]/g, '\n')
    .replace(/\\([,;\\])/g, '$1');
}

/** A page's words: every text node (scripts and styles aside) and the attributes that are read out. */
function pageText(built: BuiltPages, file: string): string | undefined {
  const page = built.byFile(path.join(built.site, file));
  if (!page) return undefined;
  const { document } = page;
  // Adjacent text nodes join as they are (the parser splits text at each entity: "children&#39;s"),
  // and every element boundary is a space, so that table cells do not run together.
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.textContent ?? '';
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName.toUpperCase())) return;
    for (const name of ['alt', 'title', 'aria-label']) {
      const value = element.getAttribute(name);
      if (value) text += ` ${value} `;
    }
    text += ' ';
    for (const child of element.childNodes) walk(child);
    text += ' ';
  };
  walk(document.documentElement as unknown as Node);
  return text;
}

/** What a reader of `file` reads. */
function readable(built: BuiltPages, { file, text }: PublishedText): string {
  if (file.endsWith('.html')) return pageText(built, file) ?? text;
  if (file.endsWith('.ics')) return unfoldCalendar(text);
  if (/\.(xml|svg)$/.test(file)) return unescapeXml(text.replace(/<[^>]*>/g, ' '));
  return text;
}

/** Each published file that states a small number of children, with the words (at most three a file). */
export function smallCountsPublished(built: BuiltPages, texts: readonly PublishedText[], max: number): string[] {
  if (max < 1) return [];
  return texts.flatMap((published) => {
    const found = smallCountsIn(readable(built, published), max);
    if (found.length === 0) return [];
    const quoted = [...new Set(found.map((f) => `"${f.words.replace(/\s+/g, ' ')}"`))];
    const shown = quoted.slice(0, 3).join(', ') + (quoted.length > 3 ? ` and ${quoted.length - 3} more` : '');
    return [`${published.file} says ${shown}: a number of children from 1 to ${max} must not be published`];
  });
}
