/**
 * A lead's work in one list: the actions it leads and what meetings asked of it, each with its due
 * date, overdue first, then soonest due, then what has no end date; stale progress updates flagged.
 * Judged on the date the caller passes (the build date), so tests can fix it.
 */
import type { Action, Meeting } from '../../loader/model.ts';
import type { ActionArising } from '../../schemas/meetings.ts';
import { arisingState, isOverdue, latestUpdate } from '../actions.ts';
import { daysBetween, parseIsoDate, toIsoDate } from '../dates.ts';
import { parseTimescale } from '../timescale.ts';

export interface WorkItem {
  kind: 'action' | 'meeting';
  /** The action's number, or the meeting's id and the ask's place in it. */
  key: string;
  what: string;
  /** The last day it is due (YYYY-MM-DD); undefined for ongoing. */
  due: string | undefined;
  /** How the due date is said: the timescale's own label for actions. */
  dueLabel: string;
  overdue: boolean;
  done: boolean;
  /** For actions: the status; for meeting asks: done or open. */
  status: string;
  /** The latest progress update's date, for actions. */
  lastUpdate: string | undefined;
  /** Not done and no progress update (or none) for `staleAfterDays` days or more. */
  stale: boolean;
  /** Days since the last update, or undefined when there is none. */
  daysSinceUpdate: number | undefined;
  action?: Action;
  meeting?: Meeting;
}

export function actionItem(action: Action, today: Date, staleAfterDays: number): WorkItem {
  const { due, label } = parseTimescale(action.timescale);
  const update = latestUpdate(action);
  const since = update ? daysBetween(parseIsoDate(update.date), today) : undefined;
  const done = action.status === 'complete';
  return {
    kind: 'action',
    key: action.id,
    what: action.action,
    due: due ? toIsoDate(due) : undefined,
    dueLabel: label,
    overdue: isOverdue(action, today),
    done,
    status: action.status,
    lastUpdate: update?.date,
    daysSinceUpdate: since,
    stale: !done && (since === undefined || since >= staleAfterDays),
    action,
  };
}

export function meetingItem(meeting: Meeting, arising: ActionArising, index: number, today: Date): WorkItem {
  const state = arisingState(arising, today);
  return {
    kind: 'meeting',
    key: `${meeting.id}-${index + 1}`,
    what: arising.what,
    due: arising.due,
    dueLabel: '',
    overdue: state === 'overdue',
    done: state === 'done',
    status: state,
    lastUpdate: undefined,
    daysSinceUpdate: undefined,
    stale: false,
    meeting,
  };
}

/** Overdue first (longest overdue first), then open work soonest due, then no end date, then what is done. */
export function byUrgency(a: WorkItem, b: WorkItem): number {
  const rank = (item: WorkItem) => (item.overdue ? 0 : item.done ? 3 : item.due ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.due && b.due && a.due !== b.due) return a.due < b.due ? -1 : 1;
  return 0;
}

export function worklist(
  actions: readonly Action[],
  arising: readonly { meeting: Meeting; arising: ActionArising }[],
  today: Date,
  staleAfterDays: number,
): WorkItem[] {
  const meetingIndex = (meeting: Meeting, ask: ActionArising) => meeting.arising.indexOf(ask);
  return [
    ...actions.map((action) => actionItem(action, today, staleAfterDays)),
    ...arising.map(({ meeting, arising: ask }) => meetingItem(meeting, ask, meetingIndex(meeting, ask), today)),
  ].sort(byUrgency);
}
