/**
 * After Astro has written every page: mark abbreviations on each page (first use links to the
 * glossary) and write sitemap.xml from the pages that exist. Works on the output folder, so pages
 * from every part of the site are covered.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getContent } from '../loader/load-content.ts';
import { markAbbreviations, type Abbreviation } from '../markdown/abbreviations.ts';
import { buildSitemap } from '../lib/sitemap.ts';

function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(root, full);
    return entry.name.endsWith('.html') ? [path.relative(root, full)] : [];
  });
}

/** The glossary page defines the terms itself, so it is left as written. */
const NO_ABBREVIATIONS = new Set(['glossary/index.html', 'young-people/glossary/index.html']);

/** Young-person pages link abbreviations to their own word list, which uses the same anchors. */
const forEdition = (file: string, html: string): string =>
  file.startsWith('young-people/') ? html.replaceAll('href="/glossary/#', 'href="/young-people/glossary/#') : html;

export function sitePostbuild(): AstroIntegration {
  return {
    name: 'site-postbuild',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const content = getContent();
        const abbreviations: Abbreviation[] = content.glossary.flatMap((g) =>
          g.abbreviation ? [{ abbreviation: g.abbreviation, term: g.term }] : [],
        );
        const files = htmlFiles(root);
        for (const file of files) {
          if (NO_ABBREVIATIONS.has(file.split(path.sep).join('/'))) continue;
          const full = path.join(root, file);
          const html = readFileSync(full, 'utf8');
          const marked = forEdition(file.split(path.sep).join('/'), markAbbreviations(html, abbreviations));
          if (marked !== html) writeFileSync(full, marked);
        }
        writeFileSync(path.join(root, 'sitemap.xml'), buildSitemap(content.site.url, files));
      },
    },
  };
}
