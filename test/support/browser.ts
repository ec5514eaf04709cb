/**
 * Browser tests: `describeInBrowser` is `describe` when Chromium is here. Without Chromium the suite
 * is skipped with a loud warning on a developer's machine, and fails in CI (CI set, as .ci/run and
 * every CI service set it), where a missing browser is a broken machine, never a reason to pass.
 */
import { describe } from 'vitest';
import { chromiumLookedFor, findChromium, INSTALL_CHROMIUM } from '../../src/cli/built-site/chromium.ts';

export { launchChromium } from '../../src/cli/built-site/chromium.ts';
export { serveStatic, type StaticSite } from '../../src/cli/built-site/static-server.ts';

/** What happens to a browser suite here: run, skip loudly, or fail because CI must not skip. */
export function browserSuiteMode(env: NodeJS.ProcessEnv = process.env): 'run' | 'skip' | 'fail' {
  if (findChromium(env)) return 'run';
  return env['CI'] ? 'fail' : 'skip';
}

export function describeInBrowser(name: string, body: () => void): void {
  const mode = browserSuiteMode();
  if (mode === 'run') {
    describe(name, body);
    return;
  }
  const missing = `Chromium was not found at ${chromiumLookedFor()}.`;
  if (mode === 'fail') {
    throw new Error(`${missing} CI is set, and browser tests are never skipped in CI. ${INSTALL_CHROMIUM}`);
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! SKIPPED: "${name}". ${missing}\n!! ${INSTALL_CHROMIUM} In CI this is a failure.\n${line}\n`,
  );
  describe.skip(name, body);
}
