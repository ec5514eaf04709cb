/**
 * The content layer's loader: runs the plain TypeScript loader (`src/loader/`) and puts its one
 * result in Astro's data store for pages to read (`loaded-content.ts`).
 *
 * - In a build it shares the load the build script and the content gate already made (one read
 *   and validation per build), and a problem fails the build with the loader's `file:line:col`
 *   messages. Astro's own loaders would only log a YAML error, so they are not used.
 * - Under `npm run dev` it watches the content folder: each save is read again, and either the new
 *   content reaches the pages on their next load, or the problems are printed in the terminal and
 *   every page shows them in the browser's error overlay until the file is fixed.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseIsoDate } from '../lib/calendar/index.ts';
import { loadContentOnce, reloadContent, type LoadResult } from '../loader/load-content.ts';
import { ContentError, errorsIn, sortProblems } from '../loader/problems.ts';
import { COUNCIL_ENTRY, type CouncilEntry } from './council-entry.ts';
import type { BuildSettings } from './settings.ts';

/** Saving in an editor can touch several files at once (or write then rename): read once after. */
const SETTLE_MS = 50;

function entryFor(result: LoadResult): CouncilEntry {
  return result.content ? { content: result.content } : { problems: sortProblems(errorsIn(result.problems)) };
}

function save({ store, generateDigest }: LoaderContext, result: LoadResult): void {
  const data = entryFor(result);
  store.set({ id: COUNCIL_ENTRY, data, digest: generateDigest(data) });
}

function report({ logger }: LoaderContext, result: LoadResult, what: string): void {
  const errors = sortProblems(errorsIn(result.problems));
  if (errors.length === 0) logger.info(`${what}: the content is valid.`);
  else logger.error(`${what}: ${new ContentError(errors).message}`);
}

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function councilLoader(settings: BuildSettings): Loader {
  const options = { today: parseIsoDate(settings.buildDate) };
  return {
    name: 'council-loader',
    load: async (context) => {
      const { watcher } = context;
      if (!watcher) {
        const result = loadContentOnce(settings.contentDir, options);
        if (!result.content) throw new ContentError(result.problems);
        save(context, result);
        return;
      }

      // npm run dev: read afresh (files may have changed since the last server), then on every save.
      const first = reloadContent(settings.contentDir, options);
      report(context, first, 'Loaded');
      save(context, first);
      watcher.add(settings.contentDir);
      let pending: ReturnType<typeof setTimeout> | undefined;
      const changed = (file: string): void => {
        if (!inside(settings.contentDir, file)) return;
        clearTimeout(pending);
        pending = setTimeout(() => {
          const result = reloadContent(settings.contentDir, options);
          report(context, result, `Reloaded after ${path.relative(path.dirname(settings.contentDir), file)} changed`);
          save(context, result);
        }, SETTLE_MS);
      };
      for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, changed);
    },
  };
}
