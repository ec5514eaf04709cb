/**
 * What the site says about actions: whether one is overdue, how actions group by objective and
 * status, and their progress updates newest first. Overdue is judged against a date the caller
 * passes (the build date), so tests can fix it.
 */
import { ACTION_STATUSES, type ActionStatus, type ProgressUpdate } from '../schemas/actions.ts';
import type { Action, Objective } from '../loader/model.ts';
import { parseTimescale } from './timescale.ts';

/**
 * True when the action's timescale has passed and it is not complete. "ongoing" has no end, so it
 * is never overdue. An action is due by the end of its last day, so it is overdue from the day after.
 */
export function isOverdue(action: Pick<Action, 'timescale' | 'status'>, today: Date): boolean {
  if (action.status === 'complete') return false;
  const { due } = parseTimescale(action.timescale);
  return due !== undefined && due.getTime() < today.getTime();
}

/** "on track" → "On track", for tags and headings. */
export function statusLabel(status: ActionStatus): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

/** How many actions have each status, in the order the site lists statuses (zeros kept). */
export function countByStatus(actions: readonly Pick<Action, 'status'>[]): { status: ActionStatus; count: number }[] {
  return ACTION_STATUSES.map((status) => ({ status, count: actions.filter((a) => a.status === status).length }));
}

export interface ObjectiveGroup<A extends Pick<Action, 'objective'>> {
  objective: Objective;
  actions: A[];
}

/** Actions under their objectives, in objective order; objectives with no actions are kept, empty. */
export function groupByObjective<A extends Pick<Action, 'objective'>>(
  objectives: readonly Objective[],
  actions: readonly A[],
): ObjectiveGroup<A>[] {
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

export interface ActionUpdate extends ProgressUpdate {
  action: Action;
}

/** Every progress update of every action, newest first (ties in action number order). */
export function allUpdatesNewestFirst(actions: readonly Action[]): ActionUpdate[] {
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
