/**
 * `npm run lighthouse`: Lighthouse's four category scores for the home page, the action plan, the
 * latest scorecard and the young people's home page of a built site, in Debian's Chromium.
 * Pages not built yet are reported as such. Exits 1 when a score is under MIN_SCORE (default 90),
 * so it can gate a release; the aim is 100 in every category.
 * Usage: node scripts/bench/lighthouse.ts [site-folder]   (default dist/)
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { launchChromium } from '../../src/cli/built-site/chromium.ts';
import { serveStatic } from '../../src/cli/built-site/static-server.ts';

const siteDir = path.resolve(process.argv[2] ?? 'dist');
const minimum = Number(process.env['MIN_SCORE'] ?? 90);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = 9333;

function latestScorecard(): string | undefined {
  const folder = path.join(siteDir, 'scorecards');
  if (!existsSync(folder)) return undefined;
  const years = readdirSync(folder)
    .filter((name) => /^\d{4}-\d{2}$/.test(name))
    .sort();
  return years.length > 0 ? `/scorecards/${years.at(-1)}/` : undefined;
}

const pages = ['/', '/action-plan/', latestScorecard() ?? '/scorecards/<latest year>/', '/young-people/'];
const built = (page: string) => existsSync(path.join(siteDir, page.slice(1), 'index.html'));

const server = await serveStatic(siteDir);
const browser = await launchChromium({ args: [`--remote-debugging-port=${PORT}`] });
const rows: string[][] = [];
let failed = false;
try {
  for (const page of pages) {
    if (!built(page)) {
      rows.push([page, ...CATEGORIES.map(() => 'not built')]);
      continue;
    }
    const result = await lighthouse(`${server.origin}${page}`, {
      port: PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${page}: ${runtimeError.message}`);
    const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    if (scores.some((score) => score < minimum)) failed = true;
    rows.push([page, ...scores.map(String)]);
    const missed = Object.values(audits).filter(
      (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary',
    );
    for (const audit of missed) console.log(`  ${page}: ${audit.id} (${audit.title})`);
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log('\nServed locally with a strict Content-Security-Policy; Lighthouse defaults (mobile, simulated slow 4G).');
if (failed) {
  console.error(`\n✗ A score is under ${minimum}.`);
  process.exit(1);
}
