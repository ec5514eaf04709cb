/**
 * After Astro has written every page: write sitemap.xml from the pages that exist. Works on the
 * output folder, so pages from every part of the site are covered. (Abbreviations are marked while
 * each page renders: src/middleware.ts.)
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getContent } from '../loader/load-content.ts';
import { buildSitemap } from '../lib/sitemap.ts';

function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(root, full);
    return entry.name.endsWith('.html') ? [path.relative(root, full)] : [];
  });
}

export function sitePostbuild(): AstroIntegration {
  return {
    name: 'site-postbuild',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        writeFileSync(path.join(root, 'sitemap.xml'), buildSitemap(getContent().site.url, htmlFiles(root)));
      },
    },
  };
}
