/**
 * What reading a YAML file produced, kept between runs (issue 15: `npm run check` of a large council
 * spent most of its time in yaml's parser, on files that had not changed since the last run), and
 * the tree of each MDX body that could be read.
 *
 * Only the data of a file that had no problem is kept, and what its schema made of it
 * (load-content.ts), each keyed by the digest of the file's exact text, so a warm check neither
 * parses nor validates a file that has not changed. The whole cache is thrown away when the code
 * that reads or validates content changes (every file under CODE_FOLDERS: src/loader/,
 * src/schemas/, src/markdown/, src/lib/, src/model/ and src/i18n/) or any installed package does
 * (package-lock.json), so a cached entry is always what this code would make. A YAML file's
 * positions are found, the first time a rule asks for one, by parsing it again with the same parser
 * and options (source-file.ts), and then kept with it, so every message keeps its line and column.
 * An MDX tree keeps its positions. test/loader/parse-cache.test.ts proves cached and uncached runs
 * give the same problems over the whole bad-input corpus.
 *
 * One file per content folder, in node_modules/.cache/ (never committed, removed by a clean
 * install), written with v8.serialize, which keeps what YAML can produce (Infinity, -0, NaN, nested
 * lists and maps) as it was. Each run writes back only the entries it used, so the cache holds one
 * council's files and never grows beyond them. The cache is an optimisation: one that cannot be read
 * or written is ignored and the files are parsed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const DEFAULT_DIR = path.join(PROJECT, 'node_modules', '.cache', 'corporate-parenting', 'parse');

/**
 * The code a cached reading, a file's validated data or a rule's findings in a file
 * (file-findings.ts) depends on: the loader and its rules, the schemas, the Markdown pipeline, the
 * shared library the rules use (src/lib/), the addresses and words they read (src/model/, src/i18n/)
 * and the parsers themselves. test/loader/parse-cache.test.ts checks that every module the loader
 * imports is in one of these folders.
 */
export const CODE_FOLDERS = ['loader', 'schemas', 'markdown', 'lib', 'model', 'i18n'].map((folder) =>
  path.join(PROJECT, 'src', folder),
);
/** Every installed package's version (yaml, remark, micromark…). */
const LOCK_FILE = path.join(PROJECT, 'package-lock.json');

/** A cache file not used for this long belongs to a content folder that is gone (a test's, the bench's). */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

export interface ParseCache {
  /**
   * The data kept under this key before, or undefined. A key names what was kept and the exact
   * text it was made from, by the text's digest (digestOf) when the text is long.
   */
  get(key: string): unknown;
  /** Whether there is data under this key, without reading it; the entry is kept for the next run. */
  has(key: string): boolean;
  /** Keeps the data made under this key (the reading of a file that had no problem, for one). */
  set(key: string, data: unknown): void;
  /** Writes the entries used since the cache was opened, when they differ from what was read. */
  save(): void;
  /**
   * Told each time a file read from the cache is parsed again for a position: a rule that locates
   * every value, not only those it reports, makes each run parse everything again (the test counts).
   */
  reread(file: string): void;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('base64url');

/**
 * The digest a key names a text by: each file's text is hashed once, and what is kept about it
 * (its reading, its validated data, each rule's findings) is keyed by the digest, so a large
 * council's text is not hashed again for every entry.
 */
export const digestOf = hash;

/** A miss is looked up, then kept: the text is hashed once for both. */
let last: { text: string; key: string } | undefined;
const keyOf = (text: string): string => {
  if (last?.text !== text) last = { text, key: hash(text) };
  return last.key;
};

let codeVersion: string | undefined;

/**
 * A hash of every file the cached entries depend on (the files in `folders` and the lock file),
 * computed once per process for the project's own.
 */
export function versionOf(folders: readonly string[] = CODE_FOLDERS, lockFile: string = LOCK_FILE): string {
  const own = folders === CODE_FOLDERS && lockFile === LOCK_FILE;
  if (own && codeVersion !== undefined) return codeVersion;
  const digest = createHash('sha256');
  for (const folder of folders) {
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
    for (const file of files) {
      const full = path.join(folder, file);
      if (!statSync(full).isFile()) continue;
      digest.update(`${full}\n`).update(readFileSync(full)).update('\n');
    }
  }
  try {
    digest.update(readFileSync(lockFile));
  } catch {
    // No lock file: the code hash alone still changes with the loader.
  }
  const version = digest.digest('base64url');
  if (own) codeVersion = version;
  return version;
}

/** Each entry is serialised when it is kept, so nothing done to the data afterwards can change it. */
interface Stored {
  version: string;
  entries: Map<string, Buffer>;
}

function readStored(file: string, expected: string): Map<string, Buffer> {
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    return stored.version === expected && stored.entries instanceof Map ? stored.entries : new Map();
  } catch {
    return new Map();
  }
}

function removeStale(dir: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (full !== keep && Date.now() - statSync(full).mtimeMs > STALE_MS) rmSync(full, { force: true });
  }
}

/**
 * The cache of one content folder, kept in `dir` (node_modules/.cache/corporate-parenting/parse
 * unless told), for the code whose version is `expected` (this project's unless told: a test
 * stands in for a change to the code).
 */
export function openParseCache(contentDir: string, dir: string = DEFAULT_DIR, expected = versionOf()): ParseCache {
  const file = path.join(dir, `${hash(path.resolve(contentDir)).slice(0, 16)}.v8`);
  const stored = readStored(file, expected);
  const used = new Map<string, Buffer>();
  let changed = false;
  return {
    get(name) {
      const key = keyOf(name);
      const entry = stored.get(key);
      if (entry === undefined) return undefined;
      used.set(key, entry);
      return deserialize(entry);
    },
    has(name) {
      const key = keyOf(name);
      const entry = stored.get(key);
      if (entry === undefined) return false;
      used.set(key, entry);
      return true;
    },
    set(name, data) {
      used.set(keyOf(name), serialize(data));
      changed = true;
    },
    reread() {
      // Counted only by tests: see ParseCache.reread.
    },
    save() {
      if (!changed && used.size === stored.size) return;
      try {
        mkdirSync(dir, { recursive: true });
        // Written beside the cache and renamed over it, so a run that reads it meanwhile sees the
        // old cache or the new one, never half of one.
        const partial = `${file}.${process.pid}.partial`;
        writeFileSync(partial, serialize({ version: expected, entries: used } satisfies Stored));
        renameSync(partial, file);
        removeStale(dir, file);
      } catch {
        // A read-only or full disk: the next run parses the files again.
      }
    },
  };
}

/**
 * The cache commands use unless told otherwise: on, except under Vitest (tests copy councils into
 * fresh temporary folders, so a cache would only fill node_modules/.cache; the parse cache's own
 * test opens one explicitly) and when CONTENT_PARSE_CACHE=off.
 */
export function defaultParseCache(contentDir: string, env: NodeJS.ProcessEnv = process.env): ParseCache | undefined {
  if (env['VITEST'] !== undefined || env['CONTENT_PARSE_CACHE'] === 'off') return undefined;
  return openParseCache(contentDir);
}
