/**
 * `npm run search:report`: how big the search index is and how quickly a search shows its first
 * result. Serves the built site, opens /search/?q=<word> in Debian's Chromium (fresh, uncached, each
 * run) and times from navigation start until the first result link appears, reporting what the
 * browser downloaded for search on the way.
 * Usage: node scripts/search-report.ts [site-folder] [word]   (defaults: dist/ and "dental")
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromiumLookedFor, findChromium, INSTALL_CHROMIUM, launchChromium } from '../src/cli/built-site/chromium.ts';
import { serveStatic } from '../src/cli/built-site/static-server.ts';

const siteDir = path.resolve(process.argv[2] ?? 'dist');
const word = process.argv[3] ?? 'dental';
const RUNS = 5;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function bundleSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(folder, entry));
    if (stats.isFile()) {
      files += 1;
      bytes += stats.size;
    }
  }
  return { files, bytes };
}

if (!existsSync(path.join(siteDir, 'pagefind'))) {
  console.error(`✗ No search index in ${siteDir}/pagefind. Run npm run build first.`);
  process.exit(1);
}
if (!findChromium()) {
  console.error(`✗ Chromium was not found at ${chromiumLookedFor()}. ${INSTALL_CHROMIUM}`);
  process.exit(1);
}

const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
).length;
const index = bundleSize(path.join(siteDir, 'pagefind'));
const fragments = bundleSize(path.join(siteDir, 'pagefind', 'fragment'));
const words = bundleSize(path.join(siteDir, 'pagefind', 'index'));

const server = await serveStatic(siteDir);
const browser = await launchChromium();
const times: number[] = [];
let downloaded = 0;
let results = 0;
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(word)}`);
    const first = page.locator('pagefind-results .pf-result-link').first();
    await first.waitFor({ timeout: 30_000 });
    // The moment the first result link was drawn, measured inside the page from navigation start.
    times.push(await page.evaluate(() => performance.now()));
    const summary = await page.locator('pagefind-summary').innerText();
    results = Number(/(\d+)/.exec(summary)?.[1] ?? 0);
    downloaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/pagefind/'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`Search index for ${pages} pages in ${path.relative(process.cwd(), siteDir) || '.'}/`);
console.log(`  Index on disk:        ${kb(index.bytes)} in ${index.files} files`);
console.log(`    word index chunks:  ${kb(words.bytes)} in ${words.files} files`);
console.log(`    page fragments:     ${kb(fragments.bytes)} in ${fragments.files} files`);
console.log(`  Downloaded for one search ("${word}", ${results} results): ${kb(downloaded)}`);
console.log(
  `  Time to first result: median ${median.toFixed(0)} ms, fastest ${times[0]!.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms over ${RUNS} cold loads`,
);
console.log('  (from navigation start to the first result on screen, local server, Chromium, no network delay)');
