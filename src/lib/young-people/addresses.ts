/**
 * Where each young-person page lives. The home page is /young-people/; an objective's page is
 * /young-people/<objective id>/ (the main objective page links there); any other page is
 * /young-people/<slug or file name>/. Two pages are made from data, not MDX, and keep their names.
 */
import type { YoungPeopleFrontMatter } from '../../schemas/pages.ts';

export const YOUNG_PEOPLE_ROOT = '/young-people/';

/** Pages the site builds from the scorecards, actions and glossary. */
export const GENERATED_PAGES = {
  progress: { slug: 'how-are-we-doing', title: 'How are we doing?' },
  glossary: { slug: 'glossary', title: 'Word list' },
} as const;

export const RESERVED_SLUGS: ReadonlySet<string> = new Set(Object.values(GENERATED_PAGES).map((p) => p.slug));

/** The page's part of the address, or undefined for the home page. */
export function youngPersonSlug(page: { id: string; data: YoungPeopleFrontMatter }): string | undefined {
  if (page.data.kind === 'home') return undefined;
  if (page.data.kind === 'objective' && page.data.objective) return page.data.objective;
  return page.data.slug ?? page.id;
}

export function youngPersonPath(page: { id: string; data: YoungPeopleFrontMatter }): string {
  const slug = youngPersonSlug(page);
  return slug === undefined ? YOUNG_PEOPLE_ROOT : `${YOUNG_PEOPLE_ROOT}${slug}/`;
}

/** The young-person page for an objective, as the main edition links to it. */
export function youngPersonObjectivePath(objectiveId: string): string {
  return `${YOUNG_PEOPLE_ROOT}${objectiveId}/`;
}

export function generatedPath(page: keyof typeof GENERATED_PAGES): string {
  return `${YOUNG_PEOPLE_ROOT}${GENERATED_PAGES[page].slug}/`;
}
