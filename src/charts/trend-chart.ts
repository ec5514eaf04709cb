/**
 * The multi-year trend chart of one indicator, drawn with Observable Plot at build time into a static
 * SVG. The council's figures are a solid line with round dots; the target is a dashed step (it is set
 * per year and holds all year); each comparator has its own dash pattern and marker shape (square,
 * triangle, diamond…) and a direct label at its line's end, so colour never carries meaning alone.
 * Comparators are annual figures: one marker per year, joined by straight lines, never steps.
 * Hidden or unavailable figures are left out: no point is drawn and the line breaks there.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { cleanPlotSvg } from './svg-cleanup.ts';
import { niceCeiling } from './nice.ts';

export interface TrendRow {
  periodLabel: string;
  /** The reporting year the period belongs to: a comparator is drawn once per year, at its last period. */
  year?: string | undefined;
  /** Undefined when hidden or not available: nothing is drawn for it. */
  value: number | undefined;
  target?: number | undefined;
  /** Comparator figures by key (`england`), for the comparators the chart is given. */
  comparators?: Readonly<Record<string, number | undefined>>;
}

/** A comparator line: its key in each row's `comparators`, and its label at the line's end. */
export interface TrendComparator {
  key: string;
  label: string;
}

export interface TrendChartInput {
  /** The accessible name of the chart, such as "Trend chart of …". */
  label: string;
  /** The council's short name, used as the label of its own line. */
  councilName: string;
  /** The y axis heading: "%", "days"… */
  yLabel: string;
  /** Whether the figures are percentages (the y axis then stops at 100). */
  percentage: boolean;
  rows: readonly TrendRow[];
  /** The council's comparators, in the order it lists them: each gets its own line where it has figures. */
  comparators: readonly TrendComparator[];
}

interface ReferenceLine {
  name: string;
  dash: string;
  /** The marker at each of its points; none for the target. */
  symbol: string | undefined;
  valueOf: (row: TrendRow) => number | undefined;
}

/**
 * Line styles for the reference lines, each different in dash pattern, not only in colour: the
 * target's, then one per comparator in the council's order. A council with more comparators than
 * patterns would see them repeat, so there are more than any council is likely to list.
 */
const TARGET_DASH = '8,4';
const COMPARATOR_DASHES = ['2,3', '10,3,2,3', '14,4', '4,2,1,2', '1,5', '12,2,2,2,2,2'];
/** Marker shapes for the comparators, in the council's order: none is the council's own circle. */
const COMPARATOR_SYMBOLS = ['square', 'triangle', 'diamond', 'star', 'cross', 'wye'];

function referenceLines(comparators: readonly TrendComparator[]): ReferenceLine[] {
  return [
    { name: 'Target', dash: TARGET_DASH, symbol: undefined, valueOf: (row) => row.target },
    ...comparators.map((comparator, i) => ({
      name: comparator.label,
      dash: COMPARATOR_DASHES[i % COMPARATOR_DASHES.length]!,
      symbol: COMPARATOR_SYMBOLS[i % COMPARATOR_SYMBOLS.length]!,
      valueOf: (row: TrendRow) => row.comparators?.[comparator.key],
    })),
  ];
}

/** The rows where an annual figure is drawn: each year's last period (every row of an annual series). */
function yearEnds(rows: readonly TrendRow[]): TrendRow[] {
  return rows.filter((row, i) => row.year === undefined || rows[i + 1]?.year !== row.year);
}

/** At most this many labels fit under the plot without running together ("2014-152015-16…"). */
const MAX_TICKS = 6;

/** Every n-th label, counted back from the latest, so that the latest period is always labelled. */
function thinned(labels: readonly string[]): string[] {
  const step = Math.ceil(labels.length / MAX_TICKS);
  return labels.filter((_, i) => (labels.length - 1 - i) % step === 0);
}

// Narrow enough that the text stays legible when a phone scales the chart down.
const WIDTH = 520;
const HEIGHT = 340;
const MARGIN = { top: 30, right: 160, bottom: 40, left: 50 };
const FONT_SIZE = 13;
const LABEL_GAP = FONT_SIZE + 2;
const COUNCIL_COLOUR = 'var(--accent, #1d4f6e)';
const REFERENCE_COLOUR = '#505a5f';

/**
 * One document for every chart of a build: Plot only creates elements in it and never attaches
 * them, so each chart's SVG is detached and independent, and a fresh document per chart was pure cost.
 */
const { document } = parseHTML('<!doctype html><html><body></body></html>');

interface EndLabel {
  text: string;
  periodLabel: string;
  value: number;
  dy: number;
  strong: boolean;
}

/** Spreads the end labels apart vertically so that close values do not print on top of each other. */
function dodge(labels: Omit<EndLabel, 'dy'>[], pixelOf: (value: number) => number): EndLabel[] {
  const placed = labels
    .map((l) => ({ ...l, y: pixelOf(l.value), dy: 0 }))
    .sort((a, b) => a.y - b.y || a.text.localeCompare(b.text));
  let previous = -Infinity;
  for (const label of placed) {
    const y = Math.max(label.y, previous + LABEL_GAP);
    label.dy = Math.round((y - label.y) * 100) / 100;
    previous = y;
  }
  return placed.map(({ text, periodLabel, value, dy, strong }) => ({ text, periodLabel, value, dy, strong }));
}

