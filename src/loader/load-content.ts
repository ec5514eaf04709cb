/**
 * The content loader: reads every file under `content/`, validates each against its schema,
 * checks the whole (references, numbering, figures: the rules in rules/) and returns either the content or every
 * problem at once. Plain TypeScript: Astro pages, scripts and tests all call it the same way.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_RULES } from './rules/index.ts';
import { buildDate, toIsoDate } from '../lib/calendar/index.ts';
import { contentDirFromEnv, PUBLIC_DIR } from './content-folder.ts';
import { countLoad } from './load-count.ts';
import { CONTENT_TYPES, type ContentType } from './content-files.ts';
import type { Content, MdxPage } from './model.ts';
import { keyedActionRows } from './action-rows.ts';
import { readActionRow } from './read-action-row.ts';
import { statusScale } from '../lib/action-plan/status-scale.ts';
import { ContentError, errorsIn, type Problem } from './problems.ts';
import { fileNameProblem } from './file-names.ts';
import { readSourceFile, unreadSource } from './source-file.ts';
import { defaultParseCache, type ParseCache } from './parse-cache.ts';
import { isFileRuleIssue, parseForEditors, problemsFromIssues } from './zod-issues.ts';
import { shapeOf } from '../schemas/file-rules.ts';
import { DEFAULT_POLICY } from '../schemas/site-policy.ts';
import { didYouMean } from './suggest.ts';
import type { LoadedFile, LoadedFiles, Parsed, TypeKey } from './types.ts';

export type { LoadedFile, LoadedFiles } from './types.ts';

export interface LoadResult {
  /** Present only when there are no errors. */
  content: Content | undefined;
  /** Errors and warnings, unsorted. */
  problems: Problem[];
  /** Each file as read, with its data when it passed its schema: what tools such as npm run new can still use. */
  files: LoadedFiles;
}

const IGNORED = /^(\.|README\.md$)/;

interface Listed {
  files: string[];
  /** Symbolic links and other entries that are not plain files or folders, which are refused. */
  refused: { full: string; message: string }[];
}

/**
 * Every file under `dir`, without following symbolic links: a link could point outside the
 * repository (and publish what it points to), at nothing, or at itself in a loop. Content files are
 * always real files, so a link is reported instead of read.
 */
function listFiles(dir: string, out: Listed = { files: [], refused: [] }): Listed {
  for (const name of readdirSync(dir).sort()) {
    if (IGNORED.test(name)) continue;
    const full = path.join(dir, name);
    const stats = lstatSync(full);
    if (stats.isSymbolicLink()) {
      out.refused.push({
        full,
        message:
          'this is a symbolic link, and content must be real files in the repository (a link can point outside it, or nowhere): replace the link with the file or folder itself',
      });
    } else if (stats.isDirectory()) listFiles(full, out);
    else if (stats.isFile()) out.files.push(full);
    else {
      out.refused.push({
        full,
        message: 'this is not an ordinary file (it is a device, pipe or socket): delete it from the content folder',
      });
    }
  }
  return out;
}

function typeOf(relative: string): TypeKey | undefined {
  for (const [key, type] of Object.entries(CONTENT_TYPES) as [TypeKey, ContentType][]) {
    const extension = `.${type.kind}`;
    if (type.single === relative) return key;
    if (type.folder && path.dirname(relative) === type.folder && relative.endsWith(extension)) return key;
  }
  return undefined;
}

function folderType(relative: string): TypeKey | undefined {
  return (Object.keys(CONTENT_TYPES) as TypeKey[]).find(
    (key) => (CONTENT_TYPES[key] as ContentType).folder === relative,
  );
}

function whereFilesGo(relative: string): string {
  const places = Object.values(CONTENT_TYPES).map((t: ContentType) => t.single ?? `${t.folder}/*.${t.kind}`);
  if (relative.endsWith('.yml')) return `rename it to end in .yaml`;
  const folder = relative.includes('/') ? relative.split('/')[0]! : relative;
  const folders = places.map((p) => p.split('/')[0]!);
  return `move or rename it.${didYouMean(folder, folders)} Content files go in: ${places.join(', ')}`;
}

