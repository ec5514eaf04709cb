/**
 * Every action row with its key (lib/action-plan/keys.ts), for the rules that need keys before the
 * content is assembled (unique addresses, meetings' references) and for the assembly itself. A
 * row's position-based key needs its objective's number, so rows whose objective is unknown (a
 * problem another rule reports) are left out.
 */
import { actionKey } from '../lib/action-plan/keys.ts';
import type { ActionRow } from '../schemas/actions.ts';
import type { SourceFile } from './source-file.ts';
import type { LoadedFiles } from './types.ts';

export interface KeyedRow {
  row: ActionRow;
  key: string;
  /** Its index in the file's `actions:` list, from 0. */
  index: number;
  /** Its place among its objective's actions, from 1. */
  position: number;
  objective: string;
  objectiveNumber: number;
  source: SourceFile;
}

export function keyedActionRows(files: LoadedFiles): KeyedRow[] {
  const numbers = new Map(files.objectives.flatMap((f) => f.data ?? []).map((o) => [o.id, o.number]));
  return files.actions.flatMap((f) => {
    if (!f.data) return [];
    const objective = f.data.objective;
    const objectiveNumber = numbers.get(objective);
    if (objectiveNumber === undefined) return [];
    return f.data.actions.map((row, index) => ({
      row,
      key: actionKey(row, objectiveNumber, index + 1),
      index,
      position: index + 1,
      objective,
      objectiveNumber,
      source: f.source,
    }));
  });
}
