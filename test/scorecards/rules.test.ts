/** The scorecard rules: computed percentages, RAG, direction of travel, suppression and the rule in words. */
import { describe, expect, it } from 'vitest';
import { changeThreshold, directionOf } from '../../src/lib/scorecards/direction.ts';
import { computedValue } from '../../src/lib/scorecards/figures.ts';
import { formatFigure } from '../../src/lib/scorecards/format.ts';
import { ragFor, ragForHiddenCount } from '../../src/lib/scorecards/rag.ts';
import { ruleText } from '../../src/lib/scorecards/rule-text.ts';
import { isSuppressed, publishedCounts } from '../../src/lib/scorecards/suppression.ts';
import { trendSummary } from '../../src/lib/scorecards/trend-summary.ts';

const percentOfChildren = { counts_children: true, unit: 'percentage' } as const;
const countOfChildren = { counts_children: true, unit: 'count' } as const;
/** The Department for Education's rule, written out here rather than read from the engine's defaults. */
const DFE_RULE = {
  hide_counts_up_to: 5,
  hide_percentage_when_numerator_up_to: 5,
  hide_percentage_when_denominator_up_to: 10,
  hide_counts_when_difference_up_to: 5,
  hide_percentage_when_difference_up_to: 0,
};

describe('percentages', () => {
  it('are computed from numerator and denominator', () => {
    expect(computedValue({ period: 'year', numerator: 150, denominator: 160 })).toBe(93.75);
    expect(formatFigure(93.75, 'percentage')).toBe('93.8%');
  });
  it('use the value as given when there is no numerator', () => {
    expect(computedValue({ period: 'Q1', value: 62.4 })).toBe(62.4);
  });
  it('have no value for a symbol', () => {
    expect(computedValue({ period: 'Q1', symbol: 'x' })).toBeUndefined();
  });
});

describe('RAG', () => {
  const higher = 'higher is better';
  const lower = 'lower is better';
  it('is green exactly on target', () => {
    expect(ragFor(90, 90, { points: 5 }, higher)).toBe('green');
    expect(ragFor(10, 10, { points: 2 }, lower)).toBe('green');
  });
  it('is amber exactly on the tolerance, red just beyond it', () => {
    expect(ragFor(85, 90, { points: 5 }, higher)).toBe('amber');
    expect(ragFor(84.9, 90, { points: 5 }, higher)).toBe('red');
    expect(ragFor(12, 10, { points: 2 }, lower)).toBe('amber');
    expect(ragFor(12.1, 10, { points: 2 }, lower)).toBe('red');
  });
  it('reads a percent tolerance as a share of the target, without floating-point noise', () => {
    // 5% of 95 is 4.75, so amber goes down to 90.25 exactly.
    expect(ragFor(90.25, 95, { percent: 5 }, higher)).toBe('amber');
    expect(ragFor(90.2, 95, { percent: 5 }, higher)).toBe('red');
  });
  it('judges lower-is-better the other way round', () => {
    expect(ragFor(8, 10, { points: 2 }, lower)).toBe('green');
    expect(ragFor(7, 10, { points: 2 }, higher)).toBe('red');
    expect(ragFor(7, 10, { points: 2 }, lower)).toBe('green');
  });
  it('is red or green when there is no tolerance', () => {
    expect(ragFor(89.9, 90, undefined, higher)).toBe('red');
  });
  it('gives no rating to context-only indicators, missing targets or hidden figures', () => {
    expect(ragFor(70, 60, undefined, 'context only')).toBeUndefined();
    expect(ragFor(70, undefined, undefined, higher)).toBeUndefined();
    expect(ragFor(undefined, 90, { points: 5 }, higher)).toBeUndefined();
  });
  it('rates a zero like any other figure', () => {
    expect(ragFor(0, 10, { points: 2 }, lower)).toBe('green');
    expect(ragFor(0, 90, { points: 5 }, higher)).toBe('red');
  });
});

