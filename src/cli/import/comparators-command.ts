/** `npm run import -- comparators …`: reads a DfE file and says each year's England, region and neighbours. */
import path from 'node:path';
import type { Content } from '../../loader/model.ts';
import type { ImportArgs } from './args.ts';
import type { Grid } from './cells.ts';
import type { CommandResult } from './actions-command.ts';
import { describeComparatorYear } from './describe.ts';
import { findMapping } from './mapping.ts';
import { ImportUsageError, importErrors } from './problems.ts';
import { planComparatorWrites } from './write-comparators.ts';
import { readComparators, type ReadComparators } from './read-comparators.ts';
import { readTables } from './read-file.ts';

export async function readComparatorFile(
  content: Content,
  contentDir: string,
  args: ImportArgs,
): Promise<ReadComparators & { file: string }> {
  if (!content.indicators.some((i) => i.id === args.indicator)) {
    throw new ImportUsageError(
      `there is no indicator "${args.indicator}" in indicators.yaml: use one of ${content.indicators.map((i) => i.id).join(', ')}`,
    );
  }
  const mapping = findMapping(content, args.mapping, 'comparators');
  const [grid] = (await readTables(args.file, undefined, ['.csv'])) as [Grid];
  const read = readComparators(grid, {
    measure: args.column!,
    filters: args.filters,
    codes: {
      region_code: content.site.codes?.region_code,
      statistical_neighbours: content.site.statistical_neighbours,
      average: content.site.statistical_neighbours_average,
    },
    mapping,
    mappingFile: mapping?.file ?? `${path.basename(contentDir)}/imports/<name>.yaml`,
  });
  return { ...read, file: grid.file };
}

export async function importComparators(
  content: Content,
  contentDir: string,
  args: ImportArgs,
): Promise<CommandResult> {
  const read = await readComparatorFile(content, contentDir, args);
  const lines = [
    `Read ${args.column} for ${read.years.length} ${read.years.length === 1 ? 'year' : 'years'} from ${read.file}:`,
  ];
  lines.push(...read.years.map(describeComparatorYear));
  const result: CommandResult = { lines, details: [], problems: read.problems, changes: [], summary: [] };
  if (importErrors(read.problems).length > 0) return result;
  const planned = planComparatorWrites(content, contentDir, args.indicator!, read.years, read.file);
  result.problems.push(...planned.problems);
  result.changes.push(...planned.changes);
  result.summary.push(...planned.summary);
  return result;
}
