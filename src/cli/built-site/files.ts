/**
 * A built site as folders and files: every HTML page with the URL it is served at, which file a URL
 * path serves (as a static host resolves it), and the URLs its sitemap lists. Shared by
 * `npm run verify`, the static server and the tests, so each reads a build the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Path inside the site folder, such as `scorecards/2025-26/index.html`. */
  relative: string;
  /** The URL path it is served at, such as `/scorecards/2025-26/`. */
  url: string;
}

/** Every file under `dir`, sorted, as absolute paths. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/** The URL path a file inside the site folder is served at (`a/index.html` → `/a/`). */
export function urlOf(relative: string): string {
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

/** Every HTML page of the site, search's own files left out (Pagefind ships no pages of the site). */
export function htmlPages(site: string): BuiltPage[] {
  return filesUnder(site)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const relative = path.relative(site, file).split(path.sep).join('/');
      return { file, relative, url: urlOf(relative) };
    })
    .filter((page) => !page.relative.startsWith('pagefind/'));
}

/** The file a URL path serves (`/x/` → x/index.html), or undefined for a miss or a path outside the site. */
export function fileForPath(site: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const root = path.resolve(site);
  const target = path.resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  const candidate = decoded.endsWith('/') ? path.join(target, 'index.html') : target;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/**
 * The URL paths listed in sitemap.xml (following a sitemap index), sorted; undefined when the site
 * has no sitemap, which `npm run verify` reports as a problem of its own.
 */
export function sitemapUrls(site: string): string[] | undefined {
  const found = sitemapPaths(site, '/sitemap.xml') ?? sitemapPaths(site, '/sitemap-index.xml');
  return found && [...new Set(found)].sort();
}

/** The site's own origins: those of the addresses in its sitemap (canonical links use the same). */
export function sitemapOrigins(site: string): Set<string> {
  const file = fileForPath(site, '/sitemap.xml') ?? fileForPath(site, '/sitemap-index.xml');
  if (!file) return new Set();
  return new Set(locations(readFileSync(file, 'utf8')).map((loc) => new URL(loc).origin));
}

function locations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!);
}

function sitemapPaths(site: string, sitemap: string): string[] | undefined {
  const file = fileForPath(site, sitemap);
  if (!file) return undefined;
  return locations(readFileSync(file, 'utf8'))
    .map((loc) => new URL(loc).pathname)
    .flatMap((loc) => (loc.endsWith('.xml') ? (sitemapPaths(site, loc) ?? []) : [loc]));
}
