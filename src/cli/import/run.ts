/**
 * The whole of `npm run import`: loads the council's content (its roles, objectives, codes and saved
 * mappings), reads the file, and prints what it found and every problem, each at its cell.
 */
import { loadContent } from '../../loader/load-content.ts';
import { errorsIn } from '../../loader/problems.ts';
import { toIsoDate } from '../../lib/calendar/index.ts';
import { importActions } from './actions-command.ts';
import { parseImportArgs } from './args.ts';
import { importComparators } from './comparators-command.ts';
import { formatImportProblem, importErrors, ImportUsageError } from './problems.ts';

export interface RunResult {
  status: number;
  stdout: string[];
  stderr: string[];
}

export async function runImport(argv: readonly string[], contentDir: string, today: Date): Promise<RunResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  try {
    const args = parseImportArgs(argv);
    const { content, problems } = loadContent(contentDir, { today });
    if (!content) {
      const count = errorsIn(problems).length;
      throw new ImportUsageError(
        `The content has ${count} ${count === 1 ? 'problem' : 'problems'}. Run npm run check, fix them, then try again.`,
      );
    }
    const result =
      args.kind === 'actions'
        ? await importActions(content, contentDir, args, toIsoDate(today))
        : await importComparators(content, contentDir, args);
    const errors = importErrors(result.problems);
    stdout.push(...result.lines);
    if (result.problems.length > 0) stdout.push('', ...result.problems.map(formatImportProblem));
    if (errors.length > 0) {
      stderr.push(
        `✗ ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${args.file.split(/[\\/]/).at(-1)}. Nothing was written: fix each cell above, then run the import again.`,
      );
      return { status: 1, stdout, stderr };
    }
    stdout.push('', '✓ The file reads cleanly. Nothing was written: this version of the importer only reads.');
    return { status: 0, stdout, stderr };
  } catch (error) {
    if (!(error instanceof ImportUsageError)) throw error;
    stderr.push(`✗ ${error.message}`);
    return {
      status: error.message.startsWith('Say ') || error.message.includes('is not an option') ? 2 : 1,
      stdout,
      stderr,
    };
  }
}
