/**
 * Which content folder a command works on. The one place that reads CONTENT_DIR, so that check,
 * build, dev, new, changes and verify all agree: a council (or a test) points every command at
 * another folder with `CONTENT_DIR=<folder> npm run …`.
 */
import path from 'node:path';

/** The project's own content folder. */
export const CONTENT_DIR = path.resolve(import.meta.dirname, '../../content');

/** The folder to work on: CONTENT_DIR from the environment when set, else the project's `content/`. */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env['CONTENT_DIR'] ? path.resolve(env['CONTENT_DIR']) : CONTENT_DIR;
}

/**
 * The folder Astro publishes as it is (the council's logo, favicon, headers): the project's
 * `public/`, whichever content folder is built.
 */
export const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../public');
