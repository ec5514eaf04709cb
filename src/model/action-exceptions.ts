/**
 * The action plan's exceptions for a board pack: what the board must look at in a reporting year, as
 * of the day the plan is judged on (or the year's last day, for a year that has ended). Overdue is
 * judged on that day; off track is the status as it stands; "changed" are the actions whose status
 * or percent complete changed in the reporting period that day falls in, from what to what: the
 * same changes the "What changed" page lists (src/model/plan-changes.ts).
 */
import { reportingWindow, type ReportingYear } from '../lib/calendar/index.ts';
import { wasOverdueOn } from '../lib/actions.ts';
import type { ReportingPeriodLength } from '../lib/calendar/index.ts';
import { changesBetween } from './plan-changes.ts';
import type { ActionEntry, ActionExceptions } from './types.ts';

export function actionExceptions(
  actions: readonly ActionEntry[],
  year: ReportingYear,
  judgedOn: Date,
  length: ReportingPeriodLength,
): ActionExceptions {
  const asOf = judgedOn.getTime() < year.end.getTime() ? judgedOn : year.end;
  const since = reportingWindow(asOf, length, year.start.getUTCMonth() + 1).start;
  return {
    asOf,
    since,
    overdue: actions.filter((action) => wasOverdueOn(action, asOf)),
    offTrack: actions.filter((action) => action.status === 'off track'),
    changed: changesBetween(actions, since, asOf),
  };
}
