/**
 * Marks abbreviations as each page is rendered (at build time for the static site, on every request
 * in `npm run dev`): the first use of each glossary abbreviation in the page's main content is
 * explained and linked to the glossary, on the young-person edition to its own word list. Doing it
 * here, on the page Astro has just rendered, covers the text that comes from YAML (action rows,
 * updates, commentary, figures) as well as the prose, and needs no second pass over dist/.
 */
import { defineMiddleware } from 'astro:middleware';
import { loadedContent } from './content-layer/loaded-content.ts';
import { markAbbreviations, type Abbreviation } from './markdown/abbreviations.ts';
import { glossaryPageHref, youngPeopleGeneratedHref, youngPeopleHref } from './model/urls.ts';

/** The glossary pages define the terms themselves, so they are left as written. */
const GLOSSARIES = new Set([glossaryPageHref, youngPeopleGeneratedHref('glossary')]);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const path = context.url.pathname;
  if (!response.headers.get('content-type')?.startsWith('text/html') || GLOSSARIES.has(path)) return response;
  const { glossary } = await loadedContent();
  const abbreviations: Abbreviation[] = glossary.flatMap((g) =>
    g.abbreviation ? [{ abbreviation: g.abbreviation, term: g.term }] : [],
  );
  const glossaryPath = path.startsWith(youngPeopleHref) ? youngPeopleGeneratedHref('glossary') : glossaryPageHref;
  const html = markAbbreviations(await response.text(), abbreviations, glossaryPath);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
