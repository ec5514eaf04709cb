/**
 * Small-number suppression, by the council's rule (policy.small_numbers in site.yaml). By default it
 * is the Department for Education's (DOMAIN.md): a count of 1 to 5 children is shown as [c]; a
 * percentage is [c] when its numerator is 5 or less or its denominator 10 or less; a numerator and
 * denominator that differ by 5 or less are both [c] (secondary suppression: 46 of 47 says 1 is not),
 * while the percentage stays. A shown 0 is a real zero. Only indicators that count children are
 * suppressed.
 */
import type { Indicator } from '../../schemas/indicators.ts';
import type { ValueEntry } from '../../schemas/scorecards.ts';
import type { SmallNumbersPolicy } from '../../schemas/site-policy.ts';

/** GSS symbols: c confidential, x not available, z not applicable, low rounds to zero (their meanings in words are in src/i18n/). */
export type GssSymbol = 'c' | 'x' | 'z' | 'low';

export function symbolText(symbol: GssSymbol): string {
  return `[${symbol}]`;
}

/** A count of children small enough to identify someone: 1 to the rule's limit (5 by default). */
export function isSmallCount(count: number, rule: SmallNumbersPolicy): boolean {
  return count >= 1 && count <= rule.hide_counts_up_to;
}

/** How many children of the group the measure leaves out: 47 care leavers, 46 in touch, 1 not. */
const leftOut = (numerator: number, denominator: number): number => denominator - numerator;

/**
 * True when `numerator` and `denominator` differ by so few children that publishing both gives the
 * difference away (46 of 47 care leavers in touch says 1 is not): both are then hidden (secondary
 * suppression). A difference of 0 (all of them) gives nobody away.
 */
export function hidesCountsByDifference(numerator: number, denominator: number, rule: SmallNumbersPolicy): boolean {
  const rest = leftOut(numerator, denominator);
  return rest >= 1 && rest <= rule.hide_counts_when_difference_up_to;
}

/** True when a percentage of `numerator` out of `denominator` children must be hidden. */
export function hidesPercentage(numerator: number, denominator: number, rule: SmallNumbersPolicy): boolean {
  const rest = leftOut(numerator, denominator);
  return (
    numerator <= rule.hide_percentage_when_numerator_up_to ||
    denominator <= rule.hide_percentage_when_denominator_up_to ||
    (rest >= 1 && rest <= rule.hide_percentage_when_difference_up_to)
  );
}

/** Whether this entry's figure must be shown as [c]. */
export function isSuppressed(
  indicator: Pick<Indicator, 'counts_children' | 'unit'>,
  entry: ValueEntry,
  rule: SmallNumbersPolicy,
): boolean {
  if (!indicator.counts_children || entry.symbol !== undefined) return false;
  if (entry.numerator !== undefined && entry.denominator !== undefined) {
    return hidesPercentage(entry.numerator, entry.denominator, rule);
  }
  return indicator.unit === 'count' && entry.value !== undefined && isSmallCount(entry.value, rule);
}

/**
 * The numerator and denominator as they may be published: the numerator only when the percentage
 * itself is shown, the denominator unless it is itself a small count, and neither when they differ
 * by a small number (the percentage may still be shown: policy.small_numbers decides).
 */
export function publishedCounts(
  indicator: Pick<Indicator, 'counts_children' | 'unit'>,
  entry: ValueEntry,
  rule: SmallNumbersPolicy,
): { numerator: number | '[c]'; denominator: number | '[c]' } | undefined {
  if (entry.numerator === undefined || entry.denominator === undefined) return undefined;
  if (!indicator.counts_children) return { numerator: entry.numerator, denominator: entry.denominator };
  const byDifference = hidesCountsByDifference(entry.numerator, entry.denominator, rule);
  return {
    numerator: byDifference || isSuppressed(indicator, entry, rule) ? '[c]' : entry.numerator,
    denominator: byDifference || isSmallCount(entry.denominator, rule) ? '[c]' : entry.denominator,
  };
}
