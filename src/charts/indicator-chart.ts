/** One indicator's figures as a chart, its caption and its one-sentence summary. */
import type { Figure } from '../lib/scorecards/index.ts';
import { trendSummary } from '../lib/scorecards/trend-summary.ts';
import { words } from '../i18n/index.ts';
import { trendChartSvg, type TrendComparator } from './trend-chart.ts';

export interface IndicatorChart {
  svg: string;
  caption: string;
  summary: string;
}

const Y_LABELS = {
  percentage: '%',
  count: 'children',
  'rate per 10,000': 'per 10,000',
  days: 'days',
  weeks: 'weeks',
} as const;

export function indicatorChart(
  figures: readonly Figure[],
  councilName: string,
  comparators: readonly TrendComparator[],
): IndicatorChart | undefined {
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last) return undefined;
  const { indicator } = first;
  const span = first === last ? first.periodLabel : `${first.periodLabel} to ${last.periodLabel}`;
  const caption = `${indicator.title}, ${span}`;
  const svg = trendChartSvg({
    label: `Line chart: ${caption}. The table below gives every figure.`,
    councilName,
    yLabel: Y_LABELS[indicator.unit],
    percentage: indicator.unit === 'percentage',
    comparators,
    rows: figures.map((f) => ({
      periodLabel: f.periodLabel,
      year: f.year,
      value: f.value,
      target: f.target,
      // The latest revision of each comparator; one carried forward from an earlier year is not drawn again.
      comparators: Object.fromEntries(
        Object.entries(f.comparators).flatMap(([key, c]) => (c.carriedForward ? [] : [[key, c.value]])),
      ),
    })),
  });
  const drawsRevision = figures.some(
    (f) =>
      f.marks.includes('r') ||
      comparators.some(({ key }) => f.comparators[key]?.revised && !f.comparators[key]?.carriedForward),
  );
  // The comparators with a figure, named in the summary when the council has none of its own to show.
  const compared = comparators
    .filter(({ key }) => figures.some((f) => f.comparators[key] !== undefined))
    .map(({ label }) => label);
  const summary = trendSummary(figures, indicator.unit, last.target, compared);
  return { svg, caption, summary: drawsRevision ? `${summary} ${words.scorecards.chartUsesRevisions}` : summary };
}
