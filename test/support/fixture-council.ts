/**
 * The one way tests get content to change: a fresh copy of a fixture council (the minimal one unless
 * told) in a temporary folder named `content`, so messages read `content/…`, with an overlay laid
 * over it. An overlay is a folder mirroring content/ (or holding a `content/` folder that does):
 * its files replace or add files, and a `.remove` file in it lists paths to delete first. Each
 * bad-input fixture is such an overlay, holding only the file it breaks.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { loadContent, type LoadResult } from '../../src/loader/load-content.ts';
import type { ParseCache } from '../../src/loader/parse-cache.ts';
import type { Content } from '../../src/loader/model.ts';
import { errorsIn, formatProblem, sortProblems } from '../../src/loader/problems.ts';
import { MINIMAL } from './paths.ts';
import { TEST_TODAY } from './test-date.ts';

export interface CopyOptions {
  /** The council to copy (a folder such as test/fixtures/minimal/content). */
  from?: string;
  /** A folder laid over the copy. */
  overlay?: string;
  /** Changes the copy further, given its content folder. */
  prepare?: (contentDir: string) => void;
}

/** A fresh copy of a fixture council with an overlay applied: returns its `content` folder. */
export function copyCouncil(options: CopyOptions = {}): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-council-')), 'content');
  cpSync(options.from ?? MINIMAL, dir, { recursive: true });
  if (options.overlay) {
    const nested = path.join(options.overlay, 'content');
    const overlay = existsSync(nested) ? nested : options.overlay;
    const removals = path.join(overlay, '.remove');
    if (existsSync(removals)) {
      for (const line of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) {
        rmSync(path.join(dir, line), { recursive: true });
      }
    }
    cpSync(overlay, dir, { recursive: true, filter: (from) => path.basename(from) !== '.remove' });
  }
  options.prepare?.(dir);
  return dir;
}

/** Sets the minimal council's progress update "Twelve households started assessment." to `text`, in a copy's content folder. */
export function setUpdateText(contentDir: string, text: string): void {
  const actions = path.join(contentDir, 'actions/stable-homes.yaml');
  writeFileSync(
    actions,
    readFileSync(actions, 'utf8').replace(
      'text: Twelve households started assessment.',
      `text: ${JSON.stringify(text)}`,
    ),
  );
}

/** Removes a copy made by copyCouncil (its temporary parent folder too). */
export function removeCopy(contentDir: string): void {
  rmSync(path.dirname(contentDir), { recursive: true, force: true });
}

/**
 * What the one YAML/MDX reading made of each text, kept for the life of the test process, as
 * `npm run check` keeps it between runs (src/loader/parse-cache.ts): the tests copy the same council
 * again and again with one file changed, so every other file's reading is reused instead of made
 * again (issue 15: the editors' guide test alone loaded the example council some 50 times). Only a
 * text that had no problem is kept, as in the real cache, and a text a rule reports on is parsed
 * again for its positions; test/loader/parse-cache.test.ts shows cached and uncached readings give
 * the same problems over the whole bad-input corpus. Entries are copied in and out with v8's
 * serializer, as the real cache stores them, so no test can change another's reading.
 */
const readings = new Map<string, Buffer>();
const sharedReadings: ParseCache = {
  get: (text) => {
    const stored = readings.get(text);
    return stored === undefined ? undefined : deserialize(stored);
  },
  has: (text) => readings.has(text),
  set: (text, data) => void readings.set(text, serialize(data)),
  save: () => {},
  reread: () => {},
};

const load = (dir: string, today: Date): LoadResult => loadContent(dir, { today, parseCache: sharedReadings });

/** Every problem as `npm run check` prints it, errors and warnings, in file order. */
export function problemLines(dir: string, today: Date = TEST_TODAY): string[] {
  return sortProblems(load(dir, today).problems).map(formatProblem);
}

export function warningLines(dir: string, today: Date = TEST_TODAY): string[] {
  const { problems } = load(dir, today);
  return sortProblems(problems.filter((p) => p.severity === 'warning')).map(formatProblem);
}

/** The errors an editor would see for `dir`, one line each, in file order (warnings left out). */
export function errorLines(dir: string, today: Date = TEST_TODAY): string[] {
  return sortProblems(errorsIn(load(dir, today).problems)).map(formatProblem);
}

/** The errors as one text, for pinning with an inline snapshot ('' when there are none). */
export function errorText(dir: string, today: Date = TEST_TODAY): string {
  return errorLines(dir, today).join('\n');
}

/** The loaded content of a valid council, failing with the check's messages when it is not valid. */
export function loadValid(dir: string, today: Date = TEST_TODAY): Content {
  const { content, problems } = load(dir, today);
  if (!content) throw new Error(sortProblems(problems).map(formatProblem).join('\n'));
  return content;
}
