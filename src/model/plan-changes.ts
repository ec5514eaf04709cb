/**
 * "What changed": every action whose status or percent complete changed in the last reporting
 * period (site.yaml's action_plan.reporting_period), from the first day of the period the plan is
 * judged on up to that day, grouped by how it changed. One list for the changes page and for the
 * board pack, so the two cannot disagree.
 */
import { addDays, reportingWindow, toIsoDate } from '../lib/calendar/index.ts';
import type { ReportingPeriodLength } from '../lib/calendar/index.ts';
import { CHANGE_KINDS, changeBetween } from './status-history.ts';
import { pagesOf, PER_PAGE } from './paging.ts';
import { planChangesHref } from './urls.ts';
import type { ActionChange, ActionEntry, ChangeGroup, PlanChanges } from './types.ts';

/** Changes in groups, in CHANGE_KINDS order, empty groups left out. */
export function groupChanges(changes: readonly ActionChange[]): ChangeGroup[] {
  return CHANGE_KINDS.map((kind) => ({ kind, items: changes.filter((c) => c.change.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Each action's change from `from` to `to` (both days included), grouped, newest first in each group. */
export function changesBetween(actions: readonly ActionEntry[], from: Date, to: Date): ActionChange[] {
  const since = toIsoDate(addDays(from, -1));
  const until = toIsoDate(to);
  const changed = actions.flatMap((action) => {
    const change = changeBetween(action.history, since, until);
    return change ? [{ action, change }] : [];
  });
  // Newest first within a group; the plan's order among changes on the same day.
  const newestFirst = [...changed].sort((a, b) => (b.change.date ?? '').localeCompare(a.change.date ?? ''));
  return groupChanges(newestFirst).flatMap((g) => g.items);
}

export function planChanges(
  actions: readonly ActionEntry[],
  judgedOn: Date,
  length: ReportingPeriodLength,
  startMonth: number,
): PlanChanges {
  const period = reportingWindow(judgedOn, length, startMonth);
  const all = changesBetween(actions, period.start, judgedOn);
  return {
    period,
    from: period.start,
    to: judgedOn,
    all,
    pages: pagesOf(all, planChangesHref, PER_PAGE.actions).map((page) => ({
      ...page,
      groups: groupChanges(page.items),
    })),
  };
}