describe('RAG of a hidden count', () => {
  const count = (polarity: 'higher is better' | 'lower is better') => ({ unit: 'count', polarity }) as const;
  it('is red against a target of 0, since every hidden count (1 to 5) misses it', () => {
    expect(ragForHiddenCount(count('lower is better'), 5, 0, undefined)).toBe('red');
  });
  it('is given when the whole hidden range gets one rating, whatever the target', () => {
    expect(ragForHiddenCount(count('lower is better'), 5, 8, undefined)).toBe('green');
    expect(ragForHiddenCount(count('lower is better'), 3, 0, { points: 3 })).toBe('amber');
  });
  it('is red when no hidden figure meets the target, even where an amber band would tell them apart', () => {
    // 1 and 2 would be amber, 3 to 5 red: amber or red would tell readers more than [c] does; missing the target does not.
    expect(ragForHiddenCount(count('lower is better'), 5, 0, { points: 2 })).toBe('red');
  });
  it('is withheld when some hidden figures would meet the target and others not', () => {
    expect(ragForHiddenCount(count('higher is better'), 5, 3, undefined)).toBeUndefined();
    expect(ragForHiddenCount(count('lower is better'), 5, 2, { points: 1 })).toBeUndefined();
  });
  it('is withheld for hidden percentages, whose range is not known', () => {
    expect(ragForHiddenCount({ unit: 'percentage', polarity: 'lower is better' }, 5, 0, undefined)).toBeUndefined();
  });
});

describe('direction of travel', () => {
  it('is judged by polarity, not by the raw change', () => {
    expect(directionOf(71, 62, 'higher is better')).toBe('improving');
    expect(directionOf(12, 10, 'lower is better')).toBe('worsening');
    expect(directionOf(8, 10, 'lower is better')).toBe('improving');
    expect(directionOf(0, 3, 'lower is better')).toBe('improving');
  });
  it('says no change when the figure is the same', () => {
    expect(directionOf(10, 10, 'lower is better')).toBe('no change');
  });
  it('says no change when the figure moves by less than the threshold', () => {
    expect(directionOf(98, 97.9, 'higher is better', 1)).toBe('no change');
    expect(directionOf(98.8, 97.9, 'higher is better', 1)).toBe('no change');
    expect(directionOf(98.9, 97.9, 'higher is better', 1)).toBe('improving');
    expect(directionOf(98.9, 97.9, 'higher is better', 0.5)).toBe('improving');
    expect(directionOf(96.9, 97.9, 'higher is better', 1)).toBe('worsening');
  });
  it('takes the threshold the indicator states, or its unit’s default', () => {
    expect(changeThreshold({ unit: 'percentage', change_threshold: undefined })).toBe(1);
    expect(changeThreshold({ unit: 'days', change_threshold: undefined })).toBe(5);
    expect(changeThreshold({ unit: 'percentage', change_threshold: 0.2 })).toBe(0.2);
    expect(changeThreshold({ unit: 'count', change_threshold: 0 })).toBe(0);
  });
  it('is absent with no previous period, a hidden figure, or a context-only indicator', () => {
    expect(directionOf(10, undefined, 'lower is better')).toBeUndefined();
    expect(directionOf(undefined, 10, 'lower is better')).toBeUndefined();
    expect(directionOf(70, 65, 'context only')).toBeUndefined();
  });
});

