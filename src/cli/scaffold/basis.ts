/**
 * What `npm run new` starts from: the content as far as it can be read. A council being set up is
 * incomplete, and one being edited may have problems elsewhere; neither should stop an editor
 * starting a file. Each scaffold takes only the files it needs, and when one of them is missing or
 * broken it says which, and what to do, instead of refusing because of the rest.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES } from '../../loader/content-files.ts';
import { loadContent, type LoadedFiles } from '../../loader/load-content.ts';
import type { Board, Indicator, Objective, Site } from '../../loader/model.ts';
import type { ScorecardRow } from '../../schemas/scorecards.ts';
import type { YoungPeopleFrontMatter } from '../../schemas/pages.ts';
import type { TypeKey } from '../../loader/types.ts';

/** The parts of the content the scaffolds read. Loaded content is one, so tests can pass it directly. */
export interface ScaffoldBasis {
  site?: Site | undefined;
  objectives?: readonly Objective[] | undefined;
  /** Each action's id and reference as its file writes them (either may be missing). */
  actions: readonly { writtenId?: string | undefined; ref?: string | undefined; objective: string; file: string }[];
  board?: Board | undefined;
  indicators?: readonly Indicator[] | undefined;
  scorecards: readonly { year: string; indicators: readonly ScorecardRow[] }[];
  youngPeople: readonly { id: string; file: string; data: Pick<YoungPeopleFrontMatter, 'kind' | 'objective'> }[];
  /** Files that could not be read or failed their schema, by content type: for saying why a scaffold cannot start. */
  broken?: Partial<Record<TypeKey, string[]>>;
}

/** A mistake in what the editor asked for, or content a scaffold needs that is missing: explained. */
export class ScaffoldError extends Error {}

type Single = 'site' | 'objectives' | 'board' | 'indicators';

/**
 * The one file of a type a scaffold needs, or a clear reason it cannot be used: missing (start it
 * with npm run init, or write it) or broken (fix it first; the check says how).
 */
export function need<K extends Single>(basis: ScaffoldBasis, key: K, forWhat: string): NonNullable<ScaffoldBasis[K]> {
  const value = basis[key];
  if (value !== undefined) return value as NonNullable<ScaffoldBasis[K]>;
  const file = CONTENT_TYPES[key].single;
  const broken = basis.broken?.[key];
  if (broken && broken.length > 0) {
    throw new ScaffoldError(
      `${forWhat} needs ${broken[0]}, which has problems: run npm run check, fix that file, then try again`,
    );
  }
  throw new ScaffoldError(
    `${forWhat} needs ${file}, which is not there yet: write it (npm run init -- <folder> starts a whole council with one)`,
  );
}

function readable<K extends TypeKey>(files: LoadedFiles, key: K): NonNullable<LoadedFiles[K][number]['data']>[] {
  return files[key].flatMap((f) => (f.data === undefined ? [] : [f.data as NonNullable<typeof f.data>]));
}

/** The content under `dir` as far as it can be read, whatever problems it has elsewhere. */
export function readBasis(dir: string, today: Date): ScaffoldBasis {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ScaffoldError(
      `there is no content folder at ${dir}: start a council there with npm run init -- ${dir}, or set CONTENT_DIR to your content folder`,
    );
  }
  const { content, files } = loadContent(dir, { today });
  if (content) return content;
  const broken: Partial<Record<TypeKey, string[]>> = {};
  for (const key of Object.keys(files) as TypeKey[]) {
    const bad = files[key].filter((f) => f.data === undefined).map((f) => f.source.file);
    if (bad.length > 0) broken[key] = bad;
  }
  const single = <K extends Single>(key: K) => (broken[key] ? undefined : readable(files, key)[0]);
  return {
    site: single('site'),
    objectives: single('objectives'),
    board: single('board'),
    indicators: single('indicators'),
    actions: files.actions.flatMap((f) =>
      f.data
        ? f.data.actions.map((a) => ({
            writtenId: a.id,
            ref: a.ref,
            objective: f.data!.objective,
            file: f.source.file,
          }))
        : [],
    ),
    scorecards: readable(files, 'scorecards')
      .map((s) => ({ year: s.year, indicators: s.indicators }))
      .sort((a, b) => a.year.localeCompare(b.year)),
    youngPeople: files.youngPeople.flatMap((f) => (f.data ? [{ id: f.id, file: f.source.file, data: f.data }] : [])),
    broken,
  };
}

/** `content/actions/x.yaml` → `actions/x.yaml`: where a file the loader shows lives under the folder. */
export function underContent(shown: string): string {
  return shown.split('/').slice(1).join(path.posix.sep);
}