function lastValue(rows: readonly TrendRow[], valueOf: (row: TrendRow) => number | undefined): number | undefined {
  return rows.map(valueOf).findLast((value) => value !== undefined);
}

export function trendChartSvg(input: TrendChartInput): string {
  const { rows } = input;
  const periods = rows.map((row) => row.periodLabel);
  const lines = referenceLines(input.comparators);
  const all = rows.flatMap((row) => [row.value, ...lines.map((line) => line.valueOf(row))]);
  const highest = Math.max(0, ...all.filter((v): v is number => v !== undefined));
  const top = input.percentage ? Math.min(100, niceCeiling(highest * 1.05)) : niceCeiling(highest * 1.05);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const pixelOf = (value: number): number => MARGIN.top + (1 - value / top) * plotHeight;

  // Long quarterly series: mark the start of each year only, labelled with the year; and whether
  // quarterly or yearly, no more labels than fit, so that they never run together.
  const long = periods.length > MAX_TICKS;
  const ticks = thinned(long ? periods.filter((p) => !/^Q[234] /.test(p)) : periods);
  const tickFormat = (period: string): string => (long ? period.replace(/^Q1 /, '') : period);
  const present = lines.filter((line) => rows.some((row) => line.valueOf(row) !== undefined));
  // Every label sits at the right-hand edge, beside the last period, at the height where its line ends:
  // a comparator not yet published for the latest year still gets its label out of the lines' way.
  const lastPeriod = periods.at(-1) ?? '';
  const ends: Omit<EndLabel, 'dy'>[] = [];
  const ownEnd = lastValue(rows, (row) => row.value);
  if (ownEnd !== undefined)
    ends.push({ text: input.councilName, periodLabel: lastPeriod, value: ownEnd, strong: true });
  for (const line of present) {
    const value = lastValue(rows, line.valueOf);
    if (value !== undefined) ends.push({ text: line.name, periodLabel: lastPeriod, value, strong: false });
  }
  const labels = dodge(ends, pixelOf);

  // Plot breaks a line where a value is NaN.
  const drawn = (valueOf: (row: TrendRow) => number | undefined) => (row: TrendRow) => valueOf(row) ?? NaN;
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { type: 'point', domain: periods, ticks, tickFormat, label: null, padding: 0.3 },
    y: { domain: [0, top], grid: true, label: input.yLabel, labelAnchor: 'top' },
    marks: [
      Plot.ruleY([0]),
      ...present.flatMap((line) => {
        if (line.symbol === undefined) {
          // The target is set per year and holds all year: a step shows where one year's gives way to the next.
          return [
            Plot.lineY(rows, {
              x: 'periodLabel',
              y: drawn(line.valueOf),
              stroke: REFERENCE_COLOUR,
              strokeWidth: 2,
              strokeDasharray: line.dash,
              curve: 'step',
            }),
          ];
        }
        // A comparator is one figure a year: a marker at the year's last period, joined by straight lines.
        const points = yearEnds(rows);
        return [
          Plot.lineY(points, {
            x: 'periodLabel',
            y: drawn(line.valueOf),
            stroke: REFERENCE_COLOUR,
            strokeWidth: 2,
            strokeDasharray: line.dash,
          }),
          Plot.dot(
            points.filter((row) => line.valueOf(row) !== undefined),
            {
              x: 'periodLabel',
              y: line.valueOf,
              symbol: () => line.symbol,
              r: 4.5,
              fill: 'white',
              stroke: REFERENCE_COLOUR,
              strokeWidth: 1.5,
              // Names the group, so that tests and print styles can find each comparator's markers.
              className: `trend-chart__marker-${line.symbol}`,
            },
          ),
        ];
      }),
      Plot.lineY(rows, { x: 'periodLabel', y: drawn((row) => row.value), stroke: COUNCIL_COLOUR, strokeWidth: 3 }),
      Plot.dot(
        rows.filter((row) => row.value !== undefined),
        { x: 'periodLabel', y: 'value', r: 4, fill: COUNCIL_COLOUR, stroke: 'white', strokeWidth: 1 },
      ),
      // Labels sit at their dodged height: the dodge in pixels turned back into the y scale's units.
      ...[true, false].map((strong) =>
        Plot.text(
          labels.filter((label) => label.strong === strong),
          {
            x: 'periodLabel',
            y: (label: EndLabel) => label.value - (label.dy * top) / plotHeight,
            text: 'text',
            dx: 10,
            textAnchor: 'start',
            fontWeight: strong ? 'bold' : 'normal',
            fill: strong ? COUNCIL_COLOUR : REFERENCE_COLOUR,
          },
        ),
      ),
    ],
  }) as unknown as Element;
  svg.setAttribute('font-size', String(FONT_SIZE));
  return cleanPlotSvg(svg, input.label, 'trend-chart');
}