describe('small-number suppression', () => {
  it('hides counts of 1 to 5 children but shows 0 and 6', () => {
    const count = (value: number): boolean => isSuppressed(countOfChildren, { period: 'Q1', value }, DFE_RULE);
    expect([0, 1, 5, 6].map(count)).toEqual([false, true, true, false]);
  });
  it('hides a percentage whose numerator is 5 or less or whose denominator is 10 or less', () => {
    const pct = (numerator: number, denominator: number): boolean =>
      isSuppressed(percentOfChildren, { period: 'Q1', numerator, denominator }, DFE_RULE);
    expect(pct(5, 200)).toBe(true);
    expect(pct(6, 200)).toBe(false);
    expect(pct(9, 10)).toBe(true);
    expect(pct(9, 11)).toBe(false);
    expect(pct(0, 200)).toBe(true);
  });
  it('does not hide figures that do not count children, or figures given as a percentage value', () => {
    expect(isSuppressed({ counts_children: false, unit: 'count' }, { period: 'Q1', value: 3 }, DFE_RULE)).toBe(false);
    expect(isSuppressed(percentOfChildren, { period: 'Q1', value: 3 }, DFE_RULE)).toBe(false);
  });
  it('follows a council’s own, stricter rule', () => {
    const stricter = {
      hide_counts_up_to: 9,
      hide_percentage_when_numerator_up_to: 9,
      hide_percentage_when_denominator_up_to: 20,
      hide_counts_when_difference_up_to: 9,
      hide_percentage_when_difference_up_to: 0,
    };
    const count = (value: number): boolean => isSuppressed(countOfChildren, { period: 'Q1', value }, stricter);
    expect([0, 6, 9, 10].map(count)).toEqual([false, true, true, false]);
    const pct = (numerator: number, denominator: number): boolean =>
      isSuppressed(percentOfChildren, { period: 'Q1', numerator, denominator }, stricter);
    expect([pct(8, 200), pct(10, 200), pct(15, 20), pct(15, 21)]).toEqual([true, false, true, false]);
  });
  it('publishes the numerator only when the percentage is shown', () => {
    expect(publishedCounts(percentOfChildren, { period: 'Q2', numerator: 4, denominator: 198 }, DFE_RULE)).toEqual({
      numerator: '[c]',
      denominator: 198,
    });
    expect(publishedCounts(percentOfChildren, { period: 'Q2', numerator: 3, denominator: 4 }, DFE_RULE)).toEqual({
      numerator: '[c]',
      denominator: '[c]',
    });
  });
  it('hides both counts when they differ by a small number (46 of 47 says 1 is not), but shows the percentage', () => {
    const entry = (numerator: number, denominator: number) => ({ period: 'Q2' as const, numerator, denominator });
    expect(publishedCounts(percentOfChildren, entry(46, 47), DFE_RULE)).toEqual({
      numerator: '[c]',
      denominator: '[c]',
    });
    expect(isSuppressed(percentOfChildren, entry(46, 47), DFE_RULE)).toBe(false);
    expect(publishedCounts(percentOfChildren, entry(42, 47), DFE_RULE)).toEqual({
      numerator: '[c]',
      denominator: '[c]',
    });
    expect(publishedCounts(percentOfChildren, entry(41, 47), DFE_RULE)).toEqual({ numerator: 41, denominator: 47 });
    // All of them gives nobody away.
    expect(publishedCounts(percentOfChildren, entry(47, 47), DFE_RULE)).toEqual({ numerator: 47, denominator: 47 });
  });
  it('hides the percentage too when the council’s rule says so, and hides nothing by difference when it is 0', () => {
    const entry = { period: 'Q2' as const, numerator: 46, denominator: 47 };
    const hideAll = { ...DFE_RULE, hide_percentage_when_difference_up_to: 5 };
    expect(isSuppressed(percentOfChildren, entry, hideAll)).toBe(true);
    const off = { ...DFE_RULE, hide_counts_when_difference_up_to: 0 };
    expect(publishedCounts(percentOfChildren, entry, off)).toEqual({ numerator: 46, denominator: 47 });
  });
});

