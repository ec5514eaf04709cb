/**
 * Every URL in the sitemap, opened in Chromium at a phone width (375 px) and a desktop width
 * (1280 px), served with the site's security headers. One visit per page and width gathers:
 * - axe-core's findings for WCAG 2.0, 2.1 and 2.2 at levels A and AA: there must be none;
 * - every request the page made: all must go to the site's own origin;
 * - Content-Security-Policy violations and script errors: there must be none.
 * Failures are grouped by rule, so one mistake in the layout reads as one line.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { siteUrls, TEST_DIST } from '../support/built-site.ts';
import { describeInBrowser, launchChromium } from './chromium.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [375, 1280] as const;

/** axe limited to the WCAG tags. (Order matters: AxeBuilder.options() replaces what withTags() set.) */
const axeFor = (page: Page): AxeBuilder =>
  new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS);

interface Findings {
  /** "rule (impact): help" → pages (with width) and an example element. */
  axe: Map<string, { pages: Set<string>; example: string }>;
  offsite: Map<string, Set<string>>;
  csp: Map<string, Set<string>>;
  errors: Map<string, Set<string>>;
  visits: number;
  seconds: number;
}

function add(map: Map<string, Set<string>>, key: string, page: string): void {
  map.set(key, (map.get(key) ?? new Set()).add(page));
}

const summary = (map: Map<string, Set<string>>): string[] =>
  [...map].map(([key, pages]) => `${key} (on ${pages.size}: ${[...pages].slice(0, 4).join(', ')})`);

describeInBrowser('the built site in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  // The search page is also visited with a query, so Pagefind loads its index and WebAssembly
  // under the same checks (same origin, CSP). "care" is in any corporate parenting site.
  const urls = siteUrls(TEST_DIST).flatMap((url) => (url === '/search/' ? [url, '/search/?q=care'] : [url]));
  const findings: Findings = {
    axe: new Map(),
    offsite: new Map(),
    csp: new Map(),
    errors: new Map(),
    visits: 0,
    seconds: 0,
  };

  /** Visits every URL at one width, in its own context; the widths run side by side. */
  async function crawl(width: number): Promise<void> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    let current = '';
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== site.origin && url.protocol !== 'data:')
        add(findings.offsite, `${request.method()} ${url.origin}${url.pathname}`, current);
    });
    page.on('response', (response) => {
      if (response.status() >= 400)
        add(findings.errors, `HTTP ${response.status()} for ${new URL(response.url()).pathname}`, current);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy/i.test(text)) add(findings.csp, text.slice(0, 240), current);
      // "Failed to load resource" repeats what the response handler reports, with the URL.
      else if (message.type() === 'error' && !text.startsWith('Failed to load resource'))
        add(findings.errors, text.slice(0, 240), current);
    });
    page.on('pageerror', (error) => add(findings.errors, error.message.slice(0, 240), current));
    for (const url of urls) {
      current = `${url} @${width}px`;
      await page.goto(`${site.origin}${url}`, { waitUntil: url.includes('?') ? 'networkidle' : 'load' });
      const result = await axeFor(page).analyze();
      for (const violation of result.violations) {
        const key = `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`;
        const node = violation.nodes[0];
        const entry = findings.axe.get(key) ?? {
          pages: new Set(),
          example: `${node?.target.join(' ') ?? ''}: ${node?.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
        };
        entry.pages.add(current);
        findings.axe.set(key, entry);
      }
      findings.visits++;
    }
    await context.close();
  }

  beforeAll(async () => {
    const started = performance.now();
    [browser, site] = await Promise.all([launchChromium(), serveStatic(TEST_DIST)]);
    await Promise.all(WIDTHS.map((width) => crawl(width)));
    findings.seconds = (performance.now() - started) / 1000;
    console.log(
      `Chromium: ${urls.length} URLs × ${WIDTHS.length} widths = ${findings.visits} visits with axe in ${findings.seconds.toFixed(1)} s`,
    );
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('visits every URL in the sitemap (and a search) at both widths', () => {
    expect(urls.length).toBeGreaterThan(0);
    expect(findings.visits).toBe(urls.length * WIDTHS.length);
  });

  it('would notice a violation (the axe set-up is not a no-op)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.evaluate(() =>
      document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/no-alt.png"><a href="/"></a>'),
    );
    const ids = (await axeFor(page).analyze()).violations.map((v) => v.id);
    await context.close();
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
  });

  it('finds no WCAG 2.2 A or AA violations with axe', () => {
    const lines = [...findings.axe].map(
      ([key, { pages, example }]) => `${key} (on ${pages.size}: ${[...pages].slice(0, 4).join(', ')}; e.g. ${example})`,
    );
    console.log(`axe: ${lines.length} distinct violations`);
    expect(lines).toEqual([]);
  });

  it('makes no request to any other origin', () => {
    expect(summary(findings.offsite)).toEqual([]);
  });

  it('breaks no Content-Security-Policy rule and throws no script error', () => {
    expect([...summary(findings.csp), ...summary(findings.errors)]).toEqual([]);
  });
});
