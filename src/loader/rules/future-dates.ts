/**
 * Dates after today (BUILD_DATE) where only the past can be: a progress update says what has
 * happened, and a scorecard reports figures for a year or quarter that has ended. A date in the
 * future is almost always a typing slip (2027 for 2026), and a dangerous one: an update "from the
 * future" counts as recent for ever, so it hides the warning that an overdue action has no news.
 * (The staleness rule ignores such updates, so that warning still comes.) Warnings, not errors.
 */
import { formatDate, MONTHS, parseIsoDate, reportingCalendar } from '../../lib/calendar/index.ts';
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const futureDates: ContentRule = {
  id: 'future-dates',
  needs: ['site'],
  run(files, { today, policy }) {
    const problems = new ProblemList();
    const todayInWords = formatDate(today);

    for (const f of files.actions) {
      f.data?.actions.forEach((action, i) =>
        action.updates.forEach((update, j) => {
          if (parseIsoDate(update.date) <= today) return;
          problems.at(
            f.source,
            ['actions', i, 'updates', j, 'date'],
            `this progress update on ${(action.id ?? action.ref) ? `action ${action.id ?? action.ref}` : `the action "${action.action}"`} is dated ${formatDate(update.date)}, after today (${todayInWords}): an update says what has happened, so correct the date. Until then it is not counted when the check looks for overdue actions without recent news`,
            'warning',
          );
        }),
      );
    }

    const calendar = reportingCalendar(MONTHS.indexOf(policy.reporting_year_starts) + 1);
    for (const f of files.scorecards) {
      const card = f.data;
      if (!card) continue;
      const year = calendar.year(card.year);
      if (year.start > today) {
        problems.at(
          f.source,
          ['year'],
          `the reporting year ${card.year} (${year.inWords}) has not started yet (today is ${todayInWords}): no figures for it can exist, so check the year; a scorecard is added once its first figures are known`,
          'warning',
        );
        continue;
      }
      card.indicators.forEach((row, i) =>
        row.values.forEach((entry, j) => {
          const period = calendar.period(card.year, entry.period);
          if (period.end <= today || entry.symbol !== undefined) return;
          problems.at(
            f.source,
            ['indicators', i, 'values', j, 'period'],
            `"${row.indicator}" has a figure for ${period.label} (${period.inWords}), which ends on ${formatDate(period.end)}, after today (${todayInWords}): a figure cannot be known before its period ends, so check the period`,
            'warning',
          );
        }),
      );
    }
    return problems.items;
  },
};