describe('the rule in words', () => {
  it('states green, amber and red for higher-is-better', () => {
    expect(ruleText({ polarity: 'higher is better', unit: 'percentage' }, 90, { points: 5 }, '2025-26')).toBe(
      'Green: 90% or more. Amber: 85% to 90%. Red: below 85%.',
    );
  });
  it('states them for lower-is-better, with a percent tolerance', () => {
    expect(ruleText({ polarity: 'lower is better', unit: 'days' }, 400, { percent: 10 }, '2025-26')).toBe(
      'Green: 400 days or less. Amber: 400 days to 440 days. Red: above 440 days.',
    );
  });
  it('leaves out amber with no tolerance, and says why there is no rating', () => {
    expect(ruleText({ polarity: 'higher is better', unit: 'percentage' }, 90, undefined, '2025-26')).toBe(
      'Green: 90% or more. Red: below 90%.',
    );
    expect(ruleText({ polarity: 'higher is better', unit: 'percentage' }, undefined, undefined, '2025-26')).toBe(
      'No rating: there is no target for 2025-26.',
    );
    expect(ruleText({ polarity: 'context only', unit: 'rate per 10,000' }, undefined, undefined, '2025-26')).toBe(
      'No rating: this indicator gives context only, so it has no target.',
    );
  });
});

describe('the trend summary', () => {
  const point = (periodLabel: string, value: number | undefined, suppressed = false) => ({
    periodLabel,
    value,
    suppressed,
  });
  it('says where the figure went, against the target', () => {
    expect(trendSummary([point('2022-23', 62), point('2023-24', 65), point('2024-25', 71)], 'percentage', 75)).toBe(
      'Rose from 62% in 2022-23 to 71% in 2024-25, against a target of 75%.',
    );
  });
  it('never uses a hidden figure, and says the latest is hidden', () => {
    expect(trendSummary([point('Q1 2025-26', 10), point('Q2 2025-26', undefined, true)], 'percentage', 10)).toBe(
      '10% in Q1 2025-26, the only figure that can be shown, against a target of 10%; the latest figure, for Q2 2025-26, is hidden to protect children’s privacy.',
    );
  });
  it('handles a fall, no change and nothing to show', () => {
    expect(trendSummary([point('2023-24', 420), point('2024-25', 380)], 'days', undefined)).toBe(
      'Fell from 420 days in 2023-24 to 380 days in 2024-25.',
    );
    expect(trendSummary([point('2023-24', 0), point('2024-25', 0)], 'count', undefined)).toBe(
      'Stayed at 0 from 2023-24 to 2024-25.',
    );
    expect(trendSummary([point('2024-25', undefined, true)], 'count', undefined)).toBe(
      'No figures can be shown: each is hidden to protect children’s privacy or not available.',
    );
  });
  it('names the peak or the low when the series is not one-way', () => {
    const rose = [point('2021-22', 60), point('2022-23', 74), point('2023-24', 70), point('2024-25', 71)];
    expect(trendSummary(rose, 'percentage', 75)).toBe(
      'Rose from 60% in 2021-22 to 71% in 2024-25, with a peak of 74% in 2022-23, against a target of 75%.',
    );
    const dipped = [point('2022-23', 420), point('2023-24', 380), point('2024-25', 400)];
    expect(trendSummary(dipped, 'days', undefined)).toBe(
      'Fell from 420 days in 2022-23 to 400 days in 2024-25, with a low of 380 days in 2023-24.',
    );
    const both = [point('Q1', 10), point('Q2', 14), point('Q3', 6), point('Q4', 11)];
    expect(trendSummary(both, 'count', undefined)).toBe(
      'Rose from 10 in Q1 to 11 in Q4, with a peak of 14 in Q2 and a low of 6 in Q3.',
    );
    // One-way, or only wavering between the ends: nothing to add.
    expect(trendSummary([point('Q1', 10), point('Q2', 12), point('Q3', 11), point('Q4', 13)], 'count', undefined)).toBe(
      'Rose from 10 in Q1 to 13 in Q4.',
    );
  });
  it('says so when only the comparators have figures', () => {
    expect(trendSummary([point('2025-26', undefined)], 'percentage', 60, ['England', 'the region'])).toBe(
      'No figures of our own are available yet; the chart shows only the figures for England and the region.',
    );
    expect(trendSummary([point('2025-26', undefined, true)], 'percentage', 60, ['England'])).toBe(
      'No figures of our own can be shown: each is hidden to protect children’s privacy or not available; the chart shows only the figures for England.',
    );
  });
});
