/**
 * An Astro integration that refuses to start a build or dev server when the content has errors.
 * `npm run build` checks first anyway (with friendlier output); this catches a bare `astro build`,
 * because Astro alone lets YAML syntax errors and broken references through.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirFromEnv, loadContent } from '../loader/load-content.ts';
import { ContentError, errorsIn } from '../loader/problems.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // Pages are bundled into another folder before they run, so they cannot find content/ relative
        // to their own file: pin the folder for them here, from the project root.
        process.env['CONTENT_DIR'] ??= fileURLToPath(new URL('content/', config.root));
        // Vitest loads this config for component tests; content tests check bad content on purpose.
        if (process.env['VITEST']) return;
        const { content, problems } = loadContent(contentDirFromEnv());
        if (!content || errorsIn(problems).length > 0) throw new ContentError(problems);
        updateConfig({ site: content.site.url });
      },
    },
  };
}
