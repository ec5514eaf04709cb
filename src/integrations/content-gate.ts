/**
 * An Astro integration that refuses to start a build or dev server when the content has errors.
 * `npm run build` checks first anyway (with friendlier output); this catches a bare `astro build`,
 * because Astro alone lets YAML syntax errors and broken references through.
 */
import type { AstroIntegration } from 'astro';
import { contentDirFromEnv, loadContent } from '../content/load-content.ts';
import { ContentError, errorsIn } from '../content/problems.ts';

export function contentGate(contentDir: string = contentDirFromEnv()): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Vitest loads this config for component tests; content tests check bad content on purpose.
        if (process.env['VITEST']) return;
        const { content, problems } = loadContent(contentDir);
        if (!content || errorsIn(problems).length > 0) throw new ContentError(problems);
        updateConfig({ site: content.site.url });
      },
    },
  };
}
