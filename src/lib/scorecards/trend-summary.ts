/**
 * The one-sentence text summary under each chart, generated from the data:
 * "Rose from 62% in 2022-23 to 71% in 2024-25, against a target of 75%." A series that is not one-way
 * says where it turned: "…, after a peak of 74% in 2023-24". With no figure of the council's own,
 * it says the chart shows only the comparators.
 * Hidden (suppressed) figures never enter it: only the figures the table shows.
 */
import type { Unit } from '../../schemas/indicators.ts';
import { formatFigure } from './format.ts';

export interface SummaryPoint {
  periodLabel: string;
  /** Undefined when the figure is hidden or not available. */
  value: number | undefined;
  suppressed: boolean;
}

/** The highest and lowest figures between the first and the last, when they pass beyond both ends. */
function turningPoints(shown: readonly (SummaryPoint & { value: number })[]): {
  peak?: SummaryPoint & { value: number };
  low?: SummaryPoint & { value: number };
} {
  const first = shown[0]!;
  const last = shown.at(-1)!;
  const inside = shown.slice(1, -1);
  let peak: (SummaryPoint & { value: number }) | undefined;
  let low: (SummaryPoint & { value: number }) | undefined;
  for (const point of inside) {
    if (point.value > Math.max(first.value, last.value) && (!peak || point.value > peak.value)) peak = point;
    if (point.value < Math.min(first.value, last.value) && (!low || point.value < low.value)) low = point;
  }
  return { ...(peak && { peak }), ...(low && { low }) };
}

/**
 * `comparatorsShown` names the comparators the chart draws: when the council has no figure to show,
 * the sentence says the chart shows only theirs.
 */
export function trendSummary(
  points: readonly SummaryPoint[],
  unit: Unit,
  target: number | undefined,
  comparatorsShown: readonly string[] = [],
): string {
  const shown = points.filter((p): p is SummaryPoint & { value: number } => p.value !== undefined);
  const latest = points.at(-1);
  const hiddenLatest =
    latest && latest.suppressed
      ? `; the latest figure, for ${latest.periodLabel}, is hidden to protect children’s privacy`
      : '';
  const against = target === undefined ? '' : `, against a target of ${formatFigure(target, unit)}`;
  const show = (value: number): string => formatFigure(value, unit);
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last) {
    const none = latest?.suppressed
      ? 'No figures of our own can be shown: each is hidden to protect children’s privacy or not available'
      : 'No figures of our own are available yet';
    return comparatorsShown.length > 0
      ? `${none}; the chart shows only the figures for ${listed(comparatorsShown)}.`
      : `${none.replace(' of our own', '')}.`;
  }
  if (first === last)
    return `${show(first.value)} in ${first.periodLabel}, the only figure that can be shown${against}${hiddenLatest}.`;
  const from = show(first.value);
  const to = show(last.value);
  const change =
    from === to
      ? `Stayed at ${to} from ${first.periodLabel} to ${last.periodLabel}`
      : `${last.value > first.value ? 'Rose' : 'Fell'} from ${from} in ${first.periodLabel} to ${to} in ${last.periodLabel}`;
  const { peak, low } = turningPoints(shown);
  // The turning point closest in time to the end first: it is the one the latest figure turned from.
  const turns = [
    peak && { at: shown.indexOf(peak), text: `a peak of ${show(peak.value)} in ${peak.periodLabel}` },
    low && { at: shown.indexOf(low), text: `a low of ${show(low.value)} in ${low.periodLabel}` },
  ]
    .filter((t): t is { at: number; text: string } => t !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((t) => t.text);
  const turned = turns.length > 0 ? `, with ${turns.join(' and ')}` : '';
  return `${change}${turned}${against}${hiddenLatest}.`;
}

function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
