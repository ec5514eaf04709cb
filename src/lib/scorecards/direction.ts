/**
 * Direction of travel: the figure against the previous period's, judged by polarity rather than the
 * raw change (fewer placement moves is improving). A change smaller than the indicator's threshold is
 * "no change": 97.9% to 98% is noise, not improvement. Context-only indicators get none; nor does a
 * figure with no comparable previous figure.
 */
import type { Indicator, Polarity, Unit } from '../../schemas/indicators.ts';

export type Direction = 'improving' | 'worsening' | 'no change';

/**
 * The smallest change that counts as a direction, in the indicator's own units, when the indicator
 * states none (`change_threshold` in indicators.yaml): a percentage point, one child, a rate of 1 per
 * 10,000, five days, a week. Councils whose figures move in smaller steps that matter state their own.
 */
export const DEFAULT_CHANGE_THRESHOLDS: Readonly<Record<Unit, number>> = {
  percentage: 1,
  count: 1,
  'rate per 10,000': 1,
  days: 5,
  weeks: 1,
};

export function changeThreshold(indicator: Pick<Indicator, 'unit' | 'change_threshold'>): number {
  return indicator.change_threshold ?? DEFAULT_CHANGE_THRESHOLDS[indicator.unit];
}

/** Floating-point noise (98 - 97.9 = 0.09999999999999432) must not decide a direction. */
function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export function directionOf(
  current: number | undefined,
  previous: number | undefined,
  polarity: Polarity,
  threshold = 0,
): Direction | undefined {
  if (current === undefined || previous === undefined || polarity === 'context only') return undefined;
  const change = clean(current - previous);
  if (change === 0 || Math.abs(change) < threshold) return 'no change';
  return change > 0 === (polarity === 'higher is better') ? 'improving' : 'worsening';
}
