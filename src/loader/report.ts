/** Prints the content check's findings for a terminal or a CI log, and says whether it passed. */
import { contentDirFromEnv } from './content-folder.ts';
import { loadContentOnce } from './load-content.ts';
import { errorsIn, formatProblem, sortProblems } from './problems.ts';

export function reportContentProblems(
  contentDir: string = contentDirFromEnv(),
  log: (line: string) => void = console.log,
): boolean {
  // Shared with the rest of the build: `npm run build` checks, then builds from this same load.
  const { problems } = loadContentOnce(contentDir);
  // GitHub Actions runs a log line starting with "::" (after spaces) as a command; a content folder
  // could be named so. Messages themselves are one line each (formatProblem).
  for (const problem of sortProblems(problems)) log(formatProblem(problem).replace(/^(\s*)::/, '$1> ::'));
  const errors = errorsIn(problems).length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    log(
      `\n✗ ${errors} ${errors === 1 ? 'error' : 'errors'}${warnings ? ` and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''} in the content. Nothing was built. Fix each line above: it names the file, the line and the column.`,
    );
    return false;
  }
  log(`✓ Content is valid${warnings ? ` (${warnings} ${warnings === 1 ? 'warning' : 'warnings'})` : ''}.`);
  return true;
}
