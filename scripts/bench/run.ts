/**
 * `npm run bench`: how the build scales, against a bare Astro baseline. For synthetic councils at
 * 1x, 10x, 20x and 40x the example (generate-council.ts), it times, as separate processes:
 *
 * - `npm run build` of the council, the way users run it (check, Astro build, search index, swap);
 * - the baseline's `npm run build`: a bare Astro project with the same number of Markdown pages of
 *   distinct text shaped like the council's (baseline.ts), built and indexed by the same Astro and
 *   Pagefind;
 * - the Astro build alone of each (`astro build`), for the goal on the Astro build;
 * - `npm run check` of the council.
 *
 * Each size first builds the council and the baseline once untimed (caches warm, and the council's
 * pages give the baseline its page count and text), then makes BENCH_RUNS rounds of alternating
 * runs: council, baseline, council, baseline… It reports medians with their range (min–max), the
 * ratios of each council run to the baseline run next to it, the cost of each added page between
 * sizes, peak memory per step (GNU time), and the machine's load. Figures go to
 * bench/out/results.json. Slow (the 40x size alone takes several minutes): not part of `npm test`.
 *
 * Usage: node scripts/bench/run.ts [example-content-folder] (default: CONTENT_DIR or content/).
 * BENCH_SCALES=1,10 chooses the sizes; BENCH_RUNS=5 the rounds (at least 3 for a median worth
 * reading); BENCH_KEEP=1 keeps the generated sites for a look.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDirFromEnv } from '../../src/loader/load-content.ts';
import { writeBaselineProject } from './baseline.ts';
import { textProfileOf } from './baseline-text.ts';
import { generateCouncil } from './generate-council.ts';
import { measure, requireGnuTime } from './measure.ts';
import type { Measurement } from './measure.ts';
import { fixed, printTables, withRange } from './report.ts';
import type { Runs, SizeResult } from './report.ts';
import { pairedRatios, spread } from './stats.ts';

const root = path.resolve(import.meta.dirname, '../..');
const example = path.resolve(process.argv[2] ?? contentDirFromEnv());
const work = path.join(tmpdir(), `corporate-parenting-bench-${process.pid}`);
const node = process.execPath;
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const SCALES = (process.env['BENCH_SCALES'] ?? '1,10,20,40').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const BUILD_DATE = '2026-11-22';

/** The example's own years at 1x; ten years at the larger sizes, as a long-running council would have. */
const yearsAt = (scale: number, exampleYears: number) => (scale === 1 ? exampleYears : Math.max(exampleYears, 10));

const STEPS = ['build', 'baselineBuild', 'astro', 'baselineAstro', 'check'] as const;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

function largestPage(dir: string): { path: string; gzipKb: number } {
  let largest = { path: '', gzipKb: 0 };
  for (const file of htmlFiles(dir)) {
    const gzipKb = gzipSync(readFileSync(path.join(dir, file))).length / 1024;
    if (gzipKb > largest.gzipKb) largest = { path: file, gzipKb };
  }
  return largest;
}

function uptime(): string {
  const result = spawnSync('uptime', { encoding: 'utf8' });
  return result.status === 0
    ? result.stdout.trim()
    : `load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(', ')}`;
}

