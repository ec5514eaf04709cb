/**
 * Helpers for the editors' tests: fresh copies of the content to change, edits made the way an editor
 * makes them (text in a file), and the check's output as an editor reads it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/loader/load-content.ts';
import { formatProblem, sortProblems } from '../../src/loader/problems.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MINIMAL = path.join(ROOT, 'test/fixtures/minimal/content');
export const EXAMPLE = path.join(ROOT, 'content');
/** The date the tests judge staleness by, as the site build in the tests does. */
export const TODAY = new Date(Date.UTC(2026, 10, 22));

/** A fresh copy of some content in a temporary folder: returns its `content/` folder. */
export function copyContent(from: string = MINIMAL): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'editors-')), 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Replaces the one occurrence of `find` in a content file, failing if it is not there exactly once. */
export function edit(dir: string, file: string, find: string, replace: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  const count = text.split(find).length - 1;
  if (count !== 1) throw new Error(`expected "${find}" once in ${file}, found it ${count} times`);
  writeFileSync(full, text.replace(find, replace));
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(path.join(dir, file), text);
}

/** Every problem as the check prints it, errors and warnings, in file order. */
export function problemLines(dir: string, today: Date = TODAY): string[] {
  return sortProblems(loadContent(dir, { today }).problems).map(formatProblem);
}

export function warningLines(dir: string, today: Date = TODAY): string[] {
  return problemLines(dir, today).filter((line) => line.includes('  warning: '));
}

export function errorLines(dir: string, today: Date = TODAY): string[] {
  return problemLines(dir, today).filter((line) => !line.includes('  warning: '));
}

/** Runs an npm script's entry point as `npm run` would, with CONTENT_DIR pointing at `dir`. */
export function runScript(
  script: string,
  args: string[],
  dir: string,
  extraEnv: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: '2026-11-22', ...extraEnv },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs git in `cwd` with a fixed identity, so commits work on any machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** A new git repository holding a copy of `from` as `content/`, committed: returns the `content/` folder. */
export function repoWithContent(from: string = MINIMAL): string {
  const dir = copyContent(from);
  const repo = path.dirname(dir);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Content as published');
  return dir;
}
