/**
 * Axe finds no WCAG 2.2 AA violations on the scorecard, indicator (with its chart), annual report and
 * open data pages. Runs where Chromium is installed (apt-get install chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/loader/load-content.ts';
import { TEST_DIST } from './dist-files.ts';

const CHROMIUM = '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.svg': 'image/svg+xml' };

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(root, url.endsWith('/') ? `${url}index.html` : url);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.runIf(existsSync(CHROMIUM))('accessibility of the scorecard pages (axe)', () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    server = await serve(TEST_DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const content = getContent();
  const pages = [
    '/scorecards/',
    '/indicators/',
    ...content.scorecards.slice(-1).map((s) => `/scorecards/${s.year}/`),
    ...content.indicators.slice(0, 3).map((i) => `/indicators/${i.id}/`),
    ...content.annualReports.slice(-1).map((r) => `/annual-reports/${r.data.year}/`),
    '/data/',
  ];

  it.each(pages)('%s has no violations', async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${url}`);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    await context.close();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
