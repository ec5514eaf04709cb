/**
 * Gives each imported row the id of the action it already is, so ids stay stable across imports:
 * first by the tracker's reference (when it is an action number such as "1.4", or "4" under
 * objective 1), then by the closest wording among the actions not yet matched.
 */
import type { ImportedAction } from './read-actions.ts';

export interface ExistingAction {
  id: string;
  action: string;
  /** Its position in the file's list of actions. */
  index: number;
}

export interface Match {
  row: ImportedAction;
  /** The existing action, or undefined for a new one. */
  existing?: ExistingAction;
  /** How it was matched, for the summary. */
  by?: 'reference' | 'wording';
}

/** The action number a reference stands for under objective `number`, if it is one. */
export function idFromRef(ref: string | undefined, number: number): string | undefined {
  if (!ref) return undefined;
  const whole = /^(\d+)\.(\d+)$/.exec(ref.trim());
  if (whole && Number(whole[1]) === number) return `${number}.${Number(whole[2])}`;
  const own = /^(\d+)$/.exec(ref.trim());
  if (own) return `${number}.${Number(own[1])}`;
  return undefined;
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2),
  );
}

/** How alike two wordings are, from 0 to 1 (the share of words they have in common). */
export function likeness(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  if (x.size === 0 || y.size === 0) return 0;
  const shared = [...x].filter((w) => y.has(w)).length;
  return (2 * shared) / (x.size + y.size);
}

/** Wordings at least this alike are taken to be the same action, reworded. */
export const CLOSE = 0.6;

export function matchActions(
  rows: readonly ImportedAction[],
  existing: readonly ExistingAction[],
  objectiveNumber: number,
): Match[] {
  const taken = new Set<string>();
  const matches: Match[] = rows.map((row) => {
    const id = idFromRef(row.ref, objectiveNumber);
    const found = id === undefined ? undefined : existing.find((e) => e.id === id && !taken.has(e.id));
    if (found) {
      taken.add(found.id);
      return { row, existing: found, by: 'reference' as const };
    }
    return { row };
  });
  for (const match of matches) {
    if (match.existing) continue;
    // A row whose reference names a number that is free stays new, unless its words match closely.
    const best = existing
      .filter((e) => !taken.has(e.id))
      .map((e) => ({ e, score: likeness(match.row.action, e.action) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= CLOSE) {
      taken.add(best.e.id);
      match.existing = best.e;
      match.by = 'wording';
    }
  }
  return matches;
}
