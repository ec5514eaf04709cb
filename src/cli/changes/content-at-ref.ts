/**
 * The content folder as it was at a git ref, written out to a temporary folder so that the ordinary
 * loader can read it. Uses `git ls-tree` and `git show` only: no checkout, and the working tree is
 * never touched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export class GitRefError extends Error {}

function git(cwd: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface ContentAtRef {
  /** The content folder as it was at the ref (empty when it did not exist then). */
  dir: string;
  /** How many files it held. */
  files: number;
  /** Removes the temporary folder. */
  dispose(): void;
}

/** Writes the files of `contentDir` as they were at `ref` into a new temporary folder. */
export function contentAtRef(contentDir: string, ref: string): ContentAtRef {
  const absolute = path.resolve(contentDir);
  let root: string;
  try {
    root = git(absolute, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch {
    throw new GitRefError(`${contentDir} is not inside a git repository, so there is nothing to compare with`);
  }
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new GitRefError(
      `"${ref}" is not a branch, tag or commit in this repository: give one such as main or origin/main (run "git fetch" first if it is on the server)`,
    );
  }
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  const listed = git(root, ['ls-tree', '-r', '-z', '--name-only', ref, '--', relative]).toString();
  const paths = listed.split('\0').filter(Boolean);

  const temp = mkdtempSync(path.join(tmpdir(), 'content-at-ref-'));
  const dir = path.join(temp, path.basename(absolute));
  mkdirSync(dir, { recursive: true });
  for (const file of paths) {
    const target = path.join(dir, path.relative(relative, file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, git(root, ['show', `${ref}:${file}`]));
  }
  return { dir, files: paths.length, dispose: () => rmSync(temp, { recursive: true, force: true }) };
}
