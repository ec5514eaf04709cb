/**
 * Direction of travel: the figure against the previous period's, judged by polarity rather than the
 * raw change (fewer placement moves is improving). Context-only indicators get none; nor does a
 * figure with no comparable previous figure.
 */
import type { Polarity } from '../../schemas/indicators.ts';

export type Direction = 'improving' | 'worsening' | 'no change';

export function directionOf(
  current: number | undefined,
  previous: number | undefined,
  polarity: Polarity,
): Direction | undefined {
  if (current === undefined || previous === undefined || polarity === 'context only') return undefined;
  if (current === previous) return 'no change';
  const rose = current > previous;
  return rose === (polarity === 'higher is better') ? 'improving' : 'worsening';
}
