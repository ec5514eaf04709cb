/**
 * Which part of the address each young-person page takes. The home page has none (it is
 * /young-people/); an objective's page takes the objective's id; any other page its slug or file
 * name. Two pages are made from data, not MDX, and keep their names. The addresses themselves are
 * built in src/model/urls.ts.
 */
import type { YoungPeopleFrontMatter } from '../../schemas/pages.ts';

/** Pages the site builds from the scorecards, actions and glossary (their titles are interface words). */
export const GENERATED_PAGES = {
  progress: { slug: 'how-are-we-doing' },
  glossary: { slug: 'glossary' },
  search: { slug: 'search' },
} as const;

export const RESERVED_SLUGS: ReadonlySet<string> = new Set(Object.values(GENERATED_PAGES).map((p) => p.slug));

/** What an address is made from: the page's file name and front matter. */
export interface YoungPersonAddressable {
  id: string;
  data: YoungPeopleFrontMatter;
}

/** The page's part of the address, or undefined for the home page. */
export function youngPersonSlug(page: YoungPersonAddressable): string | undefined {
  if (page.data.kind === 'home') return undefined;
  if (page.data.kind === 'objective' && page.data.objective) return page.data.objective;
  return page.data.slug ?? page.id;
}
