/**
 * Page weight budgets, so the site stays fast on a phone on a poor connection:
 * - each HTML page at most 14 kB gzipped (what arrives in the first round trip of a new connection);
 * - all the CSS the pages link to, together, at most 10 kB gzipped;
 * - no JavaScript at all, except on the search pages and the action plan, whose scripts enhance
 *   pages that work without them.
 * The largest pages are listed in the summary, so a creeping page shows before it breaks the budget.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { actionPlanHref, searchHref, youngPeopleGeneratedHref } from '../../model/urls.ts';
import { inWordsList } from '../../lib/words.ts';
import { fileForPath } from '../built-site/files.ts';
import type { BuiltPages, ParsedPage } from './built-pages.ts';
import { count, type CheckResult } from './check.ts';

export const HTML_BUDGET = 14_000;
export const CSS_BUDGET = 10_000;
/** Pages that may load JavaScript: each enhances a page that works without it. */
export const PAGES_WITH_SCRIPT: ReadonlySet<string> = new Set([
  searchHref,
  youngPeopleGeneratedHref('search'),
  actionPlanHref,
]);

const gzipped = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Same-origin files a page links to with `selector`, as URL paths. */
function linked(page: ParsedPage, selector: string, attribute: string): string[] {
  return [...page.document.querySelectorAll(selector)]
    .map((el) => new URL(el.getAttribute(attribute)!, `https://site.invalid${page.url}`))
    .filter((url) => url.origin === 'https://site.invalid')
    .map((url) => url.pathname);
}

export function checkBudgets(built: BuiltPages): CheckResult {
  const problems: string[] = [];
  const pages = built.all();
  const sizes = pages.map((page) => ({ url: page.url, gzip: gzipped(page.html) })).sort((a, b) => b.gzip - a.gzip);
  for (const { url, gzip } of sizes) {
    if (gzip > HTML_BUDGET)
      problems.push(`${url} is ${kB(gzip)} gzipped, over the ${kB(HTML_BUDGET)} budget for a page`);
  }

  const stylesheets = new Set(pages.flatMap((page) => linked(page, 'link[rel~="stylesheet"][href]', 'href')));
  let css = 0;
  for (const href of stylesheets) {
    const file = fileForPath(built.site, href);
    if (file) css += gzipped(readFileSync(file));
  }
  if (css > CSS_BUDGET) {
    problems.push(
      `the ${count(stylesheets.size, 'stylesheet')} the pages use come to ${kB(css)} gzipped, over the ${kB(CSS_BUDGET)} budget`,
    );
  }

  for (const page of pages) {
    if (PAGES_WITH_SCRIPT.has(page.url)) continue;
    const inline = [...page.document.querySelectorAll('script:not([src])')].filter(
      (el) => !/json|text\/pagefind-template/i.test(el.getAttribute('type') ?? ''),
    );
    const files = [...linked(page, 'script[src]', 'src'), ...linked(page, 'link[rel="modulepreload"][href]', 'href')];
    if (inline.length > 0 || files.length > 0) {
      problems.push(
        `${page.url} loads JavaScript (${inline.length} inline, ${files.length} files); only ${inWordsList([...PAGES_WITH_SCRIPT])} may`,
      );
    }
  }

  const largest = sizes
    .slice(0, 3)
    .map((s) => `${s.url} ${kB(s.gzip)}`)
    .join(', ');
  return {
    name: 'Page budgets',
    checked: `${count(pages.length, 'page')} (largest gzipped: ${largest}); CSS ${kB(css)} gzipped in all`,
    problems,
  };
}
