/**
 * `npm run search:report`: how big the search index is, and how soon the first result shows after
 * the last keystroke on a search page that has already loaded and searched once (warm), as a reader
 * types. Serves the built site with its real headers, opens /search/ in Debian's Chromium, runs a
 * warm-up search, then types each query; for each it times, inside the page, from the last key
 * press to Pagefind's results for that query, and counts what the search worker fetched for it.
 * Reports the median of the queries with the range.
 * Usage: node scripts/search-report.ts [site-folder] [word…]   (defaults: dist/ and five words)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromiumLookedFor, findChromium, INSTALL_CHROMIUM, launchChromium } from '../src/cli/built-site/chromium.ts';
import { serveStatic } from '../src/cli/built-site/static-server.ts';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search-query.ts';

const siteDir = path.resolve(process.argv[2] ?? 'dist');
const QUERIES = process.argv.length > 3 ? process.argv.slice(3) : ['dental', 'dentist', 'education', 'housing', 'PA'];
const WARM_UP = 'care';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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

interface Measured {
  word: string;
  ms: number;
  results: number;
  requests: number;
  bytes: number;
}

const server = await serveStatic(siteDir);
const browser = await launchChromium();
const measured: Measured[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Everything the page and its search worker fetch from the bundle, with its size on the wire.
  let fetched: { count: number; bytes: number } = { count: 0, bytes: 0 };
  context.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    void request.sizes().then((sizes) => {
      fetched.count += 1;
      fetched.bytes += sizes.responseBodySize;
    });
  });
  await page.goto(`${server.origin}/search/?q=${WARM_UP}`);
  await page.locator('pagefind-results .pf-result-link').first().waitFor({ timeout: 60_000 });
  // In the page: the time of each key press, and of the results Pagefind gives for the query typed.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & {
      PagefindComponents: {
        getInstanceManager(): {
          getInstance(n: string): { searchTerm: string; on(e: string, f: (r?: { results?: unknown[] }) => void): void };
        };
      };
    };
    document.addEventListener('keydown', () => (w['lastKey'] = performance.now()), true);
    const instance = w.PagefindComponents.getInstanceManager().getInstance('default');
    instance.on('results', (found) => {
      if (instance.searchTerm === w['expect'] && w['resultAt'] === undefined) {
        w['resultAt'] = performance.now();
        w['resultCount'] = found?.results?.length;
      }
    });
  });
  const input = page.locator('pagefind-input input');
  for (const word of QUERIES) {
    await input.fill('');
    await page.waitForTimeout(400);
    await page.evaluate((expect) => {
      const w = window as unknown as Record<string, unknown>;
      w['expect'] = expect;
      w['resultAt'] = undefined;
    }, word);
    fetched = { count: 0, bytes: 0 };
    await input.focus();
    await page.keyboard.type(word, { delay: 40 });
    await page.waitForFunction(() => (window as unknown as Record<string, unknown>)['resultAt'] !== undefined, null, {
      timeout: 30_000,
    });
    await page.locator('pagefind-results .pf-result-link').first().waitFor();
    await page.waitForTimeout(300);
    const { ms, results } = await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      return { ms: w['resultAt']! - w['lastKey']!, results: w['resultCount'] ?? 0 };
    });
    measured.push({ word, ms, results, requests: fetched.count, bytes: fetched.bytes });
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const times = measured.map((m) => m.ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`Search index for ${pages} pages in ${path.relative(process.cwd(), siteDir) || '.'}/`);
console.log(`  Index on disk: ${kb(index.bytes)} in ${index.files} files`);
console.log(`  Search box waits ${SEARCH_DEBOUNCE_MS} ms after the last keystroke (Pagefind's default is 300 ms)`);
for (const m of measured) {
  console.log(
    `  "${m.word}": first results ${m.ms.toFixed(0)} ms after the last keystroke; ${m.results} results; the worker fetched ${m.requests} files, ${kb(m.bytes)}`,
  );
}
console.log(
  `  Keystroke to first result, warm: median ${median.toFixed(0)} ms (range ${times[0]!.toFixed(0)} to ${times.at(-1)!.toFixed(0)} ms) over ${measured.length} queries`,
);
console.log(
  '  (in the page, from the last key press to Pagefind’s results for the query; local server, Chromium, no network delay)',
);
