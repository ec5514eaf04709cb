/**
 * `npm run dev` on a copy of the minimal council: a saved edit shows on the next page load, a file
 * that breaks shows its `file:line:col` message in the terminal and in the browser's error overlay,
 * and fixing it recovers, all without restarting the server. The server runs on a free port in a
 * throw-away copy of the project and is stopped at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL as MINIMAL_CONTENT } from '../support/paths.ts';
import { commandLineEnv } from '../support/command-line-env.ts';
import { projectCopy } from '../support/run-build.ts';
import { describeInBrowser, launchChromium } from '../support/browser.ts';

const STRATEGY_TITLE = '  title: Corporate parenting strategy';
const BROKEN =
  'content/site.yaml:5:9  YAML syntax error: a list started with "[" is not closed: end it with "]" on the same line';

interface DevServer {
  url: string;
  site: string;
  original: string;
  output: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Fetches until `accept` is true of the response, or fails after `ms`. */
/** The server's output so far, for failure messages. */
let log = (): string => '';

async function until(url: string, accept: (status: number, html: string) => boolean, ms: number): Promise<string> {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      last = await response.text();
      if (accept(response.status, last)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} never gave the expected page within ${ms} ms; last body:\n${last.slice(0, 500)}${log()}`);
}

const titleOf = (html: string): string | undefined => /<title>([^<]*)<\/title>/.exec(html)?.[1];

const work = mkdtempSync(path.join(tmpdir(), 'cp-dev-'));
const content = path.join(work, 'content');
cpSync(MINIMAL_CONTENT, content, { recursive: true });
const root = projectCopy();
let child: ChildProcess | undefined;
let started: Promise<DevServer> | undefined;

function devServer(): Promise<DevServer> {
  started ??= (async () => {
    const port = await freePort();
    let output = '';
    child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: root,
      env: commandLineEnv({ CONTENT_DIR: content, BUILD_DATE: '2026-11-22' }),
      // Its own process group, so that stopping it stops npm, Astro and anything they started.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    log = () => `\n--- npm run dev said:\n${output}`;
    const url = `http://127.0.0.1:${port}/`;
    await until(url, (status) => status === 200, 180_000);
    const site = path.join(content, 'site.yaml');
    return { url, site, original: readFileSync(site, 'utf8'), output: () => output };
  })();
  return started;
}

afterAll(() => {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
}, 30_000);

describe('npm run dev', () => {
  it('shows an edited title on the next page load', async () => {
    const dev = await devServer();
    expect(titleOf(await until(dev.url, (status) => status === 200, 30_000))).toBe(
      'Corporate parenting strategy - Testford corporate parenting',
    );
    writeFileSync(dev.site, dev.original.replace(STRATEGY_TITLE, '  title: Our promise to you'));
    const html = await until(dev.url, (_, body) => titleOf(body)?.startsWith('Our promise') ?? false, 30_000);
    expect(titleOf(html)).toBe('Our promise to you - Testford corporate parenting');
    writeFileSync(dev.site, dev.original);
    await until(dev.url, (_, body) => titleOf(body)?.startsWith('Corporate parenting strategy') ?? false, 30_000);
  }, 300_000);

  it("prints a broken file's file:line:col message in the terminal, and recovers once it is fixed", async () => {
    const dev = await devServer();
    writeFileSync(dev.site, dev.original.replace('  from: 2025', '  from: [2025'));
    await until(dev.url, (status) => status === 500, 30_000);
    expect(dev.output()).toContain(BROKEN);
    writeFileSync(dev.site, dev.original);
    const html = await until(dev.url, (status) => status === 200, 30_000);
    expect(titleOf(html)).toBe('Corporate parenting strategy - Testford corporate parenting');
  }, 300_000);
});

describeInBrowser('npm run dev in a browser', () => {
  it("shows a broken file's file:line:col message in the error overlay", async () => {
    const dev = await devServer();
    writeFileSync(dev.site, dev.original.replace('  from: 2025', '  from: [2025'));
    await until(dev.url, (status) => status === 500, 30_000);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(dev.url);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 30_000 });
      await expect
        .poll(() => overlay.evaluate((element) => element.shadowRoot?.textContent ?? ''), { timeout: 30_000 })
        .toContain('content/site.yaml:5:9');
    } finally {
      await browser.close();
      writeFileSync(dev.site, dev.original);
    }
    await until(dev.url, (status) => status === 200, 30_000);
  }, 300_000);
});
