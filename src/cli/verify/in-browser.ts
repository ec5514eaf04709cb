/**
 * What only a browser sees, from one visit to every page in the sitemap at a phone width (375 px)
 * and a desktop width (1280 px), served with the site's real security headers:
 * - axe-core's findings for WCAG 2.0, 2.1 and 2.2 at levels A and AA;
 * - requests to any other origin (the site promises none: no analytics, fonts or scripts elsewhere);
 * - Content-Security-Policy violations, script errors and failed requests;
 * - at 320 px (the phone-width page, resized after its visit), anything that scrolls sideways outside
 *   a data table's own labelled scroll region (WCAG 1.4.10 Reflow).
 * The search page is also visited with a query, so the search index and its WebAssembly load under
 * the same checks. axe is injected into every page before it loads (through the DevTools protocol,
 * which the page's policy does not govern) and run in the page itself: one analysis per visit.
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
export const WIDTHS = [375, 1280] as const;
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
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
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

export async function crawl(site: string): Promise<BrowserFindings> {
  const listed = sitemapUrls(site) ?? [];
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
    // The two widths run side by side, each in its own context and page.
    await Promise.all(
      WIDTHS.map(async (width) => {
        const context = await contextWithAxe(browser, width);
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
        for (const url of urls) {
          current = `${url} @${width}px`;
          // A search fills in its results after load: wait for the network to settle first.
          await page.goto(`${server.origin}${url}`, { waitUntil: url.includes('?') ? 'networkidle' : 'load' });
          for (const violation of await axeViolations(page)) {
            const node = violation.nodes[0];
            const example = `${node?.target.join(' ') ?? ''}: ${node?.failureSummary?.split('\n')[1]?.trim() ?? ''}`;
            findings.axe.add(`${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`, current, example);
          }
          // The phone-width page narrowed to 320 px: the same page reflowed, not another visit.
          if (width === WIDTHS[0]) {
            await page.setViewportSize({ width: REFLOW_WIDTH, height: 900 });
            for (const problem of await reflowProblems(page)) findings.reflow.add(problem, `${url} @${REFLOW_WIDTH}px`);
            await page.setViewportSize({ width, height: 900 });
          }
          findings.visits++;
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
  const visits = `${count(findings.urls.length, 'address', 'addresses')} × ${WIDTHS.length} widths (${WIDTHS.join(' and ')} px) = ${count(findings.visits, 'visit')}`;
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
