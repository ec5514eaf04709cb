/** Opens a tracker and reads its action rows, with the mapping and roles of the council. */
import path from 'node:path';
import { statusScale } from '../../lib/action-plan/status-scale.ts';
import type { Content, SavedImport } from '../../loader/model.ts';
import type { ImportArgs } from './args.ts';
import type { Grid } from './cells.ts';
import { readActions, type ReadActions } from './read-actions.ts';
import { readTables } from './read-file.ts';
import { ImportUsageError } from './problems.ts';

export interface ActionsRead extends ReadActions {
  grid: Grid;
  /** `plan.xlsx!Action plan` or `plan.csv`, for the summary. */
  where: string;
}

export async function readFileAsActions(
  content: Content,
  contentDir: string,
  args: ImportArgs,
  mapping: Extract<SavedImport, { kind: 'actions' }> | undefined,
  today: string,
): Promise<ActionsRead> {
  const grids = await readTables(args.file, args.sheet ?? mapping?.sheet);
  const mappingFile = mapping?.file ?? `${path.basename(contentDir)}/imports/${args.mapping ?? '<name>'}.yaml`;
  const options = {
    roles: content.roles,
    mapping,
    mappingFile,
    year: args.year,
    today: args.date ?? today,
    scale: statusScale(content.site.action_plan.statuses),
  };
  const reads = grids.map((grid) => ({ grid, read: readActions(grid, options) }));
  // Without --sheet, the table is on the one sheet whose headings the importer recognises.
  const tables = reads.length === 1 ? reads : reads.filter((r) => r.read.plan);
  if (tables.length > 1) {
    throw new ImportUsageError(
      `${grids[0]!.file} has an action table on ${tables.length} sheets (${tables.map((t) => `"${t.grid.sheet}"`).join(', ')}): say which to read with --sheet "<name>"`,
    );
  }
  const { grid, read } = tables[0] ?? reads[0]!;
  return { ...read, grid, where: grid.sheet === undefined ? grid.file : `${grid.file}!${grid.sheet}` };
}
