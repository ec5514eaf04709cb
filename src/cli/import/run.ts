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
import { errorsWith, writeAndCheck } from './commit.ts';
import path from 'node:path';

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
    const fileName = path.basename(args.file);
    const errors = importErrors(result.problems);
    stdout.push(...result.lines);
    if (args.dryRun) stdout.push(...result.details);
    if (result.problems.length > 0) stdout.push('', ...result.problems.map(formatImportProblem));
    if (errors.length > 0) {
      stderr.push(
        `✗ ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${fileName}. Nothing was written: fix each cell above, then run the import again.`,
      );
      return { status: 1, stdout, stderr };
    }
    if (result.changes.length === 0) {
      stdout.push('', `✓ No changes: the content already matches ${fileName}.`);
      return { status: 0, stdout, stderr };
    }
    const shownRoot = path.basename(path.resolve(contentDir));
    const files = result.changes.map((c) => `${shownRoot}/${c.relative}`);
    stdout.push('', `Changes to ${files.join(', ')}:`, ...result.summary);
    const wouldFail = errorsWith(contentDir, result.changes, today);
    if (wouldFail.length > 0) {
      stdout.push('', ...wouldFail);
      stderr.push(
        `✗ With these changes the content would have ${wouldFail.length} ${wouldFail.length === 1 ? 'error' : 'errors'} (above). Nothing was written: fix the file or the content, then run the import again.`,
      );
      return { status: 1, stdout, stderr };
    }
    if (args.dryRun) {
      stdout.push('', 'Nothing was written (--dry-run). Run the same command without --dry-run to make these changes.');
      return { status: 0, stdout, stderr };
    }
    const checked = writeAndCheck(contentDir, result.changes);
    stdout.push('', ...files.map((f) => `✓ Wrote ${f}.`), 'Checking the content:', ...checked.lines);
    return { status: checked.ok ? 0 : 1, stdout, stderr };
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
