/**
 * Real Chromium for the search tests: Debian's /usr/bin/chromium driven by playwright-core (a test
 * tool's own browser download cannot work on these machines). Without Chromium the tests are skipped
 * with a loud warning on a developer's machine, and fail in CI, where CI=true.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumMissing(): boolean {
  if (existsSync(CHROMIUM)) return false;
  const message = `No Chromium at ${CHROMIUM}: install it with apt-get install -y chromium.`;
  if (process.env['CI']) throw new Error(`${message} Browser tests cannot be skipped in CI.`);
  console.warn(`\n⚠ ${message} SKIPPING the search browser tests.\n`);
  return true;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Content-Security-Policy violations the browser reports, so a test can fail on any of them. */
export function watchCsp(context: BrowserContext, violations: string[]): void {
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  context.on('weberror', (error) => violations.push(`page error: ${error.error().message}`));
}
