/**
 * What the content layer stores: one entry holding the whole validated content, or, while a file is
 * broken under `npm run dev`, the problems that stop it loading. One entry, because the content is
 * checked as a whole (references cross files), and pages read it as a whole. It is plain data
 * (strings, numbers, arrays, objects; Markdown trees are plain JSON too), so it survives Astro's
 * data store unchanged.
 */
import type { Content } from '../loader/model.ts';
import type { Problem } from '../loader/problems.ts';

export const COUNCIL_COLLECTION = 'council';
export const COUNCIL_ENTRY = 'content';

export type CouncilEntry = { content: Content } | { problems: Problem[] };
