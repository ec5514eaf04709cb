/**
 * Test helpers for content fixtures. A bad-input fixture is a folder holding only the file(s) it
 * breaks; it is laid over a copy of the minimal valid council so each fixture shows one mistake.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/loader/load-content.ts';
import { errorsIn, formatProblem, sortProblems } from '../../src/loader/problems.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MINIMAL = path.join(ROOT, 'test/fixtures/minimal/content');
export const TODAY = new Date(Date.UTC(2026, 10, 22));

/** A fresh copy of the minimal council, with `overlay` (a folder holding a `content/` tree) laid over it. */
export function contentWithOverlay(overlay?: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-content-')), 'content');
  cpSync(MINIMAL, dir, { recursive: true });
  if (overlay) cpSync(path.join(overlay, 'content'), dir, { recursive: true });
  return dir;
}

/** The errors an editor would see for `dir`, one formatted line each, in file order. */
export function errorLines(dir: string): string {
  const { problems } = loadContent(dir, { today: TODAY });
  return sortProblems(errorsIn(problems)).map(formatProblem).join('\n');
}
