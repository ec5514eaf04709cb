/**
 * What only a browser sees, from one visit to every page in the sitemap, served with the site's real
 * security headers. Each page is loaded once, at a phone width (375 px) or a desktop width (1280 px),
 * and then looked at, in the same visit, narrowed to 320 px and then at the other width:
 * - axe-core's findings for WCAG 2.0, 2.1 and 2.2 at levels A and AA, at 375 and at 1280 px;
 * - requests to any other origin (the site promises none: no analytics, fonts or scripts elsewhere);
 * - Content-Security-Policy violations, script errors and failed requests;
 * - at 320 px, anything that scrolls sideways outside a data table's own labelled scroll region
 *   (WCAG 1.4.10 Reflow).
 * The search page is also visited with a query, so the search index and its WebAssembly load under
 * the same checks. A page that has a script is loaded again at the other width, so what a script
 * does on load is watched at both widths. Pages are loaded at the two widths in turn, so that a page
 * starts at the width the one before ended at: a change of width costs Chromium a layout and a
 * paint of the page, and this way each page has two rather than three. axe is injected into every
 * page before it loads (through the DevTools protocol, which the page's policy does not govern) and
 * run in the page itself. Two pages in one Chromium share the addresses between them, so a 2-core
 * machine is kept busy. (Each width used to be a visit of its own: loading every page twice, and
 * running axe cold on each load, took longer for the same checks.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { searchHref } from '../../model/urls.ts';
import { sitemapUrls } from '../built-site/files.ts';
import { launchChromium } from '../built-site/chromium.ts';
import { serveStatic } from '../built-site/static-server.ts';
import { count, Grouped, type CheckResult } from './check.ts';
import { REFLOW_WIDTH, reflowProblems } from './reflow.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The phone width each page loads at, and the desktop width it is widened to. */
export const WIDTHS = [375, 1280] as const;
const HEIGHT = 900;
/** Pages open side by side, sharing the addresses between them. */
const PAGES_AT_ONCE = 2;
/** A word any corporate parenting site has in its search index. */
const SEARCH_WORD = 'care';

const axeSource = (): string => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** A context whose every page has axe ready before its own scripts run. */
export async function contextWithAxe(
  browser: Browser,
  width: number,
  options: { bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: HEIGHT }, ...options });
  await context.addInitScript({ content: axeSource() });
  return context;
}

/** axe's WCAG A and AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const result = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, WCAG_TAGS);
  return result.violations as AxeViolation[];
}

export interface BrowserFindings {
  axe: Grouped;
  offsite: Grouped;
  csp: Grouped;
  errors: Grouped;
  reflow: Grouped;
  visits: number;
  urls: string[];
}

/** `pages`: the addresses to visit, when not every page in the sitemap (a test visits one page of each kind). */
export async function crawl(site: string, pages?: readonly string[]): Promise<BrowserFindings> {
  const listed = pages ?? sitemapUrls(site) ?? [];
  const urls = listed.flatMap((url) => (url === searchHref ? [url, `${searchHref}?q=${SEARCH_WORD}`] : [url]));
  const findings: BrowserFindings = {
    axe: new Grouped(),
    offsite: new Grouped(),
    csp: new Grouped(),
    errors: new Grouped(),
    reflow: new Grouped(),
    visits: 0,
    urls,
  };
  const [browser, server] = await Promise.all([launchChromium(), serveStatic(site)]);
  try {
    await Promise.all(
      Array.from({ length: Math.min(PAGES_AT_ONCE, urls.length) }, async (_, tab) => {
        const context = await contextWithAxe(browser, WIDTHS[0]);
        const page = await context.newPage();
        let current = '';
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin !== server.origin && url.protocol !== 'data:')
            findings.offsite.add(`${request.method()} ${url.origin}${url.pathname}`, current);
        });
        page.on('response', (response) => {
          if (response.status() >= 400)
            findings.errors.add(`HTTP ${response.status()} for ${new URL(response.url()).pathname}`, current);
        });
        page.on('console', (message) => {
          const text = message.text();
          if (/Content[- ]Security[- ]Policy/i.test(text)) findings.csp.add(text.slice(0, 240), current);
          // "Failed to load resource" repeats what the response handler reports, with the address.
          else if (message.type() === 'error' && !text.startsWith('Failed to load resource'))
            findings.errors.add(text.slice(0, 240), current);
        });
        page.on('pageerror', (error) => findings.errors.add(error.message.slice(0, 240), current));
        const axeAt = async (url: string, width: number): Promise<void> => {
          for (const violation of await axeViolations(page)) {
            const node = violation.nodes[0];
            const example = `${node?.target.join(' ') ?? ''}: ${node?.failureSummary?.split('\n')[1]?.trim() ?? ''}`;
            findings.axe.add(
              `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
              `${url} @${width}px`,
              example,
            );
          }
        };
        // Each page starts at the width the one before ended at (see above). Every other address
        // is this tab's, rather than the next one free, so that which width a page is loaded at,
        // and so what a report says, is the same on every run.
        let first: number = WIDTHS[0];
        let second: number = WIDTHS[1];
        for (const url of urls.filter((_, at) => at % PAGES_AT_ONCE === tab)) {
          const load = async (width: number): Promise<void> => {
            current = `${url} @${width}px`;
            // A search fills in its results after load: wait for the network to settle first.
            await page.goto(`${server.origin}${url}`, { waitUntil: url.includes('?') ? 'networkidle' : 'load' });
            findings.visits++;
          };
          await load(first);
          await axeAt(url, first);
          // The same page narrowed to 320 px, then at the other width: the same visit, not another.
          await page.setViewportSize({ width: REFLOW_WIDTH, height: HEIGHT });
          for (const problem of await reflowProblems(page)) findings.reflow.add(problem, `${url} @${REFLOW_WIDTH}px`);
          // A page with a script is loaded again at the other width, so whatever its scripts do on
          // load is watched at both widths; without one, resizing it is all a browser would do.
          const scripted = await page.evaluate(() => document.scripts.length > 0);
          await page.setViewportSize({ width: second, height: HEIGHT });
          current = `${url} @${second}px`;
          if (scripted) await load(second);
          await axeAt(url, second);
          [first, second] = [second, first];
        }
        await context.close();
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return findings;
}

export const BROWSER_CHECK_NAMES = [
  'Accessibility (axe, WCAG 2.2 A and AA)',
  'No requests to other sites',
  'No policy violations or script errors in the browser',
  `Reflow at ${REFLOW_WIDTH} px: nothing scrolls sideways but data tables in their own region`,
] as const;

/** The crawl's findings as the three checks a council reads. */
export function browserChecks(findings: BrowserFindings): CheckResult[] {
  const [axe, offsite, policy, reflow] = BROWSER_CHECK_NAMES;
  const visits = `${count(findings.urls.length, 'address', 'addresses')}, ${count(findings.visits, 'visit')}, each at ${WIDTHS.join(' and ')} px`;
  const empty = findings.urls.length === 0 ? ['the sitemap lists no pages, so nothing was opened'] : [];
  return [
    { name: axe, checked: visits, problems: [...empty, ...findings.axe.lines()] },
    { name: offsite, checked: visits, problems: findings.offsite.lines() },
    {
      name: policy,
      checked: visits,
      problems: [...findings.csp.lines(), ...findings.errors.lines()],
    },
    {
      name: reflow,
      checked: `${count(findings.urls.length, 'address', 'addresses')} at ${REFLOW_WIDTH} px`,
      problems: [...empty, ...findings.reflow.lines()],
    },
  ];
}
