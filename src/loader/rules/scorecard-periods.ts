/** A yearly indicator's figures are for the "year"; a quarterly one's for Q1 to Q4. */
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const scorecardPeriods: ContentRule = {
  id: 'scorecard-periods',
  needs: ['indicators'],
  run(files) {
    const problems = new ProblemList();
    // A duplicated id is reported by its schema; its first definition counts.
    const frequency = new Map(
      files.indicators
        .flatMap((f) => f.data ?? [])
        .reverse()
        .map((i) => [i.id, i.frequency]),
    );
    for (const f of files.scorecards) {
      f.data?.indicators.forEach((row, i) => {
        row.values.forEach((entry, j) => {
          const path = ['indicators', i, 'values', j, 'period'];
          if (frequency.get(row.indicator) === 'annual' && entry.period !== 'year') {
            problems.at(
              f.source,
              path,
              `"${row.indicator}" is reported yearly, so its period must be "year", not "${entry.period}"`,
            );
          }
          if (frequency.get(row.indicator) === 'quarterly' && entry.period === 'year') {
            problems.at(
              f.source,
              path,
              `"${row.indicator}" is reported quarterly, so its period must be Q1, Q2, Q3 or Q4, not "year"`,
            );
          }
        });
      });
    }
    return problems.items;
  },
};
