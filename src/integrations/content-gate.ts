/**
 * The Astro integration that sets a build up from its content:
 * - decides the build's settings (content folder, build date) once, from the environment, and
 *   hands them to the content layer and the pages through a virtual module;
 * - refuses to start a build when the content has errors (this catches a bare `astro build`;
 *   `npm run build` has checked first, with friendlier output) and takes the site's address
 *   from `site.yaml`.
 * It shares the build script's load of the content, so the content is read and validated once.
 * Under `npm run dev` it never stops the server: the content layer's loader shows the problems.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { settingsFromEnv } from '../content-layer/settings.ts';
import { settingsPlugin } from '../content-layer/virtual-settings.ts';
import { parseIsoDate } from '../lib/calendar/index.ts';
import { loadContentOnce } from '../loader/load-content.ts';
import { ContentError } from '../loader/problems.ts';

export function contentGate(): AstroIntegration {
  let buildCache: string | undefined;
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const settings = settingsFromEnv();
        updateConfig({ vite: { plugins: [settingsPlugin(settings)] } });
        // Pages that still call getContent() find the folder through the environment.
        process.env['CONTENT_DIR'] ??= settings.contentDir;
        if (command === 'build') {
          // Astro keeps the content layer's data store in its cache folder, and the pages read it
          // back from there. Builds of different councils may run at once (tests do): each gets
          // its own, so none can read another's content. Removed when the build ends, failed or not.
          const cache = mkdtempSync(path.join(tmpdir(), 'council-build-'));
          buildCache = cache;
          process.once('exit', () => rmSync(cache, { recursive: true, force: true }));
          updateConfig({ cacheDir: pathToFileURL(`${cache}/`) });
        }
        // Vitest loads this config (as a dev server) for component tests; a preview needs no content.
        if (command === 'preview' || (process.env['VITEST'] && command !== 'build')) return;
        const { content, problems } = loadContentOnce(settings.contentDir, {
          today: parseIsoDate(settings.buildDate),
        });
        if (content) updateConfig({ site: content.site.url });
        else if (command === 'build') throw new ContentError(problems);
      },
      'astro:build:done': () => {
        if (buildCache) rmSync(buildCache, { recursive: true, force: true });
      },
    },
  };
}
