/**
 * One build at a time per installation. Builds share Astro's caches under node_modules/.astro (the
 * content layer's data store among them), so two builds at once could publish one council's pages
 * with the other's content, or both claim a half-written cache. A second build waits for the first.
 *
 * The lock is a file holding its owner's process id, made in one step (a hard link to a file already
 * written, which fails when the lock exists), so no build ever sees a lock without an owner. A lock
 * whose process has gone (a build killed by the editor, a CI runner stopped) is taken over.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuildLock {
  release: () => void;
}

export interface LockOptions {
  /** Said once when the build has to wait for another. */
  onWait?: (ownerPid: number) => void;
  /** How often to look again, in milliseconds. */
  pollMs?: number;
}

/** The lock file's place: inside node_modules, which copies of the project sharing it share too. */
export const lockFileFor = (root: string): string => path.join(root, 'node_modules', '.corporate-parenting-build.lock');

function ownerOf(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits until no other build holds the lock, then holds it until `release()` (or this process ends). */
export async function acquireBuildLock(lock: string, options: LockOptions = {}): Promise<BuildLock> {
  const mine = `${lock}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  let waited = false;
  try {
    for (;;) {
      try {
        linkSync(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = ownerOf(lock);
      if (owner === undefined || !isRunning(owner)) {
        // Left by a build that was killed: nobody will release it.
        rmSync(lock, { force: true });
        continue;
      }
      if (!waited) options.onWait?.(owner);
      waited = true;
      await sleep(options.pollMs ?? 500);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  const release = (): void => {
    if (ownerOf(lock) === process.pid) rmSync(lock, { force: true });
  };
  process.once('exit', release);
  return { release };
}
