/**
 * What `npm run check` printed, kept with everything it was made from (issue 15: a warm check of a
 * large council still validated every file and ran every rule over content that had not changed).
 * When nothing it depends on has changed since, the check prints the same lines again and exits the
 * same way, without importing the loader, its parsers or its rules; any change at all, to one byte of
 * one file, runs the whole check, whose per-file work the parse cache (parse-cache.ts) then shortens.
 *
 * The key holds every input of the check: the code (the parse cache's version: every file under
 * src/loader/, src/schemas/, src/markdown/, src/lib/, src/model/ and src/i18n/, and
 * package-lock.json, which pins Node itself; plus the check's script and its output guard), the
 * content folder's path, every entry under it (name, kind, and each file's bytes; links and
 * folders too, even those the loader ignores), the same of public/ (the logo and the files links
 * point to), the date the content is judged as of (BUILD_DATE or today), and Node's version, time
 * zone and locale. It is not used when CONTENT_PARSE_CACHE=off, under Vitest, or when
 * CONTENT_LOAD_LOG asks for every load to be counted.
 *
 * One small JSON file per content folder in node_modules/.cache/corporate-parenting/check/. Like the
 * parse cache it is an optimisation: one that cannot be read or written is ignored.
 */
import { createHash, type Hash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { buildDate } from '../lib/calendar/build-date.ts';
import { versionOf } from './parse-cache.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const DEFAULT_DIR = path.join(PROJECT, 'node_modules', '.cache', 'corporate-parenting', 'check');

/** A file not written for this long belongs to a content folder that is gone (a test's, the bench's). */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

/** Code that prints the check outside the parse cache's folders. */
const ENTRY_FILES = ['scripts/check-content.ts', 'src/cli/workflow-commands.ts'].map((file) =>
  path.join(PROJECT, file),
);

export interface CheckInputs {
  contentDir: string;
  publicDir: string;
  /** The environment the check reads (BUILD_DATE, and whether the cache is off). */
  env?: NodeJS.ProcessEnv;
  /** The code's version: the parse cache's unless told (a test stands in for a change). */
  codeVersion?: string;
}

/** What the check printed to stdout, and whether it passed. */
export interface CheckOutput {
  output: string;
  ok: boolean;
}

interface Stored extends CheckOutput {
  key: string;
}

/** Every entry under `dir`, in order, without following links: its name, kind and, for a file, its bytes. */
function addTree(digest: Hash, root: string, dir: string = root): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    digest.update(`unreadable ${path.relative(root, dir)}\0`);
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    const relative = path.relative(root, full);
    const stats = lstatSync(full);
    if (stats.isSymbolicLink()) digest.update(`link ${relative}\0${readlinkSync(full)}\0`);
    else if (stats.isDirectory()) {
      digest.update(`folder ${relative}\0`);
      addTree(digest, root, full);
    } else if (stats.isFile()) {
      const bytes = readFileSync(full);
      digest.update(`file ${relative}\0${bytes.length}\0`).update(bytes).update('\0');
    } else digest.update(`other ${relative}\0`);
  }
}

/** The key of a check with these inputs, or undefined when the check is not to be remembered. */
export function checkKey(inputs: CheckInputs): string | undefined {
  const env = inputs.env ?? process.env;
  if (env['CONTENT_PARSE_CACHE'] === 'off' || env['VITEST'] !== undefined || env['CONTENT_LOAD_LOG']) return undefined;
  let today: string;
  try {
    today = buildDate(env).toISOString();
  } catch {
    // A BUILD_DATE that is not a date: the check itself says so.
    return undefined;
  }
  const contentDir = path.resolve(inputs.contentDir);
  const publicDir = path.resolve(inputs.publicDir);
  const { timeZone, locale } = Intl.DateTimeFormat().resolvedOptions();
  const digest = createHash('sha256');
  digest.update(`check\0${inputs.codeVersion ?? versionOf()}\0${process.version}\0${timeZone}\0${locale}\0${today}\0`);
  for (const file of ENTRY_FILES) digest.update(readFileSync(file)).update('\0');
  digest.update(`content ${contentDir}\0`);
  addTree(digest, contentDir);
  digest.update(`public ${publicDir}\0`);
  addTree(digest, publicDir);
  return digest.digest('base64url');
}

const fileFor = (contentDir: string, dir: string): string =>
  path.join(dir, `${createHash('sha256').update(path.resolve(contentDir)).digest('base64url').slice(0, 16)}.json`);

/** What the check printed last time with exactly these inputs (`key`, from checkKey), if it is kept. */
export function rememberedCheck(contentDir: string, key: string, dir: string = DEFAULT_DIR): CheckOutput | undefined {
  try {
    const stored = JSON.parse(readFileSync(fileFor(contentDir, dir), 'utf8')) as Stored;
    if (stored.key !== key || typeof stored.output !== 'string' || typeof stored.ok !== 'boolean') return undefined;
    return { output: stored.output, ok: stored.ok };
  } catch {
    return undefined;
  }
}

/** Keeps what the check printed with the inputs whose key is `key`, in place of what was kept for the folder. */
export function rememberCheck(contentDir: string, key: string, result: CheckOutput, dir: string = DEFAULT_DIR): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = fileFor(contentDir, dir);
    // Written beside the file and renamed over it, so a check that reads it meanwhile sees all of one.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify({ key, ...result } satisfies Stored));
    renameSync(partial, file);
    for (const name of readdirSync(dir)) {
      const other = path.join(dir, name);
      if (other !== file && Date.now() - statSync(other).mtimeMs > STALE_MS) rmSync(other, { force: true });
    }
  } catch {
    // A read-only or full disk: the next check runs in full.
  }
}
