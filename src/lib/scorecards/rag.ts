/**
 * RAG ratings: green on or better than target, amber within the tolerance, red beyond it, judged by
 * the indicator's polarity. Context-only indicators, figures without a target and hidden or missing
 * figures get no rating.
 */
import type { Polarity } from '../../schemas/indicators.ts';
import type { Tolerance } from '../../schemas/scorecards.ts';

export type Rag = 'green' | 'amber' | 'red';

/** Floating-point noise (95 × 5% = 4.750000000000001) must not move a figure across a boundary. */
function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** How far from the target still counts as amber, in the indicator's own units. */
export function amberWidth(target: number, tolerance: Tolerance | undefined): number {
  if (!tolerance) return 0;
  if (tolerance.points !== undefined) return tolerance.points;
  return clean((Math.abs(target) * (tolerance.percent ?? 0)) / 100);
}

/** The far edge of the amber band: figures beyond it are red. */
export function amberLimit(target: number, tolerance: Tolerance | undefined, polarity: Polarity): number {
  const width = amberWidth(target, tolerance);
  return clean(polarity === 'lower is better' ? target + width : target - width);
}

export function ragFor(
  value: number | undefined,
  target: number | undefined,
  tolerance: Tolerance | undefined,
  polarity: Polarity,
): Rag | undefined {
  if (value === undefined || target === undefined || polarity === 'context only') return undefined;
  const limit = amberLimit(target, tolerance, polarity);
  if (polarity === 'higher is better') {
    if (value >= target) return 'green';
    return value >= limit ? 'amber' : 'red';
  }
  if (value <= target) return 'green';
  return value <= limit ? 'amber' : 'red';
}

/**
 * The rating of a hidden ([c]) count of children. The hidden figure lies between 1 and the council's
 * small-number limit, and the rating may say only what holds for every figure in that range, or it
 * would narrow the figure down. So it is given when the whole range gets one rating; and when no
 * figure in the range meets the target (a target of 0 always), it is red: the target was missed, and
 * an amber band would tell readers how far. Otherwise, and for hidden percentages (whose range is not
 * known), there is no rating.
 */
export function ragForHiddenCount(
  indicator: { unit: string; polarity: Polarity },
  hideCountsUpTo: number,
  target: number | undefined,
  tolerance: Tolerance | undefined,
): Rag | undefined {
  if (indicator.unit !== 'count' || hideCountsUpTo < 1) return undefined;
  const lowest = ragFor(1, target, tolerance, indicator.polarity);
  const highest = ragFor(hideCountsUpTo, target, tolerance, indicator.polarity);
  if (lowest === highest) return lowest;
  return lowest !== 'green' && highest !== 'green' ? 'red' : undefined;
}
