/**
 * Gives each imported row the action it already is, so ids and addresses stay stable across imports:
 * first by the tracker's reference (the action's own `ref`, in any format: "4.01.01", "A3"; or, for an
 * action without one, its key: "1.4", or "4" under objective 1), then by the closest wording among
 * the actions not yet matched. Ids are only ever given by the importer or written by hand to pin an
 * address: the importer never asks an editor to invent one.
 */
import type { ImportedAction } from './read-actions.ts';

export interface ExistingAction {
  /** Its key (lib/action-plan/keys.ts): the id written, else its ref, else "objective.position". */
  key: string;
  /** The `id` the file writes, when it writes one. */
  id?: string | undefined;
  /** The `ref` the file writes, when it writes one. */
  ref?: string | undefined;
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

/** The action number a bare or dotted reference stands for under objective `number` ("4" → "1.4", "1.4" → "1.4"). */
export function idFromRef(ref: string | undefined, number: number): string | undefined {
  if (!ref) return undefined;
  const whole = /^(\d+)\.(\d+)$/.exec(ref.trim());
  if (whole && Number(whole[1]) === number) return `${number}.${Number(whole[2])}`;
  const own = /^(\d+)$/.exec(ref.trim());
  if (own) return `${number}.${Number(own[1])}`;
  return undefined;
}

/** References compared as people read them: "4.01.01" is "4.01.01 ", "a3" is "A3". */
export const sameRef = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

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
  const taken = new Set<ExistingAction>();
  const free = (e: ExistingAction): boolean => !taken.has(e);
  const byRef = (row: ImportedAction): ExistingAction | undefined => {
    if (!row.ref) return undefined;
    const own = existing.find((e) => free(e) && sameRef(e.ref, row.ref));
    if (own) return own;
    // An action without a reference of its own is known by its key: "1.4", which "4" or "1.4" names.
    const key = idFromRef(row.ref, objectiveNumber) ?? row.ref.trim();
    return existing.find((e) => free(e) && e.ref === undefined && e.key === key);
  };
  const matches: Match[] = rows.map((row) => {
    const found = byRef(row);
    if (!found) return { row };
    taken.add(found);
    return { row, existing: found, by: 'reference' as const };
  });
  for (const match of matches) {
    if (match.existing) continue;
    // A row whose reference is new stays new, unless its words match an action closely.
    const best = existing
      .filter(free)
      .map((e) => ({ e, score: likeness(match.row.action, e.action) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= CLOSE) {
      taken.add(best.e);
      match.existing = best.e;
      match.by = 'wording';
    }
  }
  return matches;
}
