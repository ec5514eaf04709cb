/**
 * The one way pages and endpoints obtain the council's content: the single entry the content
 * layer's loader stored (`council-loader.ts`), loaded and validated once per build. While a file is
 * broken under `npm run dev`, this throws the loader's messages, so Astro's error overlay shows
 * each problem's `file:line:col`.
 */
import { getEntry } from 'astro:content';
import type { Content } from '../loader/model.ts';
import { ContentError } from '../loader/problems.ts';
import { COUNCIL_COLLECTION, COUNCIL_ENTRY, type CouncilEntry } from './council-entry.ts';

export async function loadedContent(): Promise<Content> {
  const entry = await getEntry(COUNCIL_COLLECTION, COUNCIL_ENTRY);
  if (!entry) {
    throw new Error(
      'The content layer holds no content: pages must be built by Astro (npm run build or npm run dev), which runs src/content.config.ts first.',
    );
  }
  const data = entry.data as CouncilEntry;
  if ('problems' in data) throw new ContentError(data.problems);
  return data.content;
}
