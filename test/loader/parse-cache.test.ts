/**
 * The parse cache (src/loader/parse-cache.ts) keeps one meaning: over every bad-input fixture and
 * every fixture council, a run that reads YAML from the cache reports exactly the problems (file,
 * line, column, words) and yields exactly the content of a run that parses every file.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { CODE_FOLDERS, openParseCache, versionOf, type ParseCache } from '../../src/loader/parse-cache.ts';
import { formatProblem, sortProblems } from '../../src/loader/problems.ts';
import { copyCouncil, setUpdateText } from '../support/fixture-council.ts';
import { FIXTURES, MINIMAL, PLEDGES_COUNCIL, PROJECT_ROOT, SECOND_COUNCIL } from '../support/paths.ts';
import { TEST_TODAY } from '../support/test-date.ts';

/** A cache that counts the readings it gave back, so a test knows the cached path was taken. */
function counted(cache: ParseCache): ParseCache & { hits: number; findingHits: number; rereads: string[] } {
  const result = {
    hits: 0,
    /** Of the hits, those that gave back a rule's findings in a file (src/loader/file-findings.ts). */
    findingHits: 0,
    rereads: [] as string[],
    reread: (file: string) => result.rereads.push(file),
    get: (text: string) => {
      const data = cache.get(text);
      if (data !== undefined) result.hits += 1;
      if (data !== undefined && text.startsWith('findings of ')) result.findingHits += 1;
      return data;
    },
    has: (key: string) => {
      const kept = cache.has(key);
      if (kept) result.hits += 1;
      return kept;
    },
    set: (text: string, data: unknown) => cache.set(text, data),
    save: () => cache.save(),
  };
  return result;
}

function load(dir: string, parseCache: ParseCache | false) {
  const { content, problems } = loadContent(dir, { today: TEST_TODAY, parseCache });
  return { content, problems: sortProblems(problems).map(formatProblem) };
}

/**
 * Loads `dir` uncached, then twice through one cache folder (filling it, then reading from it): the
 * warm run takes files' readings and the per-file rules' findings in them from the cache.
 */
function compare(dir: string): { hits: number; findingHits: number } {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'cp-parse-cache-'));
  const uncached = load(dir, false);
  const cold = load(dir, openParseCache(dir, cacheDir));
  const warmCache = counted(openParseCache(dir, cacheDir));
  const warm = load(dir, warmCache);
  expect(cold).toStrictEqual(uncached);
  expect(warm.problems).toStrictEqual(uncached.problems);
  expect(warm.content).toStrictEqual(uncached.content);
  return { hits: warmCache.hits, findingHits: warmCache.findingHits };
}

const overlays = (folder: string): string[] =>
  readdirSync(path.join(FIXTURES, folder)).map((name) => path.join(FIXTURES, folder, name));

