/**
 * What the site says about actions: whether one is overdue, how actions group by objective and
 * status, and their progress updates newest first. Overdue is judged against a date the caller
 * passes (the build date), so tests can fix it.
 */
import { ACTION_STATUSES, type ActionStatus } from '../schemas/actions.ts';
import type { Action, Objective, ProgressUpdate } from '../loader/model.ts';
import { parseIsoDate, parseTimescale } from './calendar/index.ts';

/**
 * True when the action's timescale has passed and it is not complete. "ongoing" has no end, so it
 * is never overdue. An action is due by the end of its last day, so it is overdue from the day after.
 * An action with no status reported yet is never overdue: nothing says it is behind. `day` is the
 * day the plan is judged on (lib/action-plan/as-at.ts).
 */
export function isOverdue(action: Pick<Action, 'timescale' | 'status'>, today: Date): boolean {
  if (action.status === undefined || action.status === 'complete') return false;
  const { due } = parseTimescale(action.timescale);
  return due !== undefined && due.getTime() < today.getTime();
}

/** The day a complete action was done: its last progress update, or its due date when it has none. */
export function completedOn(action: Pick<Action, 'status' | 'timescale' | 'updates'>): Date | undefined {
  if (action.status !== 'complete') return undefined;
  const last = action.updates
    .map((u) => u.date)
    .sort()
    .at(-1);
  return last === undefined ? parseTimescale(action.timescale).due : parseIsoDate(last);
}

/**
 * Overdue as it stood on a past day (the end of a reporting year): due before that day and not
 * completed by then. Today's overdue is `isOverdue`, judged by the status as it stands now.
 */
export function wasOverdueOn(action: Pick<Action, 'status' | 'timescale' | 'updates'>, day: Date): boolean {
  const { due } = parseTimescale(action.timescale);
  if (due === undefined || due.getTime() >= day.getTime()) return false;
  const done = completedOn(action);
  return done === undefined || done.getTime() > day.getTime();
}

export interface ActionTally {
  total: number;
  /** Every status, in the order the site lists them, zeros kept; each named as the council's scale names it. */
  byStatus: { status: ActionStatus; name: string; count: number }[];
  /** How many are overdue (any status but complete). */
  overdue: number;
  /** How many have no status reported yet. */
  notReported: number;
}

/** How many actions have each status, in the order the site lists statuses, and how many are overdue. */
export function tallyActions(
  actions: readonly { status?: ActionStatus | undefined; overdue: boolean }[],
  /** What readers call each state ("Green (on track)"); the state's own name by default. */
  names: Readonly<Partial<Record<ActionStatus, string>>> = {},
): ActionTally {
  const counts = new Map<ActionStatus, number>(ACTION_STATUSES.map((status) => [status, 0]));
  let overdue = 0;
  let notReported = 0;
  for (const action of actions) {
    if (action.status === undefined) notReported += 1;
    else counts.set(action.status, counts.get(action.status)! + 1);
    if (action.overdue) overdue += 1;
  }
  return {
    total: actions.length,
    byStatus: ACTION_STATUSES.map((status) => ({ status, name: names[status] ?? status, count: counts.get(status)! })),
    overdue,
    notReported,
  };
}

/** How many of the tallied actions have the status. */
export function countWithStatus(tally: ActionTally, status: ActionStatus): number {
  return tally.byStatus.find((s) => s.status === status)?.count ?? 0;
}

export interface ObjectiveGroup<O extends Pick<Objective, 'id'>, A extends Pick<Action, 'objective'>> {
  objective: O;
  actions: A[];
}

/** Actions under their objectives, in objective order; objectives with no actions are kept, empty. */
export function groupByObjective<O extends Pick<Objective, 'id'>, A extends Pick<Action, 'objective'>>(
  objectives: readonly O[],
  actions: readonly A[],
): ObjectiveGroup<O, A>[] {
  return objectives.map((objective) => ({ objective, actions: actions.filter((a) => a.objective === objective.id) }));
}

/** Newest first; updates on the same day keep the order the editor wrote them. */
export function updatesNewestFirst(updates: readonly ProgressUpdate[]): ProgressUpdate[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => b.update.date.localeCompare(a.update.date) || a.index - b.index)
    .map(({ update }) => update);
}

export function latestUpdate(action: Pick<Action, 'updates'>): ProgressUpdate | undefined {
  return updatesNewestFirst(action.updates)[0];
}

export type ActionUpdate<A extends Pick<Action, 'updates'> = Action> = ProgressUpdate & { action: A };

/** Every progress update of every action, newest first (ties in action number order). */
export function allUpdatesNewestFirst<A extends Pick<Action, 'updates'>>(actions: readonly A[]): ActionUpdate<A>[] {
  return actions
    .flatMap((action) => action.updates.map((update) => ({ ...update, action })))
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** An action agreed at a meeting: done, overdue (past its due date and not done) or open. */
export function arisingState(arising: { due: string; done: boolean }, today: Date): 'done' | 'overdue' | 'open' {
  if (arising.done) return 'done';
  return parseTimescale(arising.due).due!.getTime() < today.getTime() ? 'overdue' : 'open';
}
