/**
 * `npm run bench`: how the build scales. For synthetic councils at 1x, 10x and 20x the example, it
 * times the content check, the Astro build and the search indexing separately (each a child process,
 * with its peak memory), then builds and indexes a bare Astro baseline with the same number of plain
 * Markdown pages. Prints a table with ratios to the baseline and growth per size step, and writes the
 * figures to bench/out/results.json. Slow (minutes): it is not part of `npm test`.
 * Usage: node scripts/bench/run.ts [example-content-folder] (default: CONTENT_DIR or content/).
 * BENCH_SCALES=1,10 chooses the sizes; BENCH_RUNS=3 how often each step runs (the fastest counts);
 * BENCH_KEEP=1 keeps the generated sites for a look.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDirFromEnv } from '../../src/loader/load-content.ts';
import { writeBaselineProject } from './baseline.ts';
import { generateCouncil } from './generate-council.ts';
import type { CouncilSize } from './generate-council.ts';
import { measure } from './measure.ts';
import type { Measurement } from './measure.ts';

const root = path.resolve(import.meta.dirname, '../..');
const example = path.resolve(process.argv[2] ?? contentDirFromEnv());
const work = path.join(tmpdir(), `corporate-parenting-bench-${process.pid}`);
const node = process.execPath;
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const SCALES = (process.env['BENCH_SCALES'] ?? '1,10,20').split(',').map(Number);
/** Each step runs this many times; the fastest time and the largest memory are kept. */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

/**
 * The best of RUNS: on a shared machine other work only ever slows a run down, so the fastest run is
 * the closest to the real cost. Memory is the peak over all runs.
 */
function best(step: () => Measurement): Measurement {
  const runs = Array.from({ length: RUNS }, step);
  return { seconds: Math.min(...runs.map((r) => r.seconds)), peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}
/** The example's own years at 1x; ten years at the larger sizes, as a long-running council would have. */
const yearsAt = (scale: number, exampleYears: number) => (scale === 1 ? exampleYears : Math.max(exampleYears, 10));

interface Row {
  scale: number;
  size: CouncilSize;
  pages: number;
  check: Measurement;
  build: Measurement;
  index: Measurement;
  baselineBuild: Measurement;
  baselineIndex: Measurement;
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

function runScale(scale: number): Row {
  const exampleYears = readdirSync(path.join(example, 'scorecards')).length;
  const content = path.join(work, `council-${scale}x`, 'content');
  const out = path.join(work, `council-${scale}x`, 'dist');
  console.log(`\n${scale}x: generating…`);
  const size = generateCouncil(example, content, scale, yearsAt(scale, exampleYears));
  const env = { CONTENT_DIR: content, BUILD_DATE: '2026-11-22' };

  console.log(
    `${scale}x: ${size.actions} actions, ${size.indicators} indicators, ${size.scorecardYears} years. Checking…`,
  );
  const check = best(() => measure(node, ['scripts/check-content.ts', content], { cwd: root, env }));
  console.log(`${scale}x: building…`);
  const build = best(() => measure(node, [astro, 'build', '--outDir', out, '--silent'], { cwd: root, env }));
  const pages = countHtml(out);
  console.log(`${scale}x: ${pages} pages. Indexing…`);
  const index = best(() => measure(node, ['scripts/index-search.ts', out], { cwd: root, env }));

  const baseline = path.join(work, `baseline-${scale}x`);
  writeBaselineProject(baseline, pages, root);
  console.log(`${scale}x: baseline of ${pages} Markdown pages…`);
  const baselineBuild = best(() => measure(node, [astro, 'build', '--silent'], { cwd: baseline }));
  const baselineIndex = best(() =>
    measure(node, ['scripts/index-search.ts', path.join(baseline, 'dist')], { cwd: root }),
  );
  return { scale, size, pages, check, build, index, baselineBuild, baselineIndex };
}

function printTable(rows: Row[]): void {
  const header = [
    'Size',
    'Actions',
    'Indicators',
    'Pages',
    'Check s',
    'Build s',
    'Index s',
    'Peak MB',
    'Baseline build s',
    'Baseline index s',
    'Build ratio',
    'Total ratio',
  ];
  const lines = rows.map((r) => {
    const total = r.build.seconds + r.index.seconds;
    const baselineTotal = r.baselineBuild.seconds + r.baselineIndex.seconds;
    return [
      `${r.scale}x`,
      String(r.size.actions),
      String(r.size.indicators),
      String(r.pages),
      fixed(r.check.seconds),
      fixed(r.build.seconds),
      fixed(r.index.seconds),
      fixed(Math.max(r.check.peakMb, r.build.peakMb, r.index.peakMb), 0),
      fixed(r.baselineBuild.seconds),
      fixed(r.baselineIndex.seconds),
      `${fixed(r.build.seconds / r.baselineBuild.seconds, 2)}x`,
      `${fixed((r.check.seconds + total) / baselineTotal, 2)}x`,
    ];
  });
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);

  console.log('\nGrowth per size step (time grows linearly when the time factor is close to the page factor):');
  for (let i = 1; i < rows.length; i += 1) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const total = (r: Row) => r.check.seconds + r.build.seconds + r.index.seconds;
    console.log(
      `  ${a.scale}x → ${b.scale}x: pages ×${fixed(b.pages / a.pages, 2)}, check ×${fixed(b.check.seconds / a.check.seconds, 2)}, ` +
        `build ×${fixed(b.build.seconds / a.build.seconds, 2)}, index ×${fixed(b.index.seconds / a.index.seconds, 2)}, ` +
        `all ×${fixed(total(b) / total(a), 2)}; baseline build ×${fixed(b.baselineBuild.seconds / a.baselineBuild.seconds, 2)}; ` +
        `ms per page ${fixed((total(a) * 1000) / a.pages, 0)} → ${fixed((total(b) * 1000) / b.pages, 0)}`,
    );
  }
  console.log(
    '\nBuild ratio: Astro build of the site ÷ Astro build of the baseline. Total ratio: check + build + index ÷ baseline build + index.',
  );
}

mkdirSync(work, { recursive: true });
console.log(`Benchmarking from ${path.relative(root, example) || example} in ${work}, best of ${RUNS} runs per step`);
const rows = SCALES.map(runScale);
printTable(rows);
mkdirSync(path.join(root, 'bench', 'out'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'out', 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
if (process.env['BENCH_KEEP']) console.log(`\nThe generated sites are kept in ${work}.`);
else rmSync(work, { recursive: true, force: true });
console.log('\nFigures written to bench/out/results.json.');
