/**
 * Finds Debian's Chromium (or CHROMIUM_PATH) and launches it through playwright-core. Without a
 * browser the browser tests are skipped with a loud warning, except in CI (CI set), where a missing
 * browser fails the run: .ci/run installs it, so its absence there is a broken machine.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env['CHROMIUM_PATH'];
  if (configured) return existsSync(configured) ? configured : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export const CHROMIUM = findChromium();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM!,
    // Debian's build needs these in a container; the last three stop it calling home during tests.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** `describe` when Chromium is here; otherwise a loud skip, or a failure in CI. */
export function describeInBrowser(name: string, body: () => void): void {
  if (CHROMIUM) {
    describe(name, body);
    return;
  }
  const where = process.env['CHROMIUM_PATH']
    ? `CHROMIUM_PATH (${process.env['CHROMIUM_PATH']})`
    : CANDIDATES.join(' or ');
  if (process.env['CI']) {
    throw new Error(
      `Chromium was not found at ${where}, and CI is set: the browser tests cannot be skipped in CI. Install it with "apt-get install -y chromium" (.ci/run does).`,
    );
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! SKIPPED: "${name}" needs Chromium, which was not found at ${where}.\n!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH. In CI this is a failure.\n${line}\n`,
  );
  describe.skip(name, body);
}
