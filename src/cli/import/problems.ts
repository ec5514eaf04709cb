/**
 * A problem found in an imported file, pinned to the cell an editor can open: `plan.xlsx!Actions:C7`
 * (a workbook: file, sheet, cell) or `figures.csv:C7` (a CSV file has no sheets). Each message says
 * what is wrong, then, after a dash, how to fix it.
 */

export interface ImportProblem {
  /** `plan.xlsx!Actions:C7`, `figures.csv:C7`, or the file alone when no cell is to blame. */
  where: string;
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
  severity: 'error' | 'note';
}

export function formatImportProblem(problem: ImportProblem): string {
  const prefix = problem.severity === 'note' ? 'note: ' : '';
  return `${problem.where}  ${prefix}${problem.what} — ${problem.fix}`;
}

export function importErrors(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** A mistake in the command itself (an unknown option, a missing file), explained. */
export class ImportUsageError extends Error {}
