/**
 * The multi-year trend chart of one indicator, drawn with Observable Plot at build time into a static
 * SVG. The council's figures are a solid line with dots; the target and each comparator has its own
 * line style (dashed, dotted…) and a direct label at its end, so colour never carries meaning alone.
 * Hidden or unavailable figures are left out: no point is drawn and the line breaks there.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { cleanPlotSvg } from './svg-cleanup.ts';
import { niceCeiling } from './nice.ts';

export interface TrendRow {
  periodLabel: string;
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
  valueOf: (row: TrendRow) => number | undefined;
}

/**
 * Line styles for the reference lines, each different in dash pattern, not only in colour: the
 * target's, then one per comparator in the council's order. A council with more comparators than
 * patterns would see them repeat, so there are more than any council is likely to list.
 */
const TARGET_DASH = '8,4';
const COMPARATOR_DASHES = ['2,3', '10,3,2,3', '14,4', '4,2,1,2', '1,5', '12,2,2,2,2,2'];

function referenceLines(comparators: readonly TrendComparator[]): ReferenceLine[] {
  return [
    { name: 'Target', dash: TARGET_DASH, valueOf: (row) => row.target },
    ...comparators.map((comparator, i) => ({
      name: comparator.label,
      dash: COMPARATOR_DASHES[i % COMPARATOR_DASHES.length]!,
      valueOf: (row: TrendRow) => row.comparators?.[comparator.key],
    })),
  ];
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

  // Long quarterly series: mark the start of each year only, labelled with the year, so labels do not collide.
  const long = periods.length > 6;
  const ticks = long ? periods.filter((p) => !/^Q[234] /.test(p)) : periods;
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
      ...present.map((line) =>
        Plot.lineY(rows, {
          x: 'periodLabel',
          y: drawn(line.valueOf),
          stroke: REFERENCE_COLOUR,
          strokeWidth: 2,
          strokeDasharray: line.dash,
          // Targets and comparators are set per year: a step shows where one year's value gives way to the next.
          curve: 'step',
        }),
      ),
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