function runScale(scale: number): SizeResult {
  const load = { start: loadavg()[0]!, end: 0 };
  const exampleYears = readdirSync(path.join(example, 'scorecards')).length;
  const council = path.join(work, `council-${scale}x`);
  const content = path.join(council, 'content');
  const out = path.join(council, 'dist');
  const astroOut = path.join(council, 'dist-astro');
  const baseline = path.join(work, `baseline-${scale}x`);
  console.log(`\n${scale}x: generating… (${uptime()})`);
  const size = generateCouncil(example, content, scale, yearsAt(scale, exampleYears));
  const env = { CONTENT_DIR: content, BUILD_DATE, OUT_DIR: out };
  console.log(
    `${scale}x: ${size.actions} actions, ${size.indicators} indicators, ${size.meetings} meetings, ` +
      `${size.scorecardYears} years; the check gives ${size.warnings} warnings. Warming up…`,
  );

  const steps: Record<keyof Runs, () => Measurement> = {
    build: () => measure('npm', ['run', 'build'], { cwd: root, env }),
    baselineBuild: () => measure('npm', ['run', 'build'], { cwd: baseline }),
    astro: () => measure(node, [astro, 'build', '--outDir', astroOut, '--silent'], { cwd: root, env }),
    baselineAstro: () => measure(node, [astro, 'build', '--outDir', 'dist-astro', '--silent'], { cwd: baseline }),
    check: () => measure('npm', ['run', 'check'], { cwd: root, env }),
  };

  // Untimed: warms the caches, and the built council tells the baseline how many pages of what text.
  steps.build();
  const profile = textProfileOf(out);
  const pages = htmlFiles(out).length;
  writeBaselineProject(baseline, profile, root);
  steps.baselineBuild();
  const baselineProfile = textProfileOf(path.join(baseline, 'dist'));
  if (baselineProfile.wordsPerPage.length !== pages) {
    throw new Error(`The baseline has ${baselineProfile.wordsPerPage.length} pages, the council ${pages}.`);
  }

  const runs: Runs = { build: [], baselineBuild: [], astro: [], baselineAstro: [], check: [] };
  for (let run = 1; run <= RUNS; run += 1) {
    console.log(`${scale}x: ${pages} pages, round ${run} of ${RUNS}…`);
    for (const step of STEPS) runs[step].push(steps[step]());
  }
  load.end = loadavg()[0]!;

  const seconds = Object.fromEntries(
    STEPS.map((s) => [s, spread(runs[s].map((m) => m.seconds))]),
  ) as SizeResult['seconds'];
  const cpuSeconds = Object.fromEntries(
    STEPS.map((s) => [s, spread(runs[s].map((m) => m.cpuSeconds))]),
  ) as SizeResult['cpuSeconds'];
  const peakMb = Object.fromEntries(
    STEPS.map((s) => [s, Math.max(...runs[s].map((m) => m.peakMb))]),
  ) as SizeResult['peakMb'];
  const median = (counts: number[]) => spread(counts).median;
  const ratiosOf = (time: (m: Measurement) => number) => ({
    build: pairedRatios(runs.build.map(time), runs.baselineBuild.map(time)),
    astro: pairedRatios(runs.astro.map(time), runs.baselineAstro.map(time)),
  });
  const result: SizeResult = {
    scale,
    size,
    pages,
    wordsPerPage: { site: median(profile.wordsPerPage), baseline: median(baselineProfile.wordsPerPage) },
    largestPage: largestPage(out),
    load,
    runs,
    seconds,
    cpuSeconds,
    ratios: ratiosOf((m) => m.seconds),
    cpuRatios: ratiosOf((m) => m.cpuSeconds),
    peakMb,
  };
  console.log(
    `${scale}x: npm run build ${withRange(seconds.build)} s, baseline ${withRange(seconds.baselineBuild)} s, ` +
      `ratio ${withRange(result.ratios.build, 2)}; load ${fixed(load.start, 2)} → ${fixed(load.end, 2)}`,
  );
  if (!process.env['BENCH_KEEP']) {
    rmSync(council, { recursive: true, force: true });
    rmSync(baseline, { recursive: true, force: true });
  }
  return result;
}

requireGnuTime();
if (!(RUNS >= 1)) throw new Error(`BENCH_RUNS must be a number of rounds, not "${process.env['BENCH_RUNS']}".`);
if (RUNS < 3) console.warn(`BENCH_RUNS=${RUNS}: fewer than 3 rounds give no median worth reading.`);
mkdirSync(work, { recursive: true });
const startedAt = new Date().toISOString();
const machine = { cores: availableParallelism(), uptimeAtStart: uptime(), uptimeAtEnd: '' };
console.log(
  `Benchmarking from ${path.relative(root, example) || example} in ${work}: ${SCALES.map((s) => `${s}x`).join(', ')}, ` +
    `${RUNS} alternating rounds per size, on ${machine.cores} cores (${machine.uptimeAtStart}).`,
);
const results: SizeResult[] = [];
const write = (complete: boolean): void => {
  mkdirSync(path.join(root, 'bench', 'out'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench', 'out', 'results.json'),
    `${JSON.stringify({ startedAt, buildDate: BUILD_DATE, runs: RUNS, machine, complete, sizes: results }, null, 2)}\n`,
  );
};
// Written after each size, so a run stopped at 40x (several minutes on a loaded machine) keeps the
// figures of the sizes it finished: `node scripts/bench/report.ts` prints their tables.
for (const scale of SCALES) {
  results.push(runScale(scale));
  machine.uptimeAtEnd = uptime();
  write(results.length === SCALES.length);
}
printTables(results, RUNS);
console.log(
  `\nMachine: ${machine.cores} cores. At the start: ${machine.uptimeAtStart}. At the end: ${machine.uptimeAtEnd}.`,
);
if (process.env['BENCH_KEEP']) console.log(`\nThe generated sites are kept in ${work}.`);
else rmSync(work, { recursive: true, force: true });
console.log('Figures written to bench/out/results.json.');
