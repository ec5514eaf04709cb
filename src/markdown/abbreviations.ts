/**
 * Marks abbreviations in a rendered page: the first use of each glossary abbreviation in the page's
 * body text becomes `<a href="/glossary/#term-…"><abbr title="Full term">PEP</abbr></a>`.
 *
 * It works on a page's HTML as Astro renders it (src/middleware.ts), because body text comes from
 * YAML (action rows, updates, commentary, figures) as much as from Markdown, and "first use on the
 * page" is a property of the whole page. Astro's output is well formed, so a small tokenizer is
 * enough: it walks tags and text inside <main>, and leaves alone text inside links, existing <abbr>,
 * headings, code, SVG and hidden elements.
 */
import { glossaryAnchor } from '../model/urls.ts';

export interface Abbreviation {
  abbreviation: string;
  term: string;
}

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const SKIP = new Set([
  'a',
  'abbr',
  'code',
  'pre',
  'script',
  'style',
  'svg',
  'math',
  'textarea',
  'title',
  'button',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const SKIP_ATTRIBUTE = /(?:^|\s)(hidden|data-pagefind-ignore|data-no-abbr)(?:[\s=]|$)/;

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the innermost open element called `name` is on the stack, or -1. */
function lastOpen(stack: readonly { name: string }[], name: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.name === name) return i;
  return -1;
}

type Compiled = { byText: Map<string, Abbreviation>; pattern: RegExp };
/** The pattern for one glossary's abbreviations, compiled once per build rather than once per page. */
const COMPILED = new Map<string, Compiled>();

function patternFor(abbreviations: readonly Abbreviation[]): Compiled {
  const key = JSON.stringify(abbreviations.map((a) => [a.abbreviation, a.term]));
  let compiled = COMPILED.get(key);
  if (!compiled) {
    const byText = new Map(abbreviations.map((a) => [a.abbreviation, a]));
    const pattern = new RegExp(
      `(?<![\\w&#])(${[...byText.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?=s?(?![\\w]))`,
      'g',
    );
    compiled = { byText, pattern };
    COMPILED.set(key, compiled);
  }
  return compiled;
}

/**
 * Wraps the first use of each abbreviation in the text of the page's <main>, linking it to the
 * glossary at `glossaryPath` (the young-person edition has its own, with the same anchors).
 */
export function markAbbreviations(
  html: string,
  abbreviations: readonly Abbreviation[],
  glossaryPath = '/glossary/',
): string {
  if (abbreviations.length === 0) return html;
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;

  const { byText, pattern } = patternFor(abbreviations);
  const body = html.slice(start, end);
  // No abbreviation anywhere in <main>, even inside a tag: nothing to mark (most pages at scale).
  pattern.lastIndex = 0;
  if (!pattern.test(body)) return html;
  const seen = new Set<string>();
  const stack: { name: string; skip: boolean }[] = [];
  let skipping = 0;

  const markText = (text: string): string => {
    if (skipping > 0 || seen.size === byText.size) return text;
    return text.replace(pattern, (match: string) => {
      if (seen.has(match)) return match;
      seen.add(match);
      const { term } = byText.get(match)!;
      return `<a class="abbr" href="${glossaryPath}#${glossaryAnchor(term)}"><abbr title="${escapeAttribute(term)}">${match}</abbr></a>`;
    });
  };

  let out = '';
  let last = 0;
  for (const token of body.matchAll(TOKEN)) {
    out += markText(body.slice(last, token.index));
    last = token.index + token[0].length;
    out += token[0];
    // Each abbreviation is marked once: when all are, the rest of the page stays as it is.
    if (seen.size === byText.size) break;
    const [, closing, rawName, attributes = ''] = token;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      const at = lastOpen(stack, name);
      if (at < 0) continue;
      for (const element of stack.splice(at)) if (element.skip) skipping--;
    } else if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) {
      const skip = SKIP.has(name) || SKIP_ATTRIBUTE.test(attributes);
      stack.push({ name, skip });
      if (skip) skipping++;
    }
  }
  out += markText(body.slice(last));
  return html.slice(0, start) + out + html.slice(end);
}
