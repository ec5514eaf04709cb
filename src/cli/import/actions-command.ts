/**
 * `npm run import -- actions …`: reads a tracker, then plans the changes to the objective's actions file.
 */
import type { Content } from '../../loader/model.ts';
import type { ImportArgs } from './args.ts';
import { describeAction, describeColumns } from './describe.ts';
import { findMapping } from './mapping.ts';
import { ImportUsageError, importErrors, type ImportProblem } from './problems.ts';
import { readFileAsActions } from './actions-reading.ts';
import { planActionWrite, type FileChange } from './write-actions.ts';

export interface CommandResult {
  /** What was read, said in words. */
  lines: string[];
  /** Read details for --dry-run: one line per row. */
  details: string[];
  problems: ImportProblem[];
  changes: FileChange[];
  /** What the changes do, one line each. */
  summary: string[];
}

export async function importActions(
  content: Content,
  contentDir: string,
  args: ImportArgs,
  today: string,
): Promise<CommandResult> {
  const objective = content.objectives.find((o) => o.id === args.objective || String(o.number) === args.objective);
  if (!objective) {
    throw new ImportUsageError(
      `there is no objective "${args.objective}": use one of ${content.objectives.map((o) => `${o.number} (${o.id})`).join(', ')}`,
    );
  }
  const mapping = findMapping(content, args.mapping, 'actions');
  const read = await readFileAsActions(content, contentDir, args, mapping, today);
  const lines = [
    `Read ${read.actions.length} ${read.actions.length === 1 ? 'action' : 'actions'} for objective ${objective.number} (${objective.id}) from ${read.where}.`,
  ];
  if (read.plan) lines.push(...describeColumns(read.grid, read.plan));
  const result: CommandResult = {
    lines,
    details: read.actions.map(describeAction),
    problems: read.problems,
    changes: [],
    summary: [],
  };
  if (!read.plan || importErrors(read.problems).length > 0) return result;
  const planned = planActionWrite(content, contentDir, objective, read.grid, read.actions);
  result.problems.push(...planned.problems);
  if (planned.change) result.changes.push(planned.change);
  result.summary.push(...planned.summary);
  return result;
}
