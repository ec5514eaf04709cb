/**
 * Hostile text in content renders as harmless text. test/fixtures/injection/content is the minimal
 * council with `<script>`, `onerror=`, `"><svg onload=…>`, `</title><script>` and `javascript:`
 * strings in YAML titles, summaries, actions, updates, roles, the glossary and link addresses, and
 * Markdown-only vectors in MDX (escaped tags, character references, code, escaped braces): the MDX
 * safety rule refuses real elements and javascript: links, so they cannot reach the build.
 * It is built into its own folder, checked as HTML, then opened page by page in Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, page as parsedPage } from '../support/built-site.ts';
import { describeInBrowser, launchChromium, serveStatic, type StaticSite } from '../support/browser.ts';
import { testSite } from '../support/test-sites.ts';

/** Whether some element showing `text` is visible (a hidden copy, such as search metadata, may come first). */
async function anyVisible(page: Page, text: string): Promise<boolean> {
  for (const match of await page.getByText(text, { exact: false }).all()) if (await match.isVisible()) return true;
  return false;
}

/**
 * Pointer and focus events on every link of the page, which would fire onmouseover or onfocus
 * handlers had any survived: dispatched to each link in one step, hidden ones too (screen-reader
 * text, a closed <details>). A handler written in an attribute is a listener like any other, so a
 * dispatched event runs it as a real pointer would. (Moving a real pointer over each visible link as
 * well took most of this file's time, about 30 s, and could find nothing the dispatch does not.)
 */
async function pointAtEveryLink(page: Page): Promise<void> {
  await page.locator('main a').evaluateAll((links) => {
    for (const link of links) {
      for (const type of ['pointerover', 'mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin'])
        link.dispatchEvent(new Event(type, { bubbles: !['mouseenter', 'focus'].includes(type) }));
    }
  });
}

let out: string;

describe('hostile content, as built HTML', () => {
  beforeAll(async () => {
    out = await testSite('injection');
  });

  it('shows each payload as text, escaped, and emits no handler, script or javascript: link from it', () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    let shownAsText = 0;
    for (const page of pages) {
      const doc = parsedPage(out, page.url);
      if ((doc.body?.textContent ?? '').includes('<script>console.log("INJECTED-script")')) shownAsText++;
      for (const el of doc.querySelectorAll('*')) {
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name) ?? '';
          if (/^on/i.test(name)) problems.push(`${page.url}: <${el.localName} ${name}="${value}">`);
          if (/^(href|src|action)$/.test(name) && /^\s*javascript:/i.test(value))
            problems.push(`${page.url}: <${el.localName} ${name}="${value}">`);
        }
      }
      for (const script of doc.querySelectorAll('script')) {
        if (/alert\(|INJECTED/.test(script.textContent ?? ''))
          problems.push(`${page.url}: a <script> holds the payload`);
      }
      if (doc.querySelector('svg[onload], img[src="x"], iframe'))
        problems.push(`${page.url}: a payload became an element`);
    }
    expect(problems).toEqual([]);
    expect(shownAsText).toBeGreaterThan(3);
  });
});

describeInBrowser('hostile content, in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;

  beforeAll(async () => {
    out = await testSite('injection');
    [browser, site] = await Promise.all([launchChromium(), serveStatic(out)]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('runs no script on any page: no dialog, no console marker, nothing blocked by the CSP', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const ran: string[] = [];
    let current = '';
    page.on('dialog', (dialog) => {
      ran.push(`${current}: a dialog opened ("${dialog.message()}")`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/injected|Content Security Policy/i.test(message.text()))
        ran.push(`${current}: ${message.text().slice(0, 160)}`);
    });
    const pages = htmlPages(out);
    for (const { url } of pages) {
      current = url;
      await page.goto(`${site.origin}${url}`);
      await pointAtEveryLink(page);
      const javascriptLinks = await page.locator('a[href^="javascript:" i], [src^="javascript:" i]').count();
      if (javascriptLinks > 0) ran.push(`${url}: ${javascriptLinks} live javascript: links`);
    }
    await context.close();
    expect(ran).toEqual([]);
  });

  it('would notice a handler that ran: the events it sends run one written in an attribute', async () => {
    // The policy is set aside here only, so that a handler can run at all.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.setContent(
      '<main><p><a href="#x" onmouseover="console.log(\'INJECTED-over\')">over</a></p>' +
        '<details><summary>More</summary><a href="#y" onfocus="console.log(\'INJECTED-focus\')">hidden</a></details></main>',
    );
    await pointAtEveryLink(page);
    await context.close();
    expect(logged).toEqual(['INJECTED-over', 'INJECTED-focus']);
  });

  it('shows the hostile strings visibly as text', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    expect(await anyVisible(page, '<script>console.log("INJECTED-script");alert("script")</script>')).toBe(true);
    await page.goto(`${site.origin}/strategy/`);
    for (const text of [
      '<script>alert(11)</script>',
      '<img src=x onerror=alert(12)>',
      '<script>alert(13)</script>',
      '{alert(14)}',
      'javascript:alert(15)',
    ]) {
      expect(await anyVisible(page, text), text).toBe(true);
    }
    await page.goto(`${site.origin}/young-people/`);
    expect(await anyVisible(page, '<script>alert(16)</script>')).toBe(true);
    await context.close();
  });
});
