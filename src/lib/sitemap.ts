/**
 * sitemap.xml from the built pages themselves, so pages added by any part of the site are listed
 * without a registry to keep in step.
 */
import { escapeXml } from './atom.ts';

/** `actions/3-4/index.html` → `/actions/3-4/`; `index.html` → `/`. Undefined for pages left out. */
export function pagePath(htmlFile: string): string | undefined {
  const file = htmlFile.split('\\').join('/');
  if (file === '404.html' || file.startsWith('pagefind/')) return undefined;
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export function buildSitemap(siteUrl: string, htmlFiles: readonly string[]): string {
  const paths = htmlFiles
    .map(pagePath)
    .filter((p): p is string => p !== undefined)
    .sort();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${escapeXml(new URL(p, siteUrl).href)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
