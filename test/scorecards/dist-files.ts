/** Reads the built site (.test-dist/) for tests: pages as DOM, data files, Pagefind fragments unzipped. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { TEST_DIST } from '../setup/build-site.ts';

export { TEST_DIST };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every text the site publishes that could carry a figure: HTML, SVG, CSV, JSON and search fragments. */
export function publishedTexts(): { file: string; text: string }[] {
  return walk(TEST_DIST).flatMap((full) => {
    const file = path.relative(TEST_DIST, full);
    if (/\.(html|svg|csv|json)$/.test(file)) return [{ file, text: readFileSync(full, 'utf8') }];
    if (file.endsWith('.pf_fragment')) return [{ file, text: gunzipSync(readFileSync(full)).toString('utf8') }];
    return [];
  });
}

export function hasSearchIndex(): boolean {
  return existsSync(path.join(TEST_DIST, 'pagefind'));
}

export function readDist(file: string): string {
  return readFileSync(path.join(TEST_DIST, file), 'utf8');
}

export function page(urlPath: string): Document {
  const file = path.join(urlPath.replace(/^\//, ''), 'index.html');
  return parseHTML(readDist(file)).document as unknown as Document;
}

/** A CSV as rows of cells (fields are all quoted by the site, which keeps this parser small). */
export function parseCsv(text: string): Record<string, string>[] {
  const body = text.replace(/^\uFEFF/, '').trimEnd();
  const rows = body
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
  const [header, ...rest] = rows;
  return rest.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}
