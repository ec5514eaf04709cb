/**
 * The sites a test run builds, each once, on first use: `await testSite('second-council')` returns
 * its folder under .test-dist/. A build is shared by every test file that asks for it in the run
 * (files run in several worker processes, so a lock folder makes one of them build while the others
 * wait), and builds never overlap, because Astro's caches in the project are shared.
 *
 * A site is reused from an earlier run when nothing it is built from has changed: the engine's
 * sources, the lock file and its content (a hash of them all is kept with the site). A site whose
 * content is made in code (MADE_IN_CODE) has it written first, the same every time, into its folder
 * under .test-dist/made/, which the hash covers like any other content.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { filesUnder } from '../../src/cli/built-site/files.ts';
import { commandLineEnv } from './command-line-env.ts';
import { FIXTURES, PLEDGES_COUNCIL, PROJECT_ROOT } from './paths.ts';
import { TEST_BUILD_DATE } from './test-date.ts';

export const TEST_DIST = path.join(PROJECT_ROOT, '.test-dist');
/** Where the content of the sites made in code is written. */
const MADE = path.join(TEST_DIST, 'made');

/** Each test site and the content it is built from. */
export const TEST_SITES = {
  /** A second council, shaped differently from the example: the engine's tests over built pages use it. */
  'second-council': path.join(FIXTURES, 'second-council/content'),
  /** Action plans shaped as real councils write them: no numbers, three-level references, a Green/Amber/Red/Blue scale, a plan as at a past date. */
  'plan-shapes': path.join(FIXTURES, 'plan-shapes/content'),
  /** The second council with a year too long for one page: 67 indicators in 2026-27 (64 under one pledge), 34 exceptions. */
  'long-year': path.join(FIXTURES, 'long-year/content'),
  /** Pledges written to the child, England figures a year late and revised, co-produced young people's text. */
  'pledges-council': PLEDGES_COUNCIL,
  /** What `npm run init` writes: a new council, placeholders and all, which must build and verify. */
  'new-council': path.join(FIXTURES, 'new-council/content'),
  /**
   * Every list just longer than a page holds, so every kind of page a large council gets (issue 15):
   * made in code by test/support/long-council.ts, which says what it holds.
   */
  'long-council': path.join(MADE, 'long-council/content'),
  /** Hostile strings in every field, for the injection tests. */
  injection: path.join(FIXTURES, 'injection/content'),
  /** The example council, which `npm test` verifies as any council would verify its own build. */
  example: path.join(PROJECT_ROOT, 'content'),
} as const;

export type TestSiteName = keyof typeof TEST_SITES;

/**
 * The sites whose content is made in code: each function writes it into a fresh folder and returns
 * that folder, which is copied into the site's own (only the files that differ are written, each by
 * a rename, so a test process hashing it meanwhile never reads half a file).
 */
const MADE_IN_CODE: Partial<Record<TestSiteName, () => Promise<string>>> = {
  'long-council': async () => (await import('./long-council.ts')).longCouncil(),
};

async function writeMadeContent(name: TestSiteName): Promise<void> {
  const make = MADE_IN_CODE[name];
  if (!make) return;
  const made = await make();
  const target = TEST_SITES[name];
  mkdirSync(TEST_DIST, { recursive: true });
  const scratch = mkdtempSync(path.join(TEST_DIST, 'made-'));
  try {
    const wanted = new Set(filesUnder(made).map((file) => path.relative(made, file)));
    for (const relative of wanted) {
      const bytes = readFileSync(path.join(made, relative));
      const file = path.join(target, relative);
      if (existsSync(file) && readFileSync(file).equals(bytes)) continue;
      mkdirSync(path.dirname(file), { recursive: true });
      const next = path.join(scratch, 'next');
      writeFileSync(next, bytes);
      renameSync(next, file);
    }
    for (const file of existsSync(target) ? filesUnder(target) : [])
      if (!wanted.has(path.relative(target, file))) rmSync(file, { force: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    // copyCouncil's temporary folder holds the content folder.
    rmSync(path.dirname(made), { recursive: true, force: true });
  }
}

/** What a build depends on besides its content. */
const ENGINE_INPUTS = [
  'src',
  'public',
  'scripts/build.ts',
  'scripts/index-search.ts',
  'astro.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];

function inputsHash(contentDir: string): string {
  const hash = createHash('sha256').update(TEST_BUILD_DATE);
  const files = [...ENGINE_INPUTS.map((p) => path.join(PROJECT_ROOT, p)), contentDir].flatMap((p) =>
    statSync(p).isDirectory() ? filesUnder(p) : [p],
  );
  for (const file of files) hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

interface BuildRecord {
  hash: string;
  /** The run that built it: a failed build is not retried within its run, and always retried in the next. */
  run: string;
  ok: boolean;
  output: string;
}

const recordFile = (name: TestSiteName): string => path.join(TEST_DIST, `${name}.build.json`);
const readRecord = (name: TestSiteName): BuildRecord | undefined => {
  try {
    return JSON.parse(readFileSync(recordFile(name), 'utf8')) as BuildRecord;
  } catch {
    return undefined;
  }
};

/**
 * Takes the project's one build lock (a folder: making one is atomic), waiting while another holds
 * it. Any test that runs an Astro build sharing the project's node_modules takes it.
 */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(TEST_DIST, 'build.lock');
  mkdirSync(TEST_DIST, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a run that was killed is older than any build takes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 15 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const loadLogFile = (name: TestSiteName): string => path.join(TEST_DIST, `${name}.loads.log`);

/**
 * Every full read of the content during a test site's build, one folder per line: each site is
 * built with CONTENT_LOAD_LOG set (src/loader/load-count.ts), so a test can count them.
 */
export function loadLog(name: TestSiteName): string[] {
  return readFileSync(loadLogFile(name), 'utf8').split('\n').filter(Boolean);
}

function build(name: TestSiteName, contentDir: string, outDir: string): Promise<{ ok: boolean; output: string }> {
  writeFileSync(loadLogFile(name), '');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: PROJECT_ROOT,
      // An editor's environment, not Vitest's: the content gate steps aside when VITEST is set.
      env: commandLineEnv({
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        BUILD_DATE: TEST_BUILD_DATE,
        CONTENT_LOAD_LOG: loadLogFile(name),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** The built site's folder, building it first if this run has not (or its inputs changed). */
export async function testSite(name: TestSiteName): Promise<string> {
  const contentDir = TEST_SITES[name];
  const outDir = path.join(TEST_DIST, name);
  await writeMadeContent(name);
  const hash = inputsHash(contentDir);
  // Set once per run by test/setup/test-run.ts (or by npm test, which builds the sites early).
  const run = process.env['CP_TEST_RUN'] ?? `${process.pid}`;
  const fresh = (): BuildRecord | undefined => {
    const record = readRecord(name);
    if (record?.hash !== hash) return undefined;
    return (record.ok && existsSync(outDir)) || record.run === run ? record : undefined;
  };
  const record =
    fresh() ??
    (await withBuildLock(async () => {
      // Another worker may have built it while this one waited for the lock.
      const done = fresh();
      if (done) return done;
      const made: BuildRecord = { hash, run, ...(await build(name, contentDir, outDir)) };
      writeFileSync(recordFile(name), JSON.stringify(made));
      return made;
    }));
  if (!record.ok)
    throw new Error(`The test site "${name}" did not build (CONTENT_DIR=${contentDir}):\n${record.output}`);
  return outDir;
}
