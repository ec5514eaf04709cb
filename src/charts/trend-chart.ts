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
  england?: number | undefined;
  statistical_neighbours?: number | undefined;
  region?: number | undefined;
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
}

type SeriesKey = 'target' | 'england' | 'statistical_neighbours' | 'region';

/** Line styles for the reference lines: each different in dash pattern, not only in colour. */
const REFERENCE_LINES: { key: SeriesKey; name: string; dash: string }[] = [
  { key: 'target', name: 'Target', dash: '8,4' },
  { key: 'england', name: 'England', dash: '2,3' },
  { key: 'statistical_neighbours', name: 'Statistical neighbours', dash: '10,3,2,3' },
  { key: 'region', name: 'Region', dash: '14,4' },
];

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

function lastDefined(rows: readonly TrendRow[], key: 'value' | SeriesKey): TrendRow | undefined {
  return rows.findLast((row) => row[key] !== undefined);
}

export function trendChartSvg(input: TrendChartInput): string {
  const { rows } = input;
  const periods = rows.map((row) => row.periodLabel);
  const all = rows.flatMap((row) => [row.value, ...REFERENCE_LINES.map((line) => row[line.key])]);
  const highest = Math.max(0, ...all.filter((v): v is number => v !== undefined));
  const top = input.percentage ? Math.min(100, niceCeiling(highest * 1.05)) : niceCeiling(highest * 1.05);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const pixelOf = (value: number): number => MARGIN.top + (1 - value / top) * plotHeight;

  // Long quarterly series: mark the start of each year only, labelled with the year, so labels do not collide.
  const long = periods.length > 6;
  const ticks = long ? periods.filter((p) => !/^Q[234] /.test(p)) : periods;
  const tickFormat = (period: string): string => (long ? period.replace(/^Q1 /, '') : period);
  const present = REFERENCE_LINES.filter((line) => rows.some((row) => row[line.key] !== undefined));
  // Every label sits at the right-hand edge, beside the last period, at the height where its line ends:
  // a comparator not yet published for the latest year still gets its label out of the lines' way.
  const lastPeriod = periods.at(-1) ?? '';
  const ends: Omit<EndLabel, 'dy'>[] = [];
  const ownEnd = lastDefined(rows, 'value')?.value;
  if (ownEnd !== undefined)
    ends.push({ text: input.councilName, periodLabel: lastPeriod, value: ownEnd, strong: true });
  for (const line of present) {
    const value = lastDefined(rows, line.key)?.[line.key];
    if (value !== undefined) ends.push({ text: line.name, periodLabel: lastPeriod, value, strong: false });
  }
  const labels = dodge(ends, pixelOf);

  const valueOf = (key: 'value' | SeriesKey) => (row: TrendRow) => row[key] ?? NaN;
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
          y: valueOf(line.key),
          stroke: REFERENCE_COLOUR,
          strokeWidth: 2,
          strokeDasharray: line.dash,
          // Targets and comparators are set per year: a step shows where one year's value gives way to the next.
          curve: 'step',
        }),
      ),
      Plot.lineY(rows, { x: 'periodLabel', y: valueOf('value'), stroke: COUNCIL_COLOUR, strokeWidth: 3 }),
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
