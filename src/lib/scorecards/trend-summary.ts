/**
 * The one-sentence text summary under each chart, generated from the data:
 * "Rose from 62% in 2022-23 to 71% in 2024-25, against a target of 75%."
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

export function trendSummary(points: readonly SummaryPoint[], unit: Unit, target: number | undefined): string {
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
    return latest?.suppressed
      ? 'No figures can be shown: each is hidden to protect children’s privacy or not available.'
      : 'No figures are available yet.';
  }
  if (first === last)
    return `${show(first.value)} in ${first.periodLabel}, the only figure that can be shown${against}${hiddenLatest}.`;
  const from = show(first.value);
  const to = show(last.value);
  const change =
    from === to
      ? `Stayed at ${to} from ${first.periodLabel} to ${last.periodLabel}`
      : `${last.value > first.value ? 'Rose' : 'Fell'} from ${from} in ${first.periodLabel} to ${to} in ${last.periodLabel}`;
  return `${change}${against}${hiddenLatest}.`;
}
