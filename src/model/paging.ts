/**
 * Lists that run over several pages, so no page grows without bound: a council with twenty times
 * the example's actions, meetings or updates still gets pages within the 14 kB gzipped budget that
 * `npm run verify` enforces (src/cli/verify/budgets.ts). The first page keeps the list's own
 * address; later pages follow it (`pageHref`). A list short enough for one page is one page, at the
 * address it has always had.
 *
 * How many to a page is the site's layout, not a council's choice: each figure leaves room for the
 * page's frame and for rows carrying long text (an action row with its outcome, partners and plans
 * weighs about 150 to 200 bytes gzipped; a meeting about 250; an update about 70).
 */
import { words } from '../i18n/index.ts';
import { pageHref } from './urls.ts';

export const PER_PAGE = {
  /** Action rows, with their details, on an objective's, a lead's, a status's or the overdue page. */
  actions: 30,
  /** Meetings, with their agendas and actions arising, on a year's page. */
  meetings: 25,
  /** Progress updates on a year's page. */
  updates: 80,
  /** Links on a page of the sitemap (/sitemap/), each about 40 bytes gzipped. */
  sitemap: 200,
  /**
   * Indicator rows of a year's scorecard, every period of the year with target, rating, change and
   * comparators, each about 100 bytes gzipped: a year with more is split into a page per objective
   * (src/model/scorecard-sections.ts), and an objective with more runs over pages of this many.
   */
  scorecardRows: 60,
  /**
   * Rows of a lead's to-do list (src/model/worklist.ts), each about 50 bytes gzipped: the lead's page
   * shows this many, overdue and soonest due first, and a longer list has pages of its own
   * (src/model/lead-lists.ts).
   */
  toDo: 30,
  /**
   * A lead's agenda items, actions from meetings or indicators, each a line of about 20 to 35 bytes
   * gzipped: a list longer than this has pages of its own of this many, and the lead's page says how
   * many there are instead (its indicators: the first this many).
   */
  leadLists: 40,
  /**
   * The lists a year's annual report shows in full, up to these lengths: the actions completed, overdue
   * and started (each line about 80 bytes gzipped), the indicators at the year end (a row about 65)
   * and the meetings held with their agendas (about 350 each). The example's 2025-26 report, with the
   * board's own words, 63 action lines, 24 rows and 6 meetings, was 9.0 kB gzipped; every list at its
   * limit (60 lines, 30 rows, 8 meetings) comes to about 10 kB, within the budget. A longer list is
   * summed up on the report instead: its count, the few that tell most (`annualHighlights`) and a
   * link to the whole list (src/model/annual-lists.ts).
   */
  annualActions: 20,
  annualIndicators: 30,
  annualMeetings: 8,
  /** How many of a long list the annual report names: the latest completed, the longest overdue, the red indicators. */
  annualHighlights: 5,
  /** Action lines on a page of a year's whole list of actions completed, overdue or started, each about 80 bytes gzipped. */
  annualListLines: 100,
} as const;

export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has (at least 1). */
  of: number;
  href: string;
  items: T[];
  /** The place in the whole list of this page's first and last item (1-based), and the list's length. */
  from: number;
  to: number;
  total: number;
  /** Every page of the list, first to last: a pager links them all. */
  hrefs: string[];
}

/** `items` in pages of `perPage`, the first at `base`. An empty list is one empty page. */
export function pagesOf<T>(items: readonly T[], base: string, perPage: number): ListPage<T>[] {
  if (!(perPage >= 1)) throw new Error(`A page holds at least one item, not ${perPage}.`);
  const of = Math.max(1, Math.ceil(items.length / perPage));
  const hrefs = Array.from({ length: of }, (_, i) => pageHref(base, i + 1));
  return hrefs.map((href, i) => ({
    number: i + 1,
    of,
    href,
    items: items.slice(i * perPage, (i + 1) * perPage),
    from: Math.min(items.length, i * perPage + 1),
    to: Math.min(items.length, (i + 1) * perPage),
    total: items.length,
    hrefs,
  }));
}

/** The page of `pages` that holds `item`: its address. */
export function pageHolding<T>(pages: readonly ListPage<T>[], item: T): ListPage<T> {
  const page = pages.find((p) => p.items.includes(item));
  if (!page) throw new Error('The item is on none of the pages.');
  return page;
}

/**
 * A list's title, and which page after the first: "Overdue actions, page 2 of 3". Each page's title
 * and its link in the sitemap both come from here, so the two always read the same.
 */
export const pagedTitle = (title: string, page: Pick<ListPage<unknown>, 'number' | 'of'>): string =>
  page.number === 1 ? title : `${title}, ${words.chrome.pager.pageOf(page.number, page.of)}`;
