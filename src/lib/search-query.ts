/**
 * What the search page reads from its address. The header's search form is a plain GET form, so
 * `/search/?q=dental&edition=young-people` is all the page gets; this turns it into a Pagefind query.
 */

/**
 * How long the search box waits after a keystroke before searching. Pagefind's default is 300 ms,
 * which alone spends most of the 100 ms a result should take, and it reads 0 as "use the default".
 * 25 ms is shorter than the gap between any person's keystrokes, so the box searches as the reader
 * types: each search fetches the index chunks the next one needs, and the last keystroke's search
 * starts at once (measured: 60 ms gave a median of 133 ms, 25 ms gave 63 to 81 ms).
 */
export const SEARCH_DEBOUNCE_MS = 25;

/** The `edition` filter's human-word values, as BaseLayout writes them into every page. */
export const EDITIONS = { full: 'Full', 'young-people': 'Young people' } as const;

export interface SearchRequest {
  /** The words typed, trimmed; empty when the page was opened without a query. */
  term: string;
  /** Pagefind filters to pre-select, such as `{ edition: ['Young people'] }`. */
  filters: Record<string, string[]>;
}

export function readSearchRequest(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  const term = (params.get('q') ?? '').trim();
  const edition = params.get('edition');
  const filters: Record<string, string[]> = {};
  if (edition === 'young-people' || edition === 'full') filters['edition'] = [EDITIONS[edition]];
  return { term, filters };
}

/** The address to show after a new search, so the back button and shared links keep the query. */
export function searchAddress(term: string, filters: Record<string, string[]>): string {
  const params = new URLSearchParams();
  if (term.trim()) params.set('q', term.trim());
  const edition = filters['edition'] ?? [];
  if (edition.length === 1 && edition[0] === EDITIONS['young-people']) params.set('edition', 'young-people');
  if (edition.length === 1 && edition[0] === EDITIONS.full) params.set('edition', 'full');
  const query = params.toString();
  return query ? `?${query}` : '';
}
