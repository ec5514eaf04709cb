/**
 * The bench's tables, printed from its results: `npm run bench` prints them at the end, and
 * `node scripts/bench/report.ts [results.json]` prints them again from bench/out/results.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CouncilSize } from './generate-council.ts';
import type { Measurement } from './measure.ts';
import { costPerAddedPage } from './stats.ts';
import type { Spread } from './stats.ts';

export interface Runs {
  build: Measurement[];
  baselineBuild: Measurement[];
  astro: Measurement[];
  baselineAstro: Measurement[];
  check: Measurement[];
}

export interface SizeResult {
  scale: number;
  size: CouncilSize;
  pages: number;
  /** Median words in a page's main content. */
  wordsPerPage: { site: number; baseline: number };
  /** The heaviest page of the council's site, gzipped. */
  largestPage: { path: string; gzipKb: number };
  /** One-minute load average when the size started and when it ended. */
  load: { start: number; end: number };
  runs: Runs;
  seconds: Record<keyof Runs, Spread>;
  cpuSeconds: Record<keyof Runs, Spread>;
  /** The council's time over the baseline's, run by run. */
  ratios: { build: Spread; astro: Spread };
  /** The same with CPU time, which a loaded machine moves less than wall-clock time. */
  cpuRatios: { build: Spread; astro: Spread };
  /** The largest peak over the runs. */
  peakMb: Record<keyof Runs, number>;
}

export const fixed = (n: number, digits = 1) => n.toFixed(digits);
export const withRange = (s: Spread, digits = 1) =>
  `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;

export function printTables(results: SizeResult[], runs: number): void {
  const table = (header: string[], rows: string[][]) => {
    console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  };
  console.log(`\nMedians of ${runs} alternating runs, with their range (min–max). Ratios are taken run by run.`);
  table(
    ['Size', 'Actions', 'Indicators', 'Pages', 'Words per page', 'Largest page (gzip)', 'Load (1 min)'],
    results.map((r) => [
      `${r.scale}x`,
      String(r.size.actions),
      String(r.size.indicators),
      String(r.pages),
      `${r.wordsPerPage.site} (baseline ${r.wordsPerPage.baseline})`,
      `${fixed(r.largestPage.gzipKb)} kB ${r.largestPage.path}`,
      `${fixed(r.load.start, 2)} → ${fixed(r.load.end, 2)}`,
    ]),
  );
  table(
    [
      'Size',
      '`npm run build` s',
      'Baseline build + index s',
      'Ratio',
      'Astro build s',
      'Baseline Astro s',
      'Ratio',
      '`npm run check` s',
    ],
    results.map((r) => [
      `${r.scale}x`,
      withRange(r.seconds.build),
      withRange(r.seconds.baselineBuild),
      withRange(r.ratios.build, 2),
      withRange(r.seconds.astro),
      withRange(r.seconds.baselineAstro),
      withRange(r.ratios.astro, 2),
      withRange(r.seconds.check, 2),
    ]),
  );
  console.log('\nCPU seconds (user + system): a loaded machine moves them less than the wall-clock times above.');
  table(
    [
      'Size',
      '`npm run build`',
      'Baseline build + index',
      'Ratio',
      'Astro build',
      'Baseline Astro',
      'Ratio',
      '`npm run check`',
    ],
    results.map((r) => [
      `${r.scale}x`,
      withRange(r.cpuSeconds.build),
      withRange(r.cpuSeconds.baselineBuild),
      withRange(r.cpuRatios.build, 2),
      withRange(r.cpuSeconds.astro),
      withRange(r.cpuSeconds.baselineAstro),
      withRange(r.cpuRatios.astro, 2),
      withRange(r.cpuSeconds.check, 2),
    ]),
  );
  table(
    ['Size', 'Peak MB: `npm run build`', 'Astro build', '`npm run check`', 'Baseline build', 'Baseline Astro'],
    results.map((r) => [
      `${r.scale}x`,
      fixed(r.peakMb.build, 0),
      fixed(r.peakMb.astro, 0),
      fixed(r.peakMb.check, 0),
      fixed(r.peakMb.baselineBuild, 0),
      fixed(r.peakMb.baselineAstro, 0),
    ]),
  );
  if (results.length > 1) {
    table(
      [
        'Step',
        'Pages added',
        'ms per added page: `npm run build`',
        'Astro build',
        'Baseline build + index',
        '`npm run build`, CPU ms',
      ],
      results.slice(1).map((to, i) => {
        const from = results[i]!;
        const cost = (step: keyof Runs, times: 'seconds' | 'cpuSeconds' = 'seconds') =>
          withRange(
            costPerAddedPage(
              { pages: from.pages, seconds: from[times][step] },
              { pages: to.pages, seconds: to[times][step] },
            ),
          );
        return [
          `${from.scale}x → ${to.scale}x`,
          String(to.pages - from.pages),
          cost('build'),
          cost('astro'),
          cost('baselineBuild'),
          cost('build', 'cpuSeconds'),
        ];
      }),
    );
    console.log('Linear growth means the same cost per added page at every step.');
  }
}

if (import.meta.filename === process.argv[1]) {
  const file = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../../bench/out/results.json'));
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    runs: number;
    machine: { cores: number; uptimeAtStart: string; uptimeAtEnd: string };
    sizes: SizeResult[];
  };
  printTables(saved.sizes, saved.runs);
  console.log(
    `\nMachine: ${saved.machine.cores} cores. At the start: ${saved.machine.uptimeAtStart}. At the end: ${saved.machine.uptimeAtEnd}.`,
  );
}
