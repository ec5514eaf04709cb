/**
 * What the search index reads from a built page, beyond the page itself (the pages stay as built):
 * - a space between adjacent tags, because Pagefind joins the text of neighbouring elements as it
 *   finds it, and compressed HTML has no space between `</dt><dd>`, so excerpts read
 *   "StatusComplete";
 * - the page's title again, weighted above its headings;
 * - synonyms: Pagefind matches words only as written, so a page that says "dental" is found by
 *   "dentist" only if the index holds that word too. Each group of words that mean the same (from
 *   the glossary, a term and its abbreviation, and from site.yaml's search.synonyms) is matched
 *   against the page's indexed text, and the other words of a matching group are added to it,
 *   hidden and lightly weighted.
 */

/** Words that mean the same for searching: ["dentist", "dental"], ["PA", "personal adviser"]. */
export type SynonymGroup = readonly string[];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each word's pattern, compiled once per build rather than once per page (no "g": `test` keeps no state). */
const PATTERNS = new Map<string, RegExp>();

/** An abbreviation (all capitals) matches only as written; other words in any case, as whole words. */
function wordPattern(word: string): RegExp {
  let pattern = PATTERNS.get(word);
  if (!pattern) {
    const caseSensitive = /^[A-Z0-9&]+$/.test(word);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
    PATTERNS.set(word, pattern);
  }
  return pattern;
}

/** The groups whose words appear in `text`, with the words the text does not already use. */
export function synonymsFor(text: string, groups: readonly SynonymGroup[]): string[] {
  const added = new Set<string>();
  for (const group of groups) {
    const present = group.filter((word) => wordPattern(word).test(text));
    if (present.length === 0) continue;
    for (const word of group) if (!present.includes(word)) added.add(word);
  }
  return [...added];
}

const BODY = /(<[^>]*\bdata-pagefind-body\b[^>]*>)/;

/** The page's HTML as the index should read it: spaced tags and, inside the indexed region, its synonyms. */
export function searchableHtml(html: string, groups: readonly SynonymGroup[]): string {
  const spaced = html.replace(/>(?=<)/g, '> ');
  const body = BODY.exec(spaced);
  if (!body) return spaced;
  const text = spaced
    .slice(body.index)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  const words = synonymsFor(text, groups);
  // Weighted low, so a page that only has a synonym ranks below one that uses the word itself.
  const synonyms = words.length > 0 ? `<p hidden data-pagefind-weight="0.5">${escapeHtml(words.join(', '))}</p>` : '';
  const at = body.index + body[0].length;
  return `${spaced.slice(0, at)}${weightedTitle(spaced)}${synonyms}${spaced.slice(at)}`;
}

const unescapeHtml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * What the index adds at the top of the indexed region: the title again, weighted above any heading
 * (Pagefind does not rank its title metadata). The page's type for the results is the layout's own
 * metadata (BaseLayout).
 */
export function weightedTitle(html: string): string {
  const title = /data-pagefind-meta="title"[^>]*>([^<]*)</.exec(html)?.[1];
  return title ? `<p hidden data-pagefind-weight="10">${escapeHtml(unescapeHtml(title))}</p>` : '';
}
