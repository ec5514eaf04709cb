/**
 * Astro's content layer: one collection, filled by the project's own loader, which reads and
 * validates the whole content folder (src/loader/) once per build. Pages read it through
 * src/content-layer/loaded-content.ts.
 */
import { defineCollection } from 'astro:content';
import settings from 'virtual:corporate-parenting/settings';
import { COUNCIL_COLLECTION } from './content-layer/council-entry.ts';
import { councilLoader } from './content-layer/council-loader.ts';

export const collections = {
  [COUNCIL_COLLECTION]: defineCollection({ loader: councilLoader(settings) }),
};
