/**
 * Builds the Pagefind search index for a built site, through Pagefind's Node API.
 * `npm run build` calls it on the staging folder before the swap, so a site that cannot be indexed
 * never replaces dist/. Run alone: node scripts/index-search.ts [site-folder] (default dist/).
 *
 * Each page is given to Pagefind as the index should read it (src/lib/search-text.ts): spaces
 * between tags so excerpts never run words together, the title weighted, the page's type for the
 * results, and the synonyms of the words it uses (the glossary's terms and abbreviations, and
 * site.yaml's search.synonyms). The pages on disk stay as built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { htmlPages } from '../src/cli/built-site/files.ts';
import { searchableHtml, type SynonymGroup } from '../src/lib/search-text.ts';
import { getContent } from '../src/loader/load-content.ts';

export interface IndexSummary {
  pages: number;
  /** Bytes written under <site>/pagefind/. */
  bytes: number;
  milliseconds: number;
}

/** Thrown with every message Pagefind reported, so the build can print them and stop. */
export class SearchIndexError extends Error {}

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new SearchIndexError(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
  }
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(folder, entry));
    if (stats.isFile()) total += stats.size;
  }
  return total;
}

/** The council's synonym groups: each glossary term with its abbreviation, then site.yaml's list. */
export function synonymGroups(): SynonymGroup[] {
  const content = getContent();
  return [
    ...content.glossary.flatMap((g) => (g.abbreviation ? [[g.term, g.abbreviation]] : [])),
    ...content.site.search.synonyms,
  ];
}

/** Indexes every HTML page under `siteDir` and writes the bundle to `<siteDir>/pagefind/`. */
export async function indexSite(
  siteDir: string,
  groups: readonly SynonymGroup[] = synonymGroups(),
): Promise<IndexSummary> {
  const started = performance.now();
  const outputPath = path.join(siteDir, 'pagefind');
  try {
    // One language for the whole site: every page is en-GB, and one index keeps the bundle small.
    const { errors, index } = await createIndex({ forceLanguage: 'en' });
    failOn('start', errors);
    if (!index) throw new SearchIndexError('Pagefind failed to start: it returned no index.');

    let pages = 0;
    for (const page of htmlPages(siteDir)) {
      const content = searchableHtml(readFileSync(page.file, 'utf8'), groups);
      const added = await index.addHTMLFile({ url: page.url, content });
      failOn(`index ${page.url}`, added.errors);
      // Pages without data-pagefind-body (the search page, the 404 page) are left out by Pagefind.
      if (content.includes('data-pagefind-body')) pages += 1;
    }
    if (pages === 0) throw new SearchIndexError(`Pagefind found no pages to index in ${siteDir}.`);

    const written = await index.writeFiles({ outputPath });
    failOn('write the index', written.errors);
    return { pages, bytes: folderBytes(outputPath), milliseconds: performance.now() - started };
  } finally {
    await close();
  }
}

if (import.meta.filename === process.argv[1]) {
  const siteDir = path.resolve(process.argv[2] ?? 'dist');
  if (!existsSync(siteDir)) {
    console.error(`✗ No built site at ${siteDir}. Run npm run build first.`);
    process.exit(1);
  }
  try {
    const summary = await indexSite(siteDir);
    console.log(
      `✓ Indexed ${summary.pages} pages for search (${(summary.bytes / 1024).toFixed(0)} KB) in ${(summary.milliseconds / 1000).toFixed(1)} s.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
