/**
 * `node scripts/bench/charts.ts`: how long one trend chart takes to draw, as the indicator pages
 * of a large council draw them (ten years of quarterly figures with a target and three comparators).
 * Prints the median of several rounds, in milliseconds of CPU time per chart (on a shared machine
 * the CPU time moves less than the wall-clock time), and a hash of every chart drawn, so
 * that a faster way of drawing can be shown to give the same SVG.
 */
import { createHash } from 'node:crypto';
import { trendChartSvg, type TrendChartInput } from '../../src/charts/trend-chart.ts';

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'];
const input = (seed: number): TrendChartInput => ({
  label: `Line chart ${seed}`,
  councilName: 'Testford',
  yLabel: '%',
  percentage: true,
  comparators: [
    { key: 'england', label: 'England' },
    { key: 'statistical_neighbours', label: 'Statistical neighbours' },
    { key: 'region', label: 'Region' },
  ],
  rows: Array.from({ length: 40 }, (_, i) => ({
    periodLabel: `${QUARTERS[i % 4]} ${2017 + Math.floor(i / 4)}-${String((18 + Math.floor(i / 4)) % 100).padStart(2, '0')}`,
    // A hidden figure now and then, as small numbers are.
    value: (i + seed) % 11 === 0 ? undefined : 40 + ((i * 7 + seed * 3) % 25),
    target: 55,
    comparators: { england: 50 + (i % 3), statistical_neighbours: 52, region: i < 36 ? 51 : undefined },
  })),
});

const CHARTS = Number(process.env['CHART_COUNT'] ?? 200);
const ROUNDS = Number(process.env['CHART_ROUNDS'] ?? 5);
const inputs = Array.from({ length: CHARTS }, (_, i) => input(i));
// The first pass warms up the JIT and fingerprints the output.
const hash = createHash('sha256');
for (const one of inputs) hash.update(trendChartSvg(one));

const perChart: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const started = process.cpuUsage();
  for (const one of inputs) trendChartSvg(one);
  const used = process.cpuUsage(started);
  perChart.push((used.user + used.system) / 1000 / CHARTS);
}
perChart.sort((a, b) => a - b);
const median = perChart[Math.floor(perChart.length / 2)]!;
console.log(
  `${median.toFixed(2)} ms of CPU per chart (median of ${ROUNDS} rounds of ${CHARTS} charts; range ${perChart[0]!.toFixed(2)}–${perChart.at(-1)!.toFixed(2)} ms)`,
);
console.log(`SVG of all ${CHARTS} charts: sha256 ${hash.digest('hex').slice(0, 16)}`);
