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

/**
 * One line per problem, always: a value echoed in a message (a file name, an unknown id) could hold
 * a new line or a hidden character, and a line of its own starting with "::" is a command to GitHub
 * Actions. Such characters are shown as escapes instead ("\n", "\u202E").
 */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return oneLine(`${problem.file}:${problem.line}:${problem.col}  ${prefix}${problem.message}`);
}

/** `text` with line breaks, control and hidden characters written as escapes, so it stays one line. */
export function oneLine(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this escapes
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (c) =>
      c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
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
