/**
 * The import command's words: `actions <file> --objective <id> [--sheet <name>] …` and
 * `comparators <file> --indicator <id> --column <measure> [--filter <column>=<value> …]`.
 */
import { ImportUsageError } from './problems.ts';

export const USAGE = [
  'npm run import -- actions <file.xlsx|file.csv> --objective <id> [--sheet <name>] [--year 2025-26] [--date YYYY-MM-DD] [--mapping <name>] [--dry-run]',
  'npm run import -- comparators <file.csv> --indicator <id> --column <measure> [--filter <column>=<value> …] [--mapping <name>] [--dry-run]',
].join('\n');

export interface ImportArgs {
  kind: 'actions' | 'comparators';
  file: string;
  objective?: string;
  sheet?: string;
  year?: string;
  mapping?: string;
  date?: string;
  indicator?: string;
  column?: string;
  filters: [string, string][];
  dryRun: boolean;
}

/** The options that take a value, other than the repeatable --filter. */
type Valued = 'objective' | 'sheet' | 'year' | 'mapping' | 'date' | 'indicator' | 'column';

const ALLOWED: Record<ImportArgs['kind'], readonly string[]> = {
  actions: ['objective', 'sheet', 'year', 'mapping', 'date', 'dry-run'],
  comparators: ['indicator', 'column', 'filter', 'mapping', 'dry-run'],
};

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const [kind, ...rest] = argv;
  if (kind !== 'actions' && kind !== 'comparators') {
    throw new ImportUsageError(
      kind ? `"${kind}" is not something npm run import can read. Use:\n${USAGE}` : `Say what to import:\n${USAGE}`,
    );
  }
  const args: ImportArgs = { kind, file: '', filters: [], dryRun: false };
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (!word.startsWith('--')) {
      files.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!ALLOWED[kind].includes(name)) {
      throw new ImportUsageError(`--${name} is not an option of npm run import -- ${kind}. Use:\n${USAGE}`);
    }
    if (name === 'dry-run') {
      args.dryRun = true;
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith('--')) throw new ImportUsageError(`--${name} needs a value after it`);
    if (name === 'filter') {
      const match = /^([^=]+)=(.*)$/.exec(value);
      if (!match) throw new ImportUsageError(`--filter needs a column and a value: --filter ${value}=<value>`);
      args.filters.push([match[1]!.trim(), match[2]!.trim()]);
    } else args[name as Valued] = value;
  }
  if (files.length !== 1)
    throw new ImportUsageError(
      files.length === 0 ? `Say which file to import:\n${USAGE}` : `Give one file at a time (got ${files.join(', ')})`,
    );
  args.file = files[0]!;
  if (kind === 'actions' && !args.objective)
    throw new ImportUsageError('Say which objective the actions belong to: --objective <id>');
  if (kind === 'comparators' && !args.indicator)
    throw new ImportUsageError('Say which indicator the figures are for: --indicator <id>');
  if (kind === 'comparators' && !args.column)
    throw new ImportUsageError('Say which column of the file holds the figures: --column <measure>');
  return args;
}
