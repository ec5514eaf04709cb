/**
 * Builds a throw-away content folder: the valid minimal fixture with a bad-input overlay copied on
 * top. An overlay folder mirrors content/ (its files replace or add files); a `.remove` file in it
 * lists paths to delete first. The folder is named `content`, so messages read `content/…`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/loader/load-content.ts';
import { errorsIn, formatProblem, sortProblems } from '../../src/loader/problems.ts';

export const MINIMAL_CONTENT = path.resolve(import.meta.dirname, '../fixtures/minimal/content');

/** A copy of the minimal content with `overlay` applied; `prepare` may change it further. */
export function overlaidContent(overlay: string | undefined, prepare?: (contentDir: string) => void): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-bad-')), 'content');
  cpSync(MINIMAL_CONTENT, dir, { recursive: true });
  if (overlay) {
    const removals = path.join(overlay, '.remove');
    if (existsSync(removals)) {
      for (const line of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) rmSync(path.join(dir, line));
    }
    cpSync(overlay, dir, { recursive: true, filter: (from) => path.basename(from) !== '.remove' });
  }
  prepare?.(dir);
  return dir;
}

/**
 * The errors `npm run check` prints for the content, sorted, one line each. Warnings (staleness of
 * the minimal fixture's dates, for example) are left out: each fixture is about what it breaks.
 */
export function checkOutput(contentDir: string): string {
  try {
    const { problems } = loadContent(contentDir, { today: new Date('2026-11-22T00:00:00Z') });
    return sortProblems(errorsIn(problems)).map(formatProblem).join('\n');
  } finally {
    rmSync(path.dirname(contentDir), { recursive: true, force: true });
  }
}
