/**
 * `npm run import -- actions …`: reads a tracker and says what it found, or every cell it could not read.
 */

import type { Content } from '../../loader/model.ts';
import type { ImportArgs } from './args.ts';
import { describeAction, describeColumns } from './describe.ts';
import { findMapping } from './mapping.ts';
import { ImportUsageError, type ImportProblem } from './problems.ts';
import { readFileAsActions } from './actions-reading.ts';

export interface CommandResult {
  lines: string[];
  problems: ImportProblem[];
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
  lines.push(...read.actions.map(describeAction));
  return { lines, problems: read.problems };
}
