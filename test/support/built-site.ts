/**
 * Reading a built test site in tests: pages as DOM (parsed once each), files as text, CSV as rows.
 * Which site is built where is test/support/test-sites.ts; how a site is read as folders and URLs
 * is src/cli/built-site/files.ts, shared with `npm run verify`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { fileForPath } from '../../src/cli/built-site/files.ts';

export { fileForPath, filesUnder, htmlPages, sitemapUrls } from '../../src/cli/built-site/files.ts';

/** The text of a file in the site, by URL path (`/data/actions.csv`) or by path inside it. */
export function readBuilt(site: string, file: string): string {
  const found = fileForPath(site, file.startsWith('/') ? file : `/${file}`);
  if (!found) throw new Error(`${path.basename(site)} has nothing at ${file}`);
  return readFileSync(found, 'utf8');
}

const parsed = new Map<string, Document>();

/** The page a URL path (`/actions/3-4/`) serves, parsed once and shared by the file's tests. */
export function page(site: string, url: string): Document {
  const file = fileForPath(site, url);
  if (!file) throw new Error(`${path.basename(site)} has no page at ${url}`);
  let doc = parsed.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    parsed.set(file, doc);
  }
  return doc;
}

/** The text of an element with whitespace collapsed, as a reader sees it. */
export const text = (doc: Document | Element, selector = 'main'): string =>
  doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A CSV as rows of named cells (the site quotes every field, which keeps this parser small). */
export function parseCsv(csv: string): Record<string, string>[] {
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
  const [header = [], ...rest] = rows;
  return rest.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
