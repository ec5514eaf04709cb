/**
 * Commentary must not say what [c] hides (issue 13, class 8). A scorecard row's commentary sits
 * beside its figures, so "Q2 fell to 3" or "only 4 of them" there states the very count the table
 * hides, even with no "children" after it, and "2%" states the hidden percentage. For every figure of
 * the row that the council's small-number rule hides (the figure itself, a hidden numerator, a
 * hidden denominator, both counts hidden by difference), the commentary may not give that number in
 * figures or words, nor the hidden percentage at the precision shown or rounded to a whole number.
 * A number the row publishes elsewhere (another period's figure or counts) says nothing new and is
 * allowed, and so are numbers that name a period, a date or a length of time ("Q3", "3 May",
 * "3 years"). Counts the prose rule already refuses ("3 children") are left to it.
 */
import { computedValue } from '../../lib/scorecards/figures.ts';
import { roundForUnit } from '../../lib/scorecards/format.ts';
import { periodLabel } from '../../lib/calendar/reporting-year.ts';
import { hidesCountsByDifference, isSmallCount, isSuppressed } from '../../lib/scorecards/suppression.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { ScorecardRow, ValueEntry } from '../../schemas/scorecards.ts';
import type { SmallNumbersPolicy } from '../../schemas/site-policy.ts';
import { fileFindings } from '../file-findings.ts';
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';
import { CALENDAR, NAMED_BY_NUMBER, numberWord, smallCountsIn } from './small-numbers-words.ts';

/** One number [c] hides, and what it is, for the message. */
interface Hidden {
  /** The whole number hidden (a count, a numerator or denominator), or a percentage. */
  number: number;
  kind: 'count' | 'percentage';
  what: string;
}

function hiddenIn(indicator: Indicator, entry: ValueEntry, rule: SmallNumbersPolicy, when: string): Hidden[] {
  if (!indicator.counts_children || entry.symbol !== undefined) return [];
  const hidden: Hidden[] = [];
  const suppressed = isSuppressed(indicator, entry, rule);
  const { numerator, denominator } = entry;
  if (numerator === undefined || denominator === undefined) {
    if (suppressed && entry.value !== undefined)
      hidden.push({ number: entry.value, kind: 'count', what: `the figure for ${when}` });
    return hidden;
  }
  const byDifference = hidesCountsByDifference(numerator, denominator, rule);
  if (suppressed || byDifference)
    hidden.push({ number: numerator, kind: 'count', what: `the children counted in ${when}` });
  if (byDifference || isSmallCount(denominator, rule))
    hidden.push({ number: denominator, kind: 'count', what: `the size of the group in ${when}` });
  if (byDifference)
    hidden.push({ number: denominator - numerator, kind: 'count', what: `the children not counted in ${when}` });
  const percentage = computedValue(entry);
  if (suppressed && percentage !== undefined)
    hidden.push({ number: percentage, kind: 'percentage', what: `the figure for ${when}` });
  return hidden;
}

/** Every number the row publishes: another period's figure or counts say nothing [c] hides. */
function publishedNumbers(indicator: Indicator, row: ScorecardRow, rule: SmallNumbersPolicy): Set<string> {
  const shown = new Set<string>();
  for (const entry of row.values) {
    if (isSuppressed(indicator, entry, rule)) continue;
    const value = computedValue(entry);
    if (value !== undefined) {
      shown.add(String(roundForUnit(value, indicator.unit)));
      shown.add(String(Math.round(value)));
    }
    const { numerator, denominator } = entry;
    if (numerator === undefined || denominator === undefined || hidesCountsByDifference(numerator, denominator, rule))
      continue;
    shown.add(String(numerator));
    if (!isSmallCount(denominator, rule)) shown.add(String(denominator));
  }
  return shown;
}

// Numbers that name a period, a date, a time or a thing ("Q3", "3 May", "3 years", "Objective 3").
const NOT_THE_FIGURE_AFTER = String.raw`(?![\w%]|[.,]\d|\s*(?:per\s*cent|percent)|\s+(?:years?|months?|quarters?|weeks?|days?|hours?|times|miles?|${CALENDAR})\b)`;
const NOT_THE_FIGURE_BEFORE = String.raw`(?<![\w.,£$€/-])(?<!\b(?:${NAMED_BY_NUMBER}|[Qq]uarter)\s)`;

/** Where `text` states the hidden number, and the words it uses. */
function stated(text: string, hidden: Hidden, unit: Indicator['unit']): { index: number; words: string } | undefined {
  const forms =
    hidden.kind === 'count'
      ? [String(hidden.number), ...(numberWord(hidden.number) ? [numberWord(hidden.number)!] : [])]
      : [
          ...new Set([
            String(roundForUnit(hidden.number, unit)),
            hidden.number.toFixed(1),
            String(Math.round(hidden.number)),
          ]),
        ];
  const escaped = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern =
    hidden.kind === 'count'
      ? new RegExp(String.raw`${NOT_THE_FIGURE_BEFORE}\b(?:${escaped})\b${NOT_THE_FIGURE_AFTER}`, 'i')
      : new RegExp(String.raw`(?<![\d.,])(?:${escaped})(?![\d]|\.\d)\s*(?:%|per\s*cent|percent)`, 'i');
  const match = pattern.exec(text);
  return match ? { index: match.index, words: match[0] } : undefined;
}

export const hiddenFiguresInCommentary: ContentRule = {
  id: 'hidden-figures-in-commentary',
  needs: ['site', 'indicators'],
  run(files, context) {
    const rule = context.policy.small_numbers;
    const indicators = new Map(files.indicators.flatMap((f) => f.data ?? []).map((i) => [i.id, i]));
    // What the rule reads besides the scorecard: the policy (in site.yaml) and the indicators, as written.
    const settings = JSON.stringify([...files.site, ...files.indicators].map((f) => f.source.text ?? null));
    return files.scorecards.flatMap((f) =>
      fileFindings(context, f, 'hidden-figures-in-commentary', settings, () => {
        const problems = new ProblemList();
        f.data?.indicators.forEach((row, i) => {
          const indicator = indicators.get(row.indicator);
          const text = row.commentary;
          if (!indicator || !text) return;
          const shown = publishedNumbers(indicator, row, rule);
          const refused = smallCountsIn(text, rule.hide_counts_up_to);
          const byProseRule = (index: number): boolean =>
            refused.some((r) => index >= r.index && index < r.index + r.words.length);
          const reported = new Set<number>();
          for (const entry of row.values) {
            const when = periodLabel(entry.period, f.data!.year);
            for (const hidden of hiddenIn(indicator, entry, rule, when)) {
              if (hidden.kind === 'count' && shown.has(String(hidden.number))) continue;
              if (hidden.kind === 'percentage' && shown.has(String(roundForUnit(hidden.number, indicator.unit))))
                continue;
              const found = stated(text, hidden, indicator.unit);
              if (!found || byProseRule(found.index) || reported.has(found.index)) continue;
              reported.add(found.index);
              problems.at(
                f.source,
                ['indicators', i, 'commentary'],
                `the commentary on "${row.indicator}" says "${found.words}", which is ${hidden.what}, hidden as [c] because it is about so few children: leave the number out, or say what it means in words ("a small number of children", "fewer than last year")`,
              );
            }
          }
        });
        return problems.items;
      }),
    );
  },
};
