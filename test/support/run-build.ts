/**
 * Runs `npm run build` (scripts/build.ts) as a child process, the way editors and CI run it, and
 * returns its exit code and output. `root` may be a throw-away copy of the project (projectCopy),
 * so a test can break a page without touching the real source.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandLineEnv } from './command-line-env.ts';
import { PROJECT_ROOT } from './paths.ts';
import { TEST_BUILD_DATE } from './test-date.ts';

export interface BuildRun {
  status: number | null;
  output: string;
}

export function runBuild(env: Record<string, string>, root: string = PROJECT_ROOT): BuildRun {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    // An editor's environment, not Vitest's: the content gate steps aside when VITEST is set.
    env: commandLineEnv({ BUILD_DATE: TEST_BUILD_DATE, ...env }),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of the project's sources in a temporary folder, sharing node_modules by a link. */
export function projectCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cp-project-'));
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
