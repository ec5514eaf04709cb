/**
 * A role's work in one list, as a member of staff reads it before a supervision or a board meeting:
 * the unfinished actions it leads and the unfinished actions meetings asked of it, overdue first
 * (longest overdue at the top), then by due date, then what has no end date. An action whose last
 * progress update is older than the council's staleness period (policy.staleness in site.yaml) is
 * flagged, since that is what the check warns about and what a lead is asked for next.
 */
import { daysBetween, parseIsoDate } from '../lib/calendar/index.ts';
import type { ActionEntry, ArisingEntry, WorkItem } from './types.ts';

function actionItem(action: ActionEntry, today: Date, staleAfterDays: number): WorkItem {
  const lastUpdate = action.latestUpdate?.date;
  const daysSinceUpdate = lastUpdate === undefined ? undefined : daysBetween(parseIsoDate(lastUpdate), today);
  return {
    kind: 'action',
    what: action.action,
    href: action.href,
    action,
    due: action.due,
    overdue: action.overdue,
    lastUpdate,
    daysSinceUpdate,
    stale: daysSinceUpdate === undefined || daysSinceUpdate >= staleAfterDays,
  };
}

function arisingItem(entry: ArisingEntry): WorkItem {
  return {
    kind: 'meeting',
    what: entry.arising.what,
    href: entry.meeting.href,
    meeting: entry.meeting,
    due: parseIsoDate(entry.arising.due),
    overdue: entry.state === 'overdue',
    lastUpdate: undefined,
    daysSinceUpdate: undefined,
    stale: false,
  };
}

/** Overdue first, then soonest due, then ongoing; the plan's own order within each. */
function byUrgency(a: WorkItem, b: WorkItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due && b.due) return a.due.getTime() - b.due.getTime();
  return a.due ? -1 : b.due ? 1 : 0;
}

export function worklist(
  actions: readonly ActionEntry[],
  arising: readonly ArisingEntry[],
  today: Date,
  staleAfterDays: number,
): WorkItem[] {
  return [
    ...actions.filter((a) => a.status !== 'complete').map((a) => actionItem(a, today, staleAfterDays)),
    ...arising.filter((e) => e.state !== 'done').map(arisingItem),
  ].sort(byUrgency);
}
