/**
 * Build safety (issue 13, class 11), step by step and without Astro: the way a finished build
 * replaces dist/ is stopped after every one of its steps, and dist/ must be a complete site each
 * time (the old one or the new one); the next build's tidy-up must leave dist/ complete as well,
 * even after the one stop that leaves no dist/ (turning an old ordinary dist/ folder into a link).
 * The lock makes a second build wait while the first is running, and takes over a lock left by a
 * build that was killed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../src/cli/build/lock.ts';
import { buildFolders, publishedSite, publishSteps, tidyBeforeBuild } from '../../src/cli/build/publish.ts';

/** A stand-in for a built site: its pages say which build made them. */
function makeSite(dir: string, name: string): void {
  mkdirSync(path.join(dir, 'pagefind'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), name);
  writeFileSync(path.join(dir, 'pagefind/pagefind.js'), name);
}

/** The build dist/ shows, when it is complete; throws when it is missing or half of something. */
function siteIn(dist: string): string {
  const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
  expect(readFileSync(path.join(dist, 'pagefind/pagefind.js'), 'utf8')).toBe(index);
  return index;
}

type Start = 'link' | 'folder' | 'nothing';

/** A project folder whose dist/ is a link (a build by this engine), an ordinary folder, or absent. */
function setUp(start: Start): { dist: string; steps: ReturnType<typeof publishSteps> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cp-publish-'));
  const dist = path.join(dir, 'dist');
  if (start === 'link') {
    const old = buildFolders(dist, '20260101-000000000Z-1');
    makeSite(old.partial, 'old');
    publishSteps(old).forEach((step) => step.run());
  } else if (start === 'folder') makeSite(dist, 'old');
  const folders = buildFolders(dist, '20260202-000000000Z-2');
  makeSite(folders.partial, 'new');
  return { dist, steps: publishSteps(folders) };
}

describe('publishing a build, stopped after each step', () => {
  const STARTS: Start[] = ['link', 'folder', 'nothing'];
  const cases = STARTS.flatMap((start) =>
    Array.from({ length: setUp(start).steps.length + 1 }, (_, done) => [start, done] as const),
  );

  it.each(cases)('dist/ was %s, stopped after %i steps: dist/ is a complete site', (start, done) => {
    const { dist, steps } = setUp(start);
    steps.slice(0, done).forEach((step) => step.run());
    const publishedAfter = steps.findIndex((s) => s.name === 'put it in place of dist') + 1;
    if (start === 'nothing' && done < publishedAfter) expect(existsSync(dist)).toBe(false);
    else expect(siteIn(dist)).toBe(done >= publishedAfter ? 'new' : 'old');

    // The next build tidies up first: dist/ is still complete, and nothing else is left beside it.
    tidyBeforeBuild(dist);
    if (start === 'nothing' && done === 0) expect(existsSync(dist)).toBe(false);
    else {
      // A complete site that was never published is published by the next build only if dist/ was missing.
      expect(['old', 'new']).toContain(siteIn(dist));
      // An old ordinary dist/ folder stays one until a build publishes.
      const linked = publishedSite(dist);
      expect(readdirSync(path.dirname(dist)).sort()).toEqual(
        [...(linked ? [path.basename(linked)] : []), 'dist'].sort(),
      );
    }
  });

  it('publishes the new build when every step has run, and keeps only it', () => {
    const { dist, steps } = setUp('link');
    steps.forEach((step) => step.run());
    expect(siteIn(dist)).toBe('new');
    expect(readdirSync(path.dirname(dist)).sort()).toEqual(['.dist-site-20260202-000000000Z-2', 'dist']);
  });

  it('after the one stop that leaves no dist/ (an old dist/ folder moved aside, not yet linked), the next build links it again', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cp-publish-'));
    const dist = path.join(dir, 'dist');
    makeSite(dist, 'old');
    renameSync(dist, path.join(dir, '.dist-site-0-previous'));
    expect(existsSync(dist)).toBe(false);
    tidyBeforeBuild(dist);
    expect(siteIn(dist)).toBe('old');
  });

  it('never touches files beside dist/ that are not its own', () => {
    const { dist, steps } = setUp('link');
    writeFileSync(path.join(path.dirname(dist), '.dist-notes'), 'mine');
    mkdirSync(path.join(path.dirname(dist), 'distant'));
    steps.forEach((step) => step.run());
    tidyBeforeBuild(dist);
    expect(readdirSync(path.dirname(dist)).sort()).toEqual([
      '.dist-notes',
      '.dist-site-20260202-000000000Z-2',
      'dist',
      'distant',
    ]);
  });
});

describe('the build lock', () => {
  it('makes a second build wait until the first releases it', async () => {
    const lock = path.join(mkdtempSync(path.join(tmpdir(), 'cp-lock-')), 'build.lock');
    const first = await acquireBuildLock(lock);
    const waitedFor: number[] = [];
    let secondHasIt = false;
    const second = acquireBuildLock(lock, { pollMs: 20, onWait: (pid) => waitedFor.push(pid) }).then((held) => {
      secondHasIt = true;
      return held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(secondHasIt).toBe(false);
    expect(waitedFor).toEqual([process.pid]);
    first.release();
    (await second).release();
    expect(secondHasIt).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose build was killed, or that holds no process id', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cp-lock-'));
    const lock = path.join(dir, 'build.lock');
    const gone = spawnSync('sh', ['-c', 'echo $$']).stdout.toString().trim();
    for (const leftover of [`${gone}\n`, '', 'not a number']) {
      writeFileSync(lock, leftover);
      const held = await acquireBuildLock(lock, { onWait: () => expect.unreachable('it waited') });
      expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
      held.release();
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
