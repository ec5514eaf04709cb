/**
 * Page weight budgets, so the site stays fast on a phone on a poor connection:
 * - each HTML page at most 14 kB gzipped (what arrives in the first round trip of a new connection);
 * - all the CSS the pages link to, together, at most 10 kB gzipped;
 * - no JavaScript at all, except on /search/ and the action plan's filter enhancement (/action-plan/).
 * The largest pages are printed, so a creeping page shows before it breaks the budget.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileForPath, htmlPages, TEST_DIST } from '../support/built-site.ts';
import { readDocument } from '../support/parse-html.ts';

export const HTML_BUDGET = 14_000;
export const CSS_BUDGET = 10_000;
/** Pages that may load JavaScript: each enhances a page that works without it. */
export const PAGES_WITH_SCRIPT = new Set(['/search/', '/action-plan/']);

const gzipped = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Same-origin files a page links to with `selector`, as paths. */
function linked(file: string, selector: string, attribute: string): string[] {
  return [...readDocument(file).querySelectorAll(selector)]
    .map((el) => new URL(el.getAttribute(attribute)!, 'https://site.test/'))
    .filter((url) => url.origin === 'https://site.test')
    .map((url) => url.pathname);
}

describe('budgets', () => {
  const pages = htmlPages();

  it('keeps each HTML page at 14 kB gzipped or less', () => {
    expect(pages.length).toBeGreaterThan(0);
    const sizes = pages
      .map((page) => {
        const html = readFileSync(page.file);
        return { url: page.url, raw: html.length, gzip: gzipped(html) };
      })
      .sort((a, b) => b.gzip - a.gzip);
    console.log(`HTML pages: ${pages.length}; largest (gzipped / raw):`);
    console.table(sizes.slice(0, 12).map((s) => ({ page: s.url, gzip: kB(s.gzip), raw: kB(s.raw) })));
    expect(sizes.filter((s) => s.gzip > HTML_BUDGET).map((s) => `${s.url} is ${kB(s.gzip)} gzipped`)).toEqual([]);
  });

  it('keeps all CSS the pages use at 10 kB gzipped or less, together', () => {
    const stylesheets = new Set(pages.flatMap((page) => linked(page.file, 'link[rel~="stylesheet"][href]', 'href')));
    let total = 0;
    const rows = [...stylesheets].map((href) => {
      const file = fileForPath(TEST_DIST, href);
      const size = file ? gzipped(readFileSync(file)) : 0;
      total += size;
      return { stylesheet: href, gzip: kB(size) };
    });
    console.log(`CSS: ${stylesheets.size} stylesheets, ${kB(total)} gzipped in all`);
    console.table(rows);
    expect(total).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it('loads zero bytes of JavaScript except on /search/ and /action-plan/', () => {
    const offenders: string[] = [];
    for (const page of pages) {
      if (PAGES_WITH_SCRIPT.has(page.url)) continue;
      const doc = readDocument(page.file);
      const inline = [...doc.querySelectorAll('script:not([src])')].filter(
        (el) => !/json/.test(el.getAttribute('type') ?? ''),
      );
      const files = [
        ...linked(page.file, 'script[src]', 'src'),
        ...linked(page.file, 'link[rel="modulepreload"][href]', 'href'),
      ];
      const bytes =
        inline.reduce((sum, el) => sum + (el.textContent ?? '').length, 0) +
        files.reduce((sum, href) => sum + (fileForPath(TEST_DIST, href) ? readFileSync(fileForPath(TEST_DIST, href)!).length : 0), 0);
      if (inline.length > 0 || files.length > 0) offenders.push(`${page.url}: ${inline.length} inline and ${files.length} linked scripts, ${bytes} bytes`);
    }
    expect(offenders).toEqual([]);
  });
});
