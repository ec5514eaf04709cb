/**
 * The facets a page gives site search (Pagefind filters). Filter names and values are fixed here:
 * the search page offers them to readers, so values are words people read ("on track", "2025-26").
 */
import { words } from '../i18n/index.ts';
import type { ObjectiveTerm } from '../i18n/en.ts';

export interface SearchFacets {
  type: 'action' | 'objective' | 'indicator' | 'meeting' | 'page';
  /** The objective's title. */
  objective?: string;
  /** Lead job titles. */
  lead?: string[];
  /** A status in words, such as "on track". */
  status?: string;
  /** A reporting year, such as "2025-26". */
  year?: string;
}

export type Edition = 'full' | 'young-people';

/** Name and value pairs, in a stable order, one per Pagefind filter element. */
export function searchFilters(
  facets: SearchFacets | undefined,
  edition: Edition,
  term: ObjectiveTerm,
): [string, string][] {
  const filters: [string, string][] = [['edition', words.search.editions[edition]]];
  if (!facets) return filters;
  const type = words.search.types[facets.type];
  filters.push(['type', typeof type === 'string' ? type : type(term)]);
  if (facets.objective) filters.push(['objective', facets.objective]);
  for (const lead of facets.lead ?? []) filters.push(['lead', lead]);
  if (facets.status) filters.push(['status', facets.status]);
  if (facets.year) filters.push(['year', facets.year]);
  return filters;
}
