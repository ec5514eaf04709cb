/**
 * What changed in one action between two versions of the content: each of its fields, and its
 * progress updates added, removed or edited. Leads, status and timescale have sections of their own
 * in the summary (diff.ts); every other field an action holds is compared here, so that an edit to
 * any of them reaches the reviewer.
 */
import type { Action, ProgressUpdate, ReportedStatus } from '../../loader/model.ts';

/** The fields compared here, as an editor writes them in the action's file. */
export const ACTION_FIELDS = [
  'ref',
  'action',
  'young_people.title',
  'outcome',
  'partners',
  'plans',
  'percent_complete',
  'indicators',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

/** A field's value as plain data, to compare and to word. */
export function fieldValue(action: Action, field: ActionField): string | number | readonly string[] | undefined {
  switch (field) {
    case 'young_people.title':
      return action.young_people?.title;
    case 'plans':
      return action.plans.map((p) => (p.url === undefined ? p.title : `${p.title} ${p.url}`));
    default:
      return action[field];
  }
}

export interface FieldChange {
  action: Action;
  /** The action as it was. */
  was: Action;
  field: ActionField;
}

/** The fields whose value differs; `skip` leaves out those another section already reports. */
export function fieldChanges(was: Action, action: Action, skip: readonly ActionField[] = []): FieldChange[] {
  return ACTION_FIELDS.filter(
    (field) =>
      !skip.includes(field) && JSON.stringify(fieldValue(was, field)) !== JSON.stringify(fieldValue(action, field)),
  ).map((field) => ({ action, was, field }));
}

/** A status as the council reports it: its label, else its state; undefined when none is reported. */
export const statusWords = (s: ReportedStatus): string | undefined => s.statusLabel?.label ?? s.status;

/** Everything an update records, so that an edit to any of it counts. */
const updateKey = (u: ProgressUpdate): string =>
  JSON.stringify([u.date, u.text ?? null, statusWords(u) ?? null, u.percent_complete ?? null]);

export interface UpdateChanges {
  added: ProgressUpdate[];
  removed: ProgressUpdate[];
  /** Updates on the same date whose words, status or percent complete changed. */
  edited: { update: ProgressUpdate; was: ProgressUpdate }[];
}

/**
 * The updates of one action, compared. An update kept exactly is no change. Of the rest, an old and a
 * new update on the same date are one update edited (paired in the order written); the others were
 * added or removed. Each list is oldest first.
 */
export function updateChanges(before: readonly ProgressUpdate[], after: readonly ProgressUpdate[]): UpdateChanges {
  const unmatched = new Map<string, number>();
  for (const u of before) unmatched.set(updateKey(u), (unmatched.get(updateKey(u)) ?? 0) + 1);
  const fresh: ProgressUpdate[] = [];
  for (const u of after) {
    const left = unmatched.get(updateKey(u)) ?? 0;
    if (left > 0) unmatched.set(updateKey(u), left - 1);
    else fresh.push(u);
  }
  const gone: ProgressUpdate[] = [];
  for (const u of before) {
    const left = unmatched.get(updateKey(u)) ?? 0;
    if (left > 0) {
      unmatched.set(updateKey(u), left - 1);
      gone.push(u);
    }
  }
  const byDate = (a: ProgressUpdate, b: ProgressUpdate): number => a.date.localeCompare(b.date);
  const changes: UpdateChanges = { added: [], removed: [], edited: [] };
  const goneOn = Map.groupBy(gone, (u) => u.date);
  for (const update of fresh) {
    const was = goneOn.get(update.date)?.shift();
    if (was) changes.edited.push({ update, was });
    else changes.added.push(update);
  }
  changes.removed = [...goneOn.values()].flat();
  changes.added.sort(byDate);
  changes.removed.sort(byDate);
  changes.edited.sort((a, b) => byDate(a.update, b.update));
  return changes;
}

/**
 * Actions whose key changed but that are plainly the same action: removed under one key and added
 * under another in the same objective, with the same words. Their address moves.
 */
export function renumbered(removed: readonly Action[], added: readonly Action[]): { was: Action; action: Action }[] {
  const pairs: { was: Action; action: Action }[] = [];
  const taken = new Set<Action>();
  for (const action of added) {
    const was = removed.find(
      (old) => !taken.has(old) && old.objective === action.objective && old.action === action.action,
    );
    if (!was) continue;
    taken.add(was);
    pairs.push({ was, action });
  }
  return pairs;
}
