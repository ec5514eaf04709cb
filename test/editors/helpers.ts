/**
 * Helpers for the editors' tests: edits made the way an editor makes them (text in a file), the
 * command-line tools run as `npm run` runs them, and content in a git repository for the change
 * summary. Copies of fixture councils and the check's output come from test/support/fixture-council.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runInit, runNew, type CommandOutcome } from '../../src/cli/scaffold/commands.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { MINIMAL, PROJECT_ROOT } from '../support/paths.ts';
import { TEST_BUILD_DATE } from '../support/test-date.ts';

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

/** Runs an npm script's entry point as `npm run` would, with CONTENT_DIR pointing at `dir`. */
export function runScript(
  script: string,
  args: string[],
  dir: string,
  extraEnv: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: TEST_BUILD_DATE, ...extraEnv },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `npm run new` or `npm run init` as runScript would run them, in this process: what the command
 * prints and exits with is src/cli/scaffold/commands.ts, which its script only hands the command
 * line to. (test/editors/scaffold.test.ts and test/new-council/init.test.ts run the scripts
 * themselves.) Spares the most-run commands a Node process each (issue 15).
 */
export function runCommand(
  command: 'new' | 'init',
  args: string[],
  dir: string,
  extraEnv: Record<string, string> = {},
): CommandOutcome {
  const env = { ...process.env, CONTENT_DIR: dir, BUILD_DATE: TEST_BUILD_DATE, ...extraEnv };
  return command === 'new' ? runNew(args, env) : runInit(args, env, PROJECT_ROOT);
}

/** Runs git in `cwd` with a fixed identity, so commits work on any machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** A new git repository holding a copy of `from` as `content/`, committed: returns the `content/` folder. */
export function repoWithContent(from: string = MINIMAL): string {
  const dir = copyCouncil({ from });
  const repo = path.dirname(dir);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Content as published');
  return dir;
}
