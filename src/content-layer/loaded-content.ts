/**
 * The one way pages, endpoints and build steps obtain the council's content: loaded, validated and
 * cross-checked once per build. (Being moved onto Astro's content layer; until then it delegates to
 * the loader's process-wide cache.)
 */
import { getContent } from '../loader/load-content.ts';
import type { Content } from '../loader/model.ts';

export async function loadedContent(): Promise<Content> {
  return getContent();
}
