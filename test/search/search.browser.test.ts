/**
 * Search and browsing by filter, in real Chromium, over the second fixture council as the tests
 * build it, served with the site's real security headers: any policy violation fails the test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { axeViolations, contextWithAxe } from '../../src/cli/verify/in-browser.ts';
import { actionHref } from '../../src/model/urls.ts';
import { describeInBrowser, launchChromium, serveStatic, type StaticSite } from '../support/browser.ts';
import { loadValid } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { testSite } from '../support/test-sites.ts';

const content = loadValid(SECOND_COUNCIL);
/** The one action about apprenticeships: a word only some pages of the site use. */
const WORD = 'apprenticeship';
const apprenticeships = content.actions.find((action) => action.action.includes(WORD))!;
const roleTitle = (id: string) => content.roles.find((role) => role.id === id)!.title;

/** Content-Security-Policy violations and script errors the browser reports, so a test can fail on any. */
function watchCsp(context: BrowserContext, violations: string[]): void {
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  context.on('weberror', (error) => violations.push(`page error: ${error.error().message}`));
}

describeInBrowser('search in a real browser', () => {
  let server: StaticSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(await testSite('second-council'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(javaScriptEnabled = true): Promise<Page> {
    context = javaScriptEnabled ? await contextWithAxe(browser, 1280) : await browser.newContext({ javaScriptEnabled });
    watchCsp(context, violations);
    page = await context.newPage();
    return page;
  }
  afterEach(async () => {
    await context?.close();
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });

  /** The hrefs of the results on show, once Pagefind has filled them in. */
  async function resultLinks(): Promise<string[]> {
    await page.locator('pagefind-results .pf-result-link').first().waitFor();
    return page
      .locator('pagefind-results .pf-result-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  async function resultCount(): Promise<number> {
    const summary = page.locator('pagefind-summary');
    await expect.poll(() => summary.innerText()).toMatch(/\d+ results?/);
    return Number(/(\d+) results?/.exec(await summary.innerText())![1]);
  }

  it('finds the action about apprenticeships from the header search box, by keyboard', async () => {
    await openPage();
    await page.goto(`${server.origin}/`);
    await page.keyboard.press('Tab'); // the skip link
    const box = page.getByRole('search').getByRole('searchbox');
    await box.focus();
    await page.keyboard.type(WORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/search/\\?q=${WORD}`));

    expect(await resultLinks()).toContain(actionHref(apprenticeships.id));
    const input = page.locator('pagefind-input input');
    await expect.poll(() => input.inputValue()).toBe(WORD);

    // From the search box, Tab reaches the results; Enter follows the link.
    await input.focus();
    const link = page.locator(`pagefind-results a[href="${actionHref(apprenticeships.id)}"]`).first();
    for (let i = 0; i < 40 && !(await link.evaluate((a) => a === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => link.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${actionHref(apprenticeships.id)}`);
    await expect.poll(() => page.locator('h1').innerText()).toContain(WORD);
  });

  it('narrows the results to one lead with the Lead filter, by keyboard', async () => {
    await openPage();
    await page.goto(`${server.origin}/search/?q=${WORD}`);
    await resultLinks();
    const before = await resultCount();

    const lead = roleTitle(apprenticeships.lead[0]!);
    const trigger = page.locator('pagefind-filter-dropdown[filter="lead"] [role="combobox"]');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => trigger.getAttribute('aria-expanded')).toBe('true');
    const option = page.locator(`pagefind-filter-dropdown[filter="lead"] [role="option"][data-value="${lead}"]`);
    const optionId = await option.getAttribute('id');
    // Arrow keys move the active option (aria-activedescendant); Enter chooses it.
    for (let i = 0; i < 60 && (await trigger.getAttribute('aria-activedescendant')) !== optionId; i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await trigger.getAttribute('aria-activedescendant')).toBe(optionId);
    await page.keyboard.press('Enter');
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');

    await expect.poll(resultCount).toBeLessThan(before);
    expect(await resultLinks()).toContain(actionHref(apprenticeships.id));
  });

  it('searches the young people edition from a young-person page, in its own look, without adult filters', async () => {
    // It used to open the adult search page and pick the edition's filter there. That test read
    // the results too early: a faceted search first lists every page, adult ones too, before the
    // page's own query runs. The results now stay hidden until the query's own results arrive.
    await openPage();
    await page.goto(`${server.origin}/young-people/`);
    await page.getByRole('search').getByRole('searchbox').focus();
    await page.keyboard.type('help');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/young-people\/search\/\?q=help/);

    const links = await resultLinks();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/young-people\//);
    expect(await page.locator('pagefind-filter-dropdown').count()).toBe(0);
    expect(await page.locator('body.edition-young-people .yp-nav').isVisible()).toBe(true);
  });

  it('finds pages by a synonym from the council’s list and by a glossary term for an abbreviation', async () => {
    await openPage();
    // The apprenticeships action never says "traineeship"; site.yaml lists them as synonyms.
    await page.goto(`${server.origin}/search/?q=traineeship`);
    expect(await resultLinks()).toContain(actionHref(apprenticeships.id));
    // The CAMHS action uses only the abbreviation; the glossary gives its full term.
    const camhs = content.actions.find((action) => /\bCAMHS\b/.test(action.action))!;
    expect(camhs.action).not.toMatch(/adolescent/i);
    await page.goto(`${server.origin}/search/?q=adolescent`);
    expect(await resultLinks()).toContain(actionHref(camhs.id));
  });

  it('labels each result with its type, above its title', async () => {
    await openPage();
    await page.goto(`${server.origin}/search/?q=${WORD}`);
    await resultLinks();
    // Pagefind draws a placeholder (aria-hidden) for each result until its text has loaded.
    const results = page.locator('pagefind-results .pf-result:not([aria-hidden])');
    await results.first().waitFor();
    const labels = await results.evaluateAll((items) =>
      items.map((li) => [
        li.querySelector('.search-result__type')?.textContent ?? '',
        li.querySelector('a')?.getAttribute('href'),
      ]),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const [label] of labels) expect(label).not.toBe('');
    expect(labels).toContainEqual(['Action', actionHref(apprenticeships.id)]);
  });

  it('filters the whole action plan by lead without typing, by keyboard, and says how many match', async () => {
    await openPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}/action-plan/`);
    const count = page.locator('[data-action-count]');
    // The summary page has no rows of its own: they are loaded from the objectives' pages when needed.
    await expect
      .poll(() => count.innerText())
      .toBe(`${content.actions.length} actions in the plan. Choose a filter to list the ones that match.`);
    expect(await page.locator('tr[data-status]').count()).toBe(0);
    expect(fetched.filter((p) => p.startsWith('/objectives/'))).toEqual([]);

    const select = page.locator('#filter-lead');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    const roleId = await select.inputValue();
    const expected = content.actions.filter((action) => action.lead.includes(roleId)).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => count.innerText()).toBe(`Showing ${expected} of ${content.actions.length} actions.`);
    expect(await page.locator('tr[data-status]:visible').count()).toBe(expected);
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(page.url()).toContain(`lead=${roleId}`);
    // Each objective with actions is fetched once, and its rows keep their outcome, partners and plans.
    const objectives = [...new Set(content.actions.map((a) => a.objective))];
    expect(fetched.filter((p) => p.startsWith('/objectives/')).sort()).toEqual(
      objectives.map((o) => `/objectives/${o}/`).sort(),
    );
    expect(await page.locator('tr[data-status]:visible details.action-details').count()).toBe(expected);

    // Status narrows further; "Clear filters" goes back to the summary.
    await page.locator('#filter-status').focus();
    await page.keyboard.press('ArrowDown');
    const status = await page.locator('#filter-status').inputValue();
    const both = content.actions.filter((a) => a.lead.includes(roleId) && a.status === status).length;
    await expect.poll(() => page.locator('tr[data-status]:visible').count()).toBe(both);
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('tr[data-status]:visible').count()).toBe(0);
    await expect.poll(() => count.innerText()).toMatch(/Choose a filter/);

    // Soonest due first lists every action of the plan.
    await page.locator('#filter-sort').selectOption('due');
    await expect.poll(() => count.innerText()).toBe(`Showing all ${content.actions.length} actions.`);
    expect(await page.locator('tr[data-status]:visible').count()).toBe(content.actions.length);
  });

  it('opens a shared filtered address with the matching rows of the whole plan', async () => {
    await openPage();
    await page.goto(`${server.origin}/action-plan/?due=overdue`);
    await expect.poll(() => page.locator('tr[data-status]:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-status]').count()).toBe(content.actions.length);
    const overdue = await page.locator('tr[data-status][data-overdue]').count();
    expect(await page.locator('tr[data-status]:visible').count()).toBe(overdue);
    expect(await page.locator('tr[data-status]:visible:not([data-overdue])').count()).toBe(0);
  });

  it('has no WCAG 2.2 AA problems axe can find on the search results and the filtered action plan', async () => {
    await openPage();
    const check = async () =>
      (await axeViolations(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.goto(`${server.origin}/search/?q=${WORD}`);
    await resultLinks();
    expect(await check()).toEqual([]);
    await page.goto(`${server.origin}/action-plan/?status=${encodeURIComponent(apprenticeships.status!)}`);
    await expect.poll(() => page.locator('[data-action-count]').innerText()).toMatch(/^Showing \d+ of/);
    expect(await check()).toEqual([]);
  });

  it('keeps the action plan and a way to browse when JavaScript is off', async () => {
    await openPage(false);
    await page.goto(`${server.origin}/action-plan/`);
    expect(await page.locator('[data-action-filters]').isVisible()).toBe(false);
    // Each objective's link opens its rows, and the views by status and overdue are plain links.
    const objectives = page.locator('main .plan-objectives a');
    expect(await objectives.count()).toBe(new Set(content.actions.map((a) => a.objective)).size);
    let rows = 0;
    for (const href of await objectives.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      await page.goto(`${server.origin}${href}`);
      rows += await page.locator('tr[data-status]:visible').count();
    }
    expect(rows).toBe(content.actions.length);
    await page.goto(`${server.origin}/action-plan/`);
    expect(await page.getByRole('link', { name: /^Overdue/ }).getAttribute('href')).toBe('/action-plan/overdue/');

    await page.goto(`${server.origin}/search/?q=${WORD}`);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'the action plan' }).getAttribute('href')).toBe('/action-plan/');
  });
});