describe('content read from the parse cache means what the files say', () => {
  it.each(
    [...overlays('bad'), ...overlays('bad-corpus')].map((overlay) => [path.relative(FIXTURES, overlay), overlay]),
  )('%s: the same problems, at the same places, cached or not', (_name, overlay) => {
    const dir = copyCouncil({ overlay });
    // The files the mistake is not in come from the cache: their problems still have positions.
    expect(compare(dir).hits).toBeGreaterThan(0);
  });

  it.each([
    ['minimal', MINIMAL],
    ['second-council', SECOND_COUNCIL],
    ['pledges-council', PLEDGES_COUNCIL],
  ])('%s: the same content and warnings, cached or not', (_name, council) => {
    const { hits, findingHits } = compare(copyCouncil({ from: council }));
    expect(hits).toBeGreaterThan(0);
    // The prose rules' findings in each file came from the cache, and are the same as found afresh.
    expect(findingHits).toBeGreaterThan(0);
  });

  it('parses a cached file again only when a rule reports a problem in it, and then only once', () => {
    const dir = copyCouncil({ from: SECOND_COUNCIL });
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cp-parse-cache-'));
    load(dir, openParseCache(dir, cacheDir));
    const warm = counted(openParseCache(dir, cacheDir));
    const { problems } = load(dir, warm);
    expect(warm.hits).toBeGreaterThan(5);
    const reported = new Set(problems.map((line) => line.split(':')[0]));
    // Rules locate only what they report, and the reading-ease rule's findings in each file come
    // from the cache, with their lines: a file nothing is reported in is not parsed again.
    expect(warm.rereads.filter((file) => !reported.has(file))).toStrictEqual([]);
    // The places found are kept with the file's reading: the next run parses nothing again.
    const again = counted(openParseCache(dir, cacheDir));
    expect(load(dir, again).problems).toStrictEqual(problems);
    expect(again.rereads).toStrictEqual([]);
  });

  it('reads a changed file afresh, and places its problem', () => {
    const dir = copyCouncil();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cp-parse-cache-'));
    expect(load(dir, openParseCache(dir, cacheDir)).problems).toStrictEqual(load(dir, false).problems);
    const roles = path.join(dir, 'roles.yaml');
    writeFileSync(roles, readFileSync(roles, 'utf8').replace('title:', 'titel:'));
    const cached = load(dir, openParseCache(dir, cacheDir));
    expect(cached.problems).toStrictEqual(load(dir, false).problems);
    expect(cached.problems.find((line) => line.includes('titel'))).toMatch(
      /^content\/roles\.yaml:\d+:\d+ {2}unknown field "titel"/,
    );
  });

  it('checks an edited file afresh, and a change elsewhere that its findings depend on', () => {
    const dir = copyCouncil();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cp-parse-cache-'));
    load(dir, openParseCache(dir, cacheDir));
    setUpdateText(dir, 'Kent County Council started assessing twelve households.');
    const edited = counted(openParseCache(dir, cacheDir));
    const warned = load(dir, edited);
    expect(warned).toStrictEqual(load(dir, false));
    // The files not edited came from the cache, the rules' findings in them too.
    expect(edited.findingHits).toBeGreaterThan(0);
    expect(warned.problems.filter((line) => line.includes('Kent'))).toMatchInlineSnapshot(`
      [
        "content/actions/stable-homes.yaml:13:15  warning: this progress update names another council, "Kent County Council": if it is meant (a partner, a statistical neighbour), add "Kent County Council" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
      ]
    `);
    // Listing the council in site.yaml changes what the rule finds in the actions file, which has not changed.
    appendFileSync(path.join(dir, 'site.yaml'), 'other_councils:\n  - Kent County Council\n');
    const listed = load(dir, openParseCache(dir, cacheDir));
    expect(listed).toStrictEqual(load(dir, false));
    expect(listed.problems.filter((line) => line.includes('Kent'))).toStrictEqual([]);
    // A stricter reading-ease threshold in site.yaml is applied to pages that have not changed.
    appendFileSync(path.join(dir, 'site.yaml'), 'policy:\n  reading_ease:\n    young_people_minimum: 100\n');
    const stricter = load(dir, openParseCache(dir, cacheDir));
    expect(stricter).toStrictEqual(load(dir, false));
    expect(stricter.problems.filter((line) => line.includes('reading ease')).length).toBeGreaterThan(
      listed.problems.filter((line) => line.includes('reading ease')).length,
    );
  });

  it('keeps nothing from code that has changed', () => {
    const dir = copyCouncil({ from: SECOND_COUNCIL });
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cp-parse-cache-'));
    load(dir, openParseCache(dir, cacheDir, 'the code as it was'));
    const same = counted(openParseCache(dir, cacheDir, 'the code as it was'));
    load(dir, same);
    expect(same.hits).toBeGreaterThan(0);
    const changed = counted(openParseCache(dir, cacheDir, 'the code with a rule changed'));
    expect(load(dir, changed)).toStrictEqual(load(dir, false));
    expect(changed.hits).toBe(0);

    // The version is of every file in the code's folders: a rule edited is a new version.
    const code = mkdtempSync(path.join(tmpdir(), 'cp-code-'));
    mkdirSync(path.join(code, 'rules'));
    writeFileSync(path.join(code, 'rules', 'a-rule.ts'), 'export const limit = 5;\n');
    const lock = path.join(code, 'package-lock.json');
    writeFileSync(lock, '{}\n');
    const before = versionOf([code], lock);
    expect(versionOf([code], lock)).toBe(before);
    writeFileSync(path.join(code, 'rules', 'a-rule.ts'), 'export const limit = 6;\n');
    const edited = versionOf([code], lock);
    expect(edited).not.toBe(before);
    writeFileSync(lock, '{ "packages": {} }\n');
    expect(versionOf([code], lock)).not.toBe(edited);
  });

  it('is keyed by the code of every module the loader imports', () => {
    // Every module of the project that loading and reporting content imports, followed from the
    // loader's entry points through static and dynamic imports.
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)) {
        visit(path.resolve(path.dirname(file), spec!));
      }
    };
    visit(path.join(PROJECT_ROOT, 'src/loader/load-content.ts'));
    visit(path.join(PROJECT_ROOT, 'src/loader/report.ts'));
    expect(seen.size).toBeGreaterThan(50);
    const outside = [...seen].filter((file) => !CODE_FOLDERS.some((folder) => file.startsWith(`${folder}${path.sep}`)));
    expect(outside.map((file) => path.relative(PROJECT_ROOT, file))).toStrictEqual([]);
  });
});