export interface LoadOptions {
  /** The date to judge overdue and stale content by; defaults to BUILD_DATE or today. */
  today?: Date;
  /** The folder published as it is, where files the content names (the logo) must be; defaults to public/. */
  publicDir?: string;
  /** What YAML files read as when they last had no problem (parse-cache.ts); false reads every file afresh. */
  parseCache?: ParseCache | false;
}

export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const root = path.resolve(contentDir);
  countLoad(root);
  const shownRoot = path.basename(root);
  const problems: Problem[] = [];
  const files = Object.fromEntries(Object.keys(CONTENT_TYPES).map((k) => [k, []])) as unknown as LoadedFiles;

  const shownPath = (full: string): string => `${shownRoot}/${path.relative(root, full).split(path.sep).join('/')}`;
  const { files: all, refused } = listFiles(root);
  const cache = options.parseCache === undefined ? defaultParseCache(root) : options.parseCache || undefined;
  for (const { full, message } of refused) {
    problems.push({ file: shownPath(full), line: 1, col: 1, severity: 'error', message });
    // Counted as a file of its type that failed, so rules that need the type are skipped instead
    // of reporting what the link would have held as missing.
    const relative = path.relative(root, full).split(path.sep).join('/');
    const key = typeOf(relative) ?? folderType(relative);
    if (key)
      (files[key] as LoadedFile<TypeKey>[]).push({
        type: key,
        source: unreadSource(shownPath(full)),
        id: '',
        data: undefined,
      });
  }
  for (const full of all) {
    const relative = path.relative(root, full).split(path.sep).join('/');
    const shown = shownPath(full);
    const key = typeOf(relative);
    if (!key) {
      problems.push({
        file: shown,
        line: 1,
        col: 1,
        severity: 'error',
        message: `this file is not part of any content type: ${whereFilesGo(relative)}`,
      });
      continue;
    }
    const type: ContentType = CONTENT_TYPES[key];
    const id = path.basename(relative).replace(/\.(yaml|mdx)$/, '');
    const badName = type.folder ? fileNameProblem(id, type.kind, type.example ?? 'a-name') : undefined;
    if (badName) problems.push({ file: shown, line: 1, col: 1, severity: 'error', message: badName });
    const source = readSourceFile(full, shown, type.kind, type.purpose, cache);
    problems.push(...source.problems);
    let data: unknown;
    // What the schema made of this exact text last time it passed (the schema's code is in the
    // cache's version): the file is not validated again, and its YAML as written is not read.
    const validKey = source.digest === undefined ? undefined : `valid ${key}\n${source.digest}`;
    if (validKey !== undefined && source.problems.length === 0 && cache?.has(validKey)) data = cache.get(validKey);
    else if (source.data !== undefined) {
      const { result, written } = parseForEditors(type.schema, source.data);
      if (result.success) {
        data = result.data;
        if (validKey !== undefined) cache?.set(validKey, data);
      } else {
        problems.push(...problemsFromIssues(result.error.issues, source, written));
        // Only file rules failed (a duplicate id, dates out of order): the data is still sound, so
        // the whole-content rules check references into it as well, and the report stays complete.
        const shape = shapeOf(type.schema);
        if (shape && result.error.issues.every(isFileRuleIssue)) data = shape.parse(source.data);
      }
    }
    (files[key] as LoadedFile<TypeKey>[]).push({ type: key, source, id, data: data as Parsed<TypeKey> });
  }

  for (const [key, type] of Object.entries(CONTENT_TYPES) as [TypeKey, ContentType][]) {
    if (type.single && files[key].length === 0) {
      problems.push({
        file: `${shownRoot}/${type.single}`,
        line: 1,
        col: 1,
        severity: 'error',
        message: `this file is missing: it holds ${type.purpose}`,
      });
    }
  }

  // Only rules that need a valid site.yaml read the policy: the defaults stand in for the others.
  const policy = files.site[0]?.data?.policy ?? DEFAULT_POLICY;
  const context = { today: options.today ?? buildDate(), publicDir: options.publicDir ?? PUBLIC_DIR, policy, cache };
  for (const rule of CONTENT_RULES) {
    if (rule.needs.every((key) => complete(files, key))) problems.push(...rule.run(files, context));
  }
  // After the rules, which keep what they found in each file in the same cache (file-findings.ts).
  cache?.save();
  const content = errorsIn(problems).length === 0 ? assemble(files) : undefined;
  return { content, problems, files };
}

