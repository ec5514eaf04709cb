/**
 * The built site as tests see it: every HTML page in a dist folder with its URL, the URLs listed in
 * sitemap.xml (falling back to every page while there is no sitemap), and which file a URL path
 * serves. Shared by the dist checks and the browser tests, so both grow as pages are added.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TEST_DIST } from '../setup/build-site.ts';

export { TEST_DIST };

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Path inside the dist folder, such as `scorecards/2025-26/index.html`. */
  relative: string;
  /** The URL path it is served at, such as `/scorecards/2025-26/`. */
  url: string;
}

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

function urlOf(relative: string): string {
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

export function htmlPages(dist: string = TEST_DIST): BuiltPage[] {
  return filesUnder(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const relative = path.relative(dist, file).split(path.sep).join('/');
      return { file, relative, url: urlOf(relative) };
    });
}

/** The file a URL path serves (`/x/` → x/index.html), or undefined for a miss. */
export function fileForPath(dist: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const target = path.resolve(dist, `.${decoded}`);
  if (target !== dist && !target.startsWith(dist + path.sep)) return undefined;
  const candidate = decoded.endsWith('/') ? path.join(target, 'index.html') : target;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/**
 * The URL paths to check in a browser: those in sitemap.xml (or the files a sitemap index points
 * to), else every HTML page except error pages.
 */
export function siteUrls(dist: string = TEST_DIST): string[] {
  const fromSitemap = sitemapPaths(dist, '/sitemap.xml') ?? sitemapPaths(dist, '/sitemap-index.xml');
  if (fromSitemap && fromSitemap.length > 0) return [...new Set(fromSitemap)].sort();
  return htmlPages(dist)
    .map((page) => page.url)
    .filter((url) => !/^\/\d{3}(\.html|\/)$/.test(url));
}

function sitemapPaths(dist: string, sitemap: string): string[] | undefined {
  const file = fileForPath(dist, sitemap);
  if (!file) return undefined;
  const locations = [...readFileSync(file, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  return locations.flatMap((loc) => (loc.endsWith('.xml') ? (sitemapPaths(dist, loc) ?? []) : [loc]));
}
