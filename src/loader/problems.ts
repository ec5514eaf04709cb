/**
 * A problem found in the content, pinned to a place an editor can open: `content/x.yaml:12:5`.
 * Errors stop the build; warnings are printed and the build goes on.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path shown to editors, relative to the folder that holds `content/`. */
  file: string;
  line: number;
  col: number;
  message: string;
  severity: Severity;
}

export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.col}  ${prefix}${problem.message}`;
}

/** Sorts by file, then position, so the report reads top to bottom like the files. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}

export function errorsIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** Thrown by `getContent()` when the content has errors, with every problem in its message. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const errors = errorsIn(problems);
    super(
      `The content has ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}:\n` +
        sortProblems(errors).map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
