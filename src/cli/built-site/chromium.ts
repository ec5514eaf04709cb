/**
 * The one way to find and start Chromium: CHROME_PATH if set (the variable Lighthouse also reads),
 * else Debian's /usr/bin/chromium or /usr/bin/chromium-browser. Driven by playwright-core, since a
 * test tool's own browser download cannot work on machines without internet access.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's build needs the first two in a container; the last three stop it calling home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to use, or undefined when there is none (CHROME_PATH set to a missing file counts as none). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env['CHROME_PATH'];
  if (configured) return existsSync(configured) ? configured : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Where Chromium was looked for, for messages. */
export function chromiumLookedFor(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROME_PATH'] ? `CHROME_PATH (${env['CHROME_PATH']})` : CHROMIUM_CANDIDATES.join(' or ');
}

export const INSTALL_CHROMIUM = 'Install it with "apt-get install -y chromium", or set CHROME_PATH to a Chromium.';

/** Starts Chromium, failing with what to do when there is none. */
export function launchChromium(options: { args?: string[] } = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium was not found at ${chromiumLookedFor()}. ${INSTALL_CHROMIUM}`);
  const launch: LaunchOptions = { executablePath, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] };
  return chromium.launch(launch);
}
