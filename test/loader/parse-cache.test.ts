/**
 * The parse cache (src/loader/parse-cache.ts) keeps one meaning: over every bad-input fixture and
 * every fixture council, a run that reads YAML from the cache reports exactly the problems (file,
 * line, column, words) and yields exactly the content of a run that parses every file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { openParseCache, type ParseCache } from '../../src/loader/parse-cache.ts';
import { formatProblem, sortProblems } from '../../src/loader/problems.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { FIXTURES, MINIMAL, PLEDGES_COUNCIL, SECOND_COUNCIL } from '../support/paths.ts';
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

  it('parses a cached file again only when a rule reports a problem in it', () => {
    const dir = copyCouncil({ from: SECOND_COUNCIL });
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cp-parse-cache-'));
    load(dir, openParseCache(dir, cacheDir));
    const warm = counted(openParseCache(dir, cacheDir));
    const { problems } = load(dir, warm);
    expect(warm.hits).toBeGreaterThan(5);
    const reported = new Set(problems.map((line) => line.split(':')[0]));
    // The glossary's plain meanings are read sentence by sentence, each with its place, for the
    // reading-ease score: the one file located whether or not it has a problem.
    expect(warm.rereads.filter((file) => !reported.has(file))).toStrictEqual(['content/glossary.yaml']);
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
});
