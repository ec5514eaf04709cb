/**
 * All or nothing: the planned files are first written into a copy of the content and checked there.
 * Only when that copy passes the check are they written for real; then the check runs on the real
 * content, so an import ends as every change does.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../../loader/load-content.ts';
import { errorsIn, formatProblem, sortProblems } from '../../loader/problems.ts';
import { reportContentProblems } from '../../loader/report.ts';
import type { FileChange } from './write-actions.ts';

function writeAll(dir: string, changes: readonly FileChange[]): void {
  for (const change of changes) {
    const full = path.join(dir, change.relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, change.text);
  }
}

/** The errors the content would have with the changes made, as the check prints them. */
export function errorsWith(contentDir: string, changes: readonly FileChange[], today: Date): string[] {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'import-check-')), path.basename(path.resolve(contentDir)));
  try {
    cpSync(contentDir, copy, { recursive: true });
    writeAll(copy, changes);
    return sortProblems(errorsIn(loadContent(copy, { today }).problems)).map(formatProblem);
  } finally {
    rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}

/** Writes the changes and runs the check; returns whether the check passed, and what it printed. */
export function writeAndCheck(contentDir: string, changes: readonly FileChange[]): { ok: boolean; lines: string[] } {
  writeAll(contentDir, changes);
  const lines: string[] = [];
  const ok = reportContentProblems(contentDir, (line) => lines.push(line));
  return { ok, lines };
}
