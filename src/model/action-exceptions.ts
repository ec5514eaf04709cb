/**
 * The action plan's exceptions for a board pack: what the board must look at in a reporting year, as
 * of the build date (or the year's last day, for a year that has ended). Overdue is judged on that
 * day; off track is the status as it stands; "changed since the last period" are the actions with a
 * progress update after the end of the last reporting period before that day.
 */
import { addDays, PERIODS, type ReportingYear } from '../lib/calendar/index.ts';
import { wasOverdueOn } from '../lib/actions.ts';
import type { ActionEntry, ActionExceptions } from './types.ts';

/** The last day of the reporting period before the one `day` falls in (the day before the year, for Q1). */
function lastPeriodEnd(year: ReportingYear, day: Date): Date {
  const quarters = PERIODS.filter((p) => p !== 'year').map((p) => year.periods[p]);
  const current = quarters.findIndex((q) => q.start.getTime() <= day.getTime() && day.getTime() <= q.end.getTime());
  if (current <= 0) return addDays(year.start, -1);
  return quarters[current - 1]!.end;
}

export function actionExceptions(actions: readonly ActionEntry[], year: ReportingYear, today: Date): ActionExceptions {
  const asOf = today.getTime() < year.end.getTime() ? today : year.end;
  const since = lastPeriodEnd(year, asOf);
  const changed = actions.filter((action) =>
    action.updates.some((u) => {
      const time = Date.parse(`${u.date}T00:00:00Z`);
      return time > since.getTime() && time <= asOf.getTime();
    }),
  );
  return {
    asOf,
    since,
    overdue: actions.filter((action) => wasOverdueOn(action, asOf)),
    offTrack: actions.filter((action) => action.status === 'off track'),
    changed,
  };
}
