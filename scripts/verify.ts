/**
 * `npm run verify [-- <built folder>] [--no-browser]`: the site-wide checks a council runs on its
 * own build (default dist/, built from CONTENT_DIR or content/): valid HTML, internal links and
 * anchors, the Content-Security-Policy, page budgets and hidden small numbers from the files; axe
 * (WCAG 2.2 A and AA) at 375 and 1280 px, requests to other sites and policy violations in Chromium.
 * Exits 1 when any check finds a problem, or when Chromium is missing (unless --no-browser).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumLookedFor, findChromium, INSTALL_CHROMIUM } from '../src/cli/built-site/chromium.ts';
import { formatReport, verifySite } from '../src/cli/verify/verify-site.ts';
import { contentDirFromEnv } from '../src/loader/content-folder.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'no-browser': { type: 'boolean', default: false } },
});
const site = path.resolve(positionals[0] ?? 'dist');
const contentDir = contentDirFromEnv();
const browser = !values['no-browser'];
const shown = (folder: string): string => `${path.relative(process.cwd(), folder) || '.'}/`;

if (!existsSync(site)) {
  console.error(`✗ There is no ${shown(site)} to verify: run npm run build first, or name the built folder.`);
  process.exit(1);
}
if (browser && !findChromium()) {
  console.error(`✗ Chromium was not found at ${chromiumLookedFor()}. ${INSTALL_CHROMIUM}`);
  console.error('  (npm run verify -- --no-browser runs the checks that need no browser, and is not a full check.)');
  process.exit(1);
}

const started = performance.now();
console.log(
  `Verifying ${shown(site)}, built from ${shown(contentDir)}${browser ? '' : ' (no browser: axe and the browser checks are NOT run)'}\n`,
);
const results = await verifySite({ site, contentDir, browser });
console.log(formatReport(results));
console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(results.some((r) => r.problems.length > 0) ? 1 : 0);
