/**
 * What one build, check or dev server is about: which content folder, and the day it is built
 * "as of". Decided once, from the command line's environment, by the Astro integration; pages and
 * the content layer's loader receive it through a virtual module (`virtual-settings.ts`), never by
 * reading `process.env` themselves.
 */
import { buildDate, toIsoDate } from '../lib/calendar/index.ts';
import { contentDirFromEnv } from '../loader/content-folder.ts';

export interface BuildSettings {
  /** Absolute path of the content folder (CONTENT_DIR, or the project's `content/`). */
  contentDir: string;
  /** The day overdue and stale content is judged by, as `YYYY-MM-DD` (BUILD_DATE, or today). */
  buildDate: string;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return { contentDir: contentDirFromEnv(env), buildDate: toIsoDate(buildDate(env)) };
}