/** True when every file of a type passed its schema (and a single-file type's file exists). */
function complete(files: LoadedFiles, key: TypeKey): boolean {
  const single = (CONTENT_TYPES[key] as ContentType).single !== undefined;
  return (!single || files[key].length > 0) && files[key].every((f) => f.data !== undefined);
}

function only<K extends TypeKey>(list: LoadedFile<K>[]): Parsed<K> {
  return list[0]!.data!;
}

function page<T>(file: LoadedFile<'strategy' | 'annualReports' | 'youngPeople'>): MdxPage<T> {
  return {
    id: file.id,
    file: file.source.file,
    data: file.data as T,
    // A page is assembled only when there are no errors, so its body parsed.
    tree: file.source.tree!,
  };
}

function assemble(files: LoadedFiles): Content {
  const objectives = [...only(files.objectives)].sort((a, b) => a.number - b.number);
  const site = only(files.site);
  const actions = keyedActionRows(files)
    .sort((a, b) => a.objectiveNumber - b.objectiveNumber || a.position - b.position)
    .map((keyed) => readActionRow(keyed, statusScale(site.action_plan.statuses)));
  return {
    site,
    strategy: page(files.strategy[0]!),
    objectives,
    actions,
    roles: only(files.roles),
    board: only(files.board),
    meetings: files.meetings
      .map((f) => ({ ...f.data!, id: f.id, file: f.source.file }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    annualReports: files.annualReports
      .map((f) => page(f))
      .sort((a, b) => a.id.localeCompare(b.id)) as Content['annualReports'],
    indicators: only(files.indicators),
    scorecards: files.scorecards
      .map((f) => ({ ...f.data!, file: f.source.file }))
      .sort((a, b) => a.year.localeCompare(b.year)),
    glossary: [...only(files.glossary)].sort((a, b) => a.term.localeCompare(b.term, 'en-GB')),
    youngPeople: files.youngPeople
      .map((f) => page(f))
      .sort(
        (a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order,
      ) as Content['youngPeople'],
    accessibility: only(files.accessibility),
    imports: files.imports.map((f) => ({ ...f.data!, id: f.id, file: f.source.file })),
  };
}

export { CONTENT_DIR, contentDirFromEnv } from './content-folder.ts';

/**
 * Loads already made in this process, by folder and day. Kept on `globalThis` because one build runs
 * this module more than once: natively (the build script, Astro's integrations) and inside Vite's
 * module runner (the content layer's loader, pages). Each copy of the module sees the same loads.
 */
const LOADS = Symbol.for('corporate-parenting.content-loads');
type Loads = Map<string, LoadResult>;

function loads(): Loads {
  const holder = globalThis as typeof globalThis & { [LOADS]?: Loads };
  return (holder[LOADS] ??= new Map());
}

function loadKey(contentDir: string, options: LoadOptions): string {
  return `${path.resolve(contentDir)}\n${toIsoDate(options.today ?? buildDate())}`;
}

/**
 * The content of one folder as of one day, read and validated at most once per process: the build
 * script's check, the content gate, the content layer and the post-build steps all share this result.
 */
export function loadContentOnce(contentDir: string, options: LoadOptions = {}): LoadResult {
  const key = loadKey(contentDir, options);
  const known = loads().get(key);
  if (known) return known;
  const result = loadContent(contentDir, options);
  loads().set(key, result);
  return result;
}

/** Reads the folder again (a file changed under `npm run dev`) and shares the new result. */
export function reloadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const result = loadContent(contentDir, options);
  loads().set(loadKey(contentDir, options), result);
  return result;
}

/** The content of a folder (CONTENT_DIR or the project's), throwing one error listing every problem. */
export function getContent(contentDir: string = contentDirFromEnv()): Content {
  const { content, problems } = loadContentOnce(contentDir);
  if (!content) throw new ContentError(problems);
  return content;
}
