/** The figure an entry stands for: its value, or the percentage its numerator and denominator make. */
import type { ValueEntry } from '../../schemas/scorecards.ts';

/**
 * Percentages are computed, never typed: 150 of 160 is 93.75. Undefined for a GSS symbol, or for a
 * denominator of 0 (the content check already refuses that).
 */
export function computedValue(entry: ValueEntry): number | undefined {
  if (entry.numerator !== undefined && entry.denominator !== undefined) {
    return entry.denominator === 0 ? undefined : (entry.numerator / entry.denominator) * 100;
  }
  return entry.value;
}
