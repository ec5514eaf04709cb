/**
 * Text for the baseline's pages, shaped like the council's built pages: one baseline page for each
 * council page, with as many words as that page's main content, drawn at random from the words the
 * council's pages use (common words often, rare words rarely). Every page is different, so the
 * baseline's search index has as many distinct words and pages to index as the site's, and its pages
 * weigh about what the site's pages weigh in text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pick, randomFrom } from './random.ts';

export interface TextProfile {
  /** Words in each page's main content, one number per built page. */
  wordsPerPage: number[];
  /** Every word of every page, in order: sampling from it follows the words' real frequencies. */
  words: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The readable words of a page's <main> (the whole page when it has none), without charts or scripts. */
export function mainWords(html: string): string[] {
  const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<(svg|script|style)[\s>][\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The text profile of a built site: every .html page under `siteDir`. */
export function textProfileOf(siteDir: string): TextProfile {
  const wordsPerPage: number[] = [];
  const words: string[] = [];
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.html')) continue;
    const pageWords = mainWords(readFileSync(path.join(siteDir, file), 'utf8'));
    wordsPerPage.push(pageWords.length);
    for (const word of pageWords) {
      // Nothing Markdown would read as markup (`*`, `_`, `[`, `<`, `#`, `|`…).
      const plain = word.replace(/[^\p{L}\p{N}'’%£,.()-]/gu, '');
      if (plain) words.push(plain);
    }
  }
  if (words.length === 0) throw new Error(`No words found in the pages under ${siteDir}.`);
  return { wordsPerPage, words };
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function sentence(random: () => number, words: readonly string[], length: number): string {
  const chosen = Array.from({ length }, () => pick(random, words).replace(/[.:;!?]+$/, ''));
  return `${capitalise(chosen.join(' '))}.`;
}

/**
 * One baseline page's Markdown body of about `count` words: a heading, then paragraphs of three to
 * five sentences of 6 to 20 words, with a subheading every third paragraph.
 */
export function pageMarkdown(title: string, count: number, words: readonly string[], seed: string): string {
  const random = randomFrom(seed);
  const blocks = [`# ${title}`];
  let written = 0;
  let paragraphs = 0;
  while (written < count) {
    if (paragraphs > 0 && paragraphs % 3 === 0) {
      const heading = sentence(random, words, 3 + Math.floor(random() * 4)).slice(0, -1);
      blocks.push(`## ${heading}`);
      written += heading.split(' ').length;
    }
    const sentences: string[] = [];
    for (let s = 3 + Math.floor(random() * 3); s > 0 && written < count; s -= 1) {
      const length = Math.max(1, Math.min(count - written, 6 + Math.floor(random() * 15)));
      sentences.push(sentence(random, words, length));
      written += length;
    }
    blocks.push(sentences.join(' '));
    paragraphs += 1;
  }
  return `${blocks.join('\n\n')}\n`;
}
