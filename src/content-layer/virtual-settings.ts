/**
 * A Vite plugin that hands the build's settings (content folder, build date) to the code Vite
 * runs: `src/content.config.ts` and the pages. They import `virtual:corporate-parenting/settings`
 * and get plain JSON, fixed when the integration set the build up, so every part of one build
 * agrees on the folder and the day. (The pattern Starlight uses for its user config.)
 */
import type { ViteUserConfig } from 'astro';
import type { BuildSettings } from './settings.ts';

export const SETTINGS_MODULE = 'virtual:corporate-parenting/settings';
const RESOLVED = `\0${SETTINGS_MODULE}`;

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

export function settingsPlugin(settings: BuildSettings): VitePlugin {
  return {
    name: 'corporate-parenting-settings',
    resolveId(id) {
      return id === SETTINGS_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? `export default ${JSON.stringify(settings)};` : undefined;
    },
  };
}
