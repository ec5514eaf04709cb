/**
 * What reading a YAML file produced, kept between runs (issue 15: `npm run check` of a large council
 * spent most of its time in yaml's parser, on files that had not changed since the last run), and
 * the tree of each MDX body that could be read.
 *
 * Only the data of a file that had no problem is kept, keyed by the file's exact text. The whole
 * cache is thrown away when the code that reads or validates content changes (every file under
 * src/loader/, src/schemas/, src/markdown/ and src/lib/) or any installed package does (package-lock.json), so
 * a cached reading is always the reading this code would make. A YAML file's positions are not
 * kept: a file read from the cache is parsed again, with the same parser and options, only when a
 * rule reports a problem in it (source-file.ts), so every message keeps its line and column. An MDX
 * tree keeps its positions, keyed by the body and the line it starts on. test/loader/parse-cache.test.ts proves cached and uncached
 * runs give the same problems over the whole bad-input corpus.
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
 * The code a cached reading, or a rule's findings in a file (file-findings.ts), depends on: the
 * loader and its rules, the schemas, the Markdown pipeline, the shared library the rules use
 * (src/lib/) and the parsers themselves.
 */
const CODE_FOLDERS = ['loader', 'schemas', 'markdown', 'lib'].map((folder) => path.join(PROJECT, 'src', folder));
/** Every installed package's version (yaml, remark, micromark…). */
const LOCK_FILE = path.join(PROJECT, 'package-lock.json');

/** A cache file not used for this long belongs to a content folder that is gone (a test's, the bench's). */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

export interface ParseCache {
  /** The data read from a file with this text before, or undefined. */
  get(text: string): unknown;
  /** Keeps the data read from a file with this text, which had no problem. */
  set(text: string, data: unknown): void;
  /** Writes the entries used since the cache was opened, when they differ from what was read. */
  save(): void;
  /**
   * Told each time a file read from the cache is parsed again for a position: a rule that locates
   * every value, not only those it reports, makes each run parse everything again (the test counts).
   */
  reread(file: string): void;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** A miss is looked up, then kept: the text is hashed once for both. */
let last: { text: string; key: string } | undefined;
const keyOf = (text: string): string => {
  if (last?.text !== text) last = { text, key: hash(text) };
  return last.key;
};

let codeVersion: string | undefined;

/** A hash of every file the cached readings depend on, computed once per process. */
function version(): string {
  if (codeVersion !== undefined) return codeVersion;
  const digest = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
    for (const file of files) {
      const full = path.join(folder, file);
      if (!statSync(full).isFile()) continue;
      digest.update(`${full}\n`).update(readFileSync(full)).update('\n');
    }
  }
  try {
    digest.update(readFileSync(LOCK_FILE));
  } catch {
    // No lock file: the code hash alone still changes with the loader.
  }
  codeVersion = digest.digest('base64url');
  return codeVersion;
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

/** The cache of one content folder, kept in `dir` (node_modules/.cache/corporate-parenting/parse unless told). */
export function openParseCache(contentDir: string, dir: string = DEFAULT_DIR): ParseCache {
  const expected = version();
  const file = path.join(dir, `${hash(path.resolve(contentDir)).slice(0, 16)}.v8`);
  const stored = readStored(file, expected);
  const used = new Map<string, Buffer>();
  let changed = false;
  return {
    get(text) {
      const key = keyOf(text);
      const entry = stored.get(key);
      if (entry === undefined) return undefined;
      used.set(key, entry);
      return deserialize(entry);
    },
    set(text, data) {
      used.set(keyOf(text), serialize(data));
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
