/**
 * The site model for this build: the loaded content, indexed once as of the build date. Every page,
 * endpoint and `getStaticPaths` asks here, so however many pages there are, the model is built once
 * per version of the content (a dev server's edit loads new content, and with it a new model).
 */
import { buildDay } from '../content-layer/build-day.ts';
import { loadedContent } from '../content-layer/loaded-content.ts';
import type { Content } from '../loader/model.ts';
import { toIsoDate } from '../lib/calendar/index.ts';
import { buildSiteModel } from './build-site-model.ts';
import type { SiteModel } from './types.ts';

let built: { content: Content; day: string; model: SiteModel } | undefined;

export async function getSiteModel(): Promise<SiteModel> {
  const content = await loadedContent();
  const today = buildDay();
  const day = toIsoDate(today);
  if (built?.content !== content || built.day !== day) built = { content, day, model: buildSiteModel(content, today) };
  return built.model;
}
