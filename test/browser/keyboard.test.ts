/**
 * Keyboard use over the second fixture council, on the home page and the first page of every
 * section in its sitemap (so new sections are covered as they land), at phone and desktop widths:
 * - the first Tab from the top of the page focuses the skip link, which is then visible;
 * - Enter on it moves focus to the main content (at the phone width: where the link leads does not
 *   depend on the width, and at the desktop width each page is loaded once, for the next check);
 * - every element Tab reaches shows where focus is: its outline, box-shadow or background
 *   differs from how it looks unfocused. The focused element itself must change, as with the
 *   GOV.UK focus style the site follows; a faint change on a surrounding card does not count.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sitemapUrls } from '../support/built-site.ts';
import { describeInBrowser, launchChromium, serveStatic, type StaticSite } from '../support/browser.ts';
import { testSite } from '../support/test-sites.ts';

/** How many Tab presses to follow on each page: the header, navigation and the start of the content. */
const TABS_PER_PAGE = 30;

/** The first URL of each section (/, /action-plan/, /scorecards/…). */
function samplePages(site: string): string[] {
  const bySection = new Map<string, string>();
  for (const url of sitemapUrls(site) ?? []) {
    const section = url.split('/')[1] ?? '';
    if (!bySection.has(section)) bySection.set(section, url);
  }
  return [...bySection.values()];
}

/** Whether the focused element looks different from itself unfocused (outline, box-shadow or background). */
async function focusLook(page: Page): Promise<{ key: string; look: string } | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const read = (): string => {
      const s = getComputedStyle(el);
      const outline =
        s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
          ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`
          : 'none';
      return JSON.stringify({ outline, shadow: s.boxShadow, background: s.backgroundColor });
    };
    const focused = read();
    const describe = `<${el.localName}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
    // Compare with the same element unfocused: blur, read, then focus it again by keyboard-like means.
    el.blur();
    const unfocused = read();
    el.focus({ focusVisible: true } as FocusOptions);
    return { key: describe, look: focused === unfocused ? 'unchanged' : 'changed' };
  });
}

describeInBrowser('keyboard use in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  let pages: string[];

  beforeAll(async () => {
    const built = await testSite('second-council');
    pages = samplePages(built);
    [browser, site] = await Promise.all([launchChromium(), serveStatic(built)]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /**
   * Loads a page; one with a script also waits until the network is idle, so a script that moves
   * focus on load has done so. (Waiting for idle on every page cost half a second each for nothing:
   * without a script, nothing can move focus once the page has loaded.)
   */
  async function open(page: Page, url: string): Promise<void> {
    await page.goto(`${site.origin}${url}`, { waitUntil: 'load' });
    if (await page.evaluate(() => document.scripts.length > 0)) await page.waitForLoadState('networkidle');
  }

  /** What the first Tab from the top of the page focuses, and whether it can be seen. */
  async function firstStop(
    page: Page,
  ): Promise<{ text: string | undefined; href: string | null | undefined; visible: boolean }> {
    await page.keyboard.press('Tab');
    return page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      const box = el?.getBoundingClientRect();
      return {
        text: el?.textContent?.trim(),
        href: el?.getAttribute('href'),
        visible: !!box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
      };
    });
  }

  /** What is wrong with the first stop, if it is not a visible skip link. */
  function skipLinkProblems(url: string, skip: Awaited<ReturnType<typeof firstStop>>): string[] {
    if (skip.text !== 'Skip to main content' || !skip.href?.startsWith('#'))
      return [`${url}: the first Tab focuses ${JSON.stringify(skip.text)}, not the skip link`];
    return skip.visible ? [] : [`${url}: the skip link is focused but not visible`];
  }

  it('Tab focuses a visible skip link and Enter moves focus to the main content (375 px)', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const url of pages) {
      await open(page, url);
      const skip = await firstStop(page);
      const wrong = skipLinkProblems(url, skip);
      problems.push(...wrong);
      if (wrong.length > 0) continue;
      await page.keyboard.press('Enter');
      const target = await page.evaluate(() => ({
        id: document.activeElement?.id,
        tag: document.activeElement?.localName,
      }));
      if (`#${target.id}` !== skip.href || target.tag !== 'main') {
        problems.push(`${url}: Enter on the skip link focuses <${target.tag}#${target.id}>, not <main${skip.href}>`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('notices an element whose focus cannot be seen (the check is not a no-op)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.addStyleTag({
      content:
        '*, *:focus, *:focus-visible { outline: none !important; box-shadow: none !important; background: none !important; }',
    });
    await page.keyboard.press('Tab');
    expect(await focusLook(page)).toMatchObject({ look: 'unchanged' });
    await context.close();
  });

  it('at 1280 px, Tab focuses a visible skip link first and shows where focus is on every element it reaches', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let checked = 0;
    for (const url of pages) {
      await open(page, url);
      problems.push(...skipLinkProblems(url, await firstStop(page)));
      for (let i = 0; i < TABS_PER_PAGE; i++) {
        if (i > 0) await page.keyboard.press('Tab');
        const result = await focusLook(page);
        if (!result) break;
        checked++;
        if (result.look === 'unchanged') problems.push(`${url}: ${result.key} looks the same focused and unfocused`);
      }
    }
    await context.close();
    console.log(`focus: ${checked} focus stops on ${pages.length} pages`);
    expect(checked).toBeGreaterThan(pages.length);
    expect(problems).toEqual([]);
  });
});
