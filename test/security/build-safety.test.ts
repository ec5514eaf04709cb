/**
 * Build safety with real builds (issue 13, class 11), of the minimal council in a throw-away copy of
 * the project: two builds started at once both finish and leave a complete dist/; a build killed at
 * random moments (its whole process group, Pagefind's helper too) leaves dist/ a complete site every
 * time, and the next build still works. "Complete" means: every page of a reference build, its
 * search index, and nothing half-written beside dist/ once the next build has tidied up.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedSite } from '../../src/cli/build/publish.ts';
import { htmlPages } from '../../src/cli/built-site/files.ts';
import { commandLineEnv } from '../support/command-line-env.ts';
import { MINIMAL } from '../support/paths.ts';
import { projectCopy } from '../support/run-build.ts';
import { TEST_BUILD_DATE } from '../support/test-date.ts';
import { withBuildLock } from '../support/test-sites.ts';

interface Started {
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>;
  kill: () => void;
}

function startBuild(root: string): Started {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: commandLineEnv({ CONTENT_DIR: MINIMAL, BUILD_DATE: TEST_BUILD_DATE }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a kill takes Pagefind's helper process with it, as a stopped CI job would.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    done: new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal, output }))),
    kill: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // It had finished already.
      }
    },
  };
}

const pagesOf = (site: string): string[] => htmlPages(site).map((page) => page.url);

/** What a complete site holds: every page the reference build has, and its search index. */
function expectComplete(dist: string, reference: string[]): void {
  expect(existsSync(path.join(dist, 'index.html')), 'dist/ has no home page').toBe(true);
  expect(pagesOf(dist)).toEqual(reference);
  expect(existsSync(path.join(dist, 'pagefind/pagefind.js')), 'dist/ has no search index').toBe(true);
  expect(existsSync(path.join(dist, 'sitemap-index.xml')) || existsSync(path.join(dist, 'sitemap.xml'))).toBe(true);
}

describe('builds that overlap or are stopped never leave an incomplete dist/', () => {
  let root: string;
  let dist: string;
  let reference: string[];
  let seconds: number;

  beforeAll(async () => {
    root = projectCopy();
    dist = path.join(root, 'dist');
    // Timed from when it holds the lock: a wait for another build's lock counted in made the kill
    // moments so late, on a busy start of npm test (97.6 s for a 9 s build), that no build was killed.
    const first = await withBuildLock(async () => {
      const started = Date.now();
      const done = await startBuild(root).done;
      seconds = (Date.now() - started) / 1000;
      return done;
    });
    expect(first.status, first.output).toBe(0);
    reference = pagesOf(dist);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('built a site to compare with', () => {
    expect(reference).toContain('/');
    expect(reference.length).toBeGreaterThan(10);
  });

  it('a build killed at random moments leaves dist/ a complete site each time', async () => {
    // Half the moments anywhere in a build, half near its end, where it publishes. (Six moments
    // made this the costliest file of npm test after the browser crawls: four find the same.)
    const moments = [0.1, 0.5, 0.95, 1.05].map((at) => at * seconds * (0.85 + Math.random() * 0.3));
    const outcomes: string[] = [];
    await withBuildLock(async () => {
      for (const at of moments) {
        const before = publishedSite(dist);
        const build = startBuild(root);
        const timer = setTimeout(build.kill, at * 1000);
        const result = await build.done;
        clearTimeout(timer);
        const published = publishedSite(dist) === before ? 'old site kept' : 'new site published';
        outcomes.push(`${at.toFixed(1)} s: ${result.signal ? 'killed' : `finished (${result.status})`}, ${published}`);
        expectComplete(dist, reference);
      }
    });
    console.log(`Build of the minimal council: ${seconds.toFixed(1)} s; kills: ${outcomes.join(', ')}`);
    expect(outcomes.some((o) => o.includes('killed'))).toBe(true);
    expectComplete(dist, reference);
  });

  // After the killed builds: the two that follow show too that the next build after a kill works
  // and tidies up what the killed ones left.
  it('two builds started at once both succeed, one after the other, and dist/ is complete', async () => {
    const [a, b] = await withBuildLock(() => Promise.all([startBuild(root).done, startBuild(root).done]));
    expect([a.status, b.status], `${a.output}\n---\n${b.output}`).toEqual([0, 0]);
    // One of them waited for the other: they never shared Astro's caches or a folder.
    expect(`${a.output}${b.output}`).toContain('Another build is running');
    expectComplete(dist, reference);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist-'))).toHaveLength(1);
  });
});
