/**
 * The pages only a large council has (issue 15), checked as `npm run verify` checks every page: axe
 * at 375 and 1280 px, reflow at 320 px, no requests elsewhere and no policy violations, with
 * verify's own messages. The long council (test/support/long-council.ts) has each list just longer
 * than a page holds. Its pages of each kind are pinned below: the first and last of each list that
 * runs over pages, and the summary pages that link to them. Chromium visits those of them that
 * between them show every kind of element they have (test/support/representative-pages.ts), as
 * for the other fixture councils, not all of its pages (a full crawl of a site this size would add
 * minutes to `npm test`). The file checks run over the whole site.
 * The pages are found from the site model, as the site's own routes find them, so the visit follows
 * the engine: a new kind of page belongs in `pagesToVisit`.
 */
import { describe, expect, it } from 'vitest';
import { sitemapUrls } from '../../src/cli/built-site/files.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import type { ListPage } from '../../src/model/paging.ts';
import { sitemapPages } from '../../src/model/page-list.ts';
import type { SiteModel } from '../../src/model/types.ts';
import { LEAD_LISTS } from '../../src/model/urls.ts';
import { loadValid } from '../support/fixture-council.ts';
import { TEST_TODAY } from '../support/test-date.ts';
import { TEST_SITES, testSite } from '../support/test-sites.ts';
import { representativePages } from '../support/representative-pages.ts';
import { verifySuite } from '../support/verify-suite.ts';

const SITE = await testSite('long-council');
const model = buildSiteModel(loadValid(TEST_SITES['long-council']), TEST_TODAY);

/** A list's first page and, when it runs over more than one, its last. */
const firstAndLast = (pages: readonly Pick<ListPage<unknown>, 'href'>[]): string[] =>
  pages.length > 1 ? [pages[0]!.href, pages.at(-1)!.href] : pages.map((page) => page.href);
/** A list's last page, when it runs over more than one (its first is a page every council has). */
const later = (pages: readonly Pick<ListPage<unknown>, 'href'>[]): string[] =>
  pages.length > 1 ? [pages.at(-1)!.href] : [];

/** One page of each kind a large council gets, by kind, the first of each in the site. */
function pagesToVisit(site: SiteModel): Record<string, string[]> {
  const card = site.scorecards.all.find((c) => c.sections !== undefined);
  const longest = card?.sections?.toSorted((a, b) => b.pages.length - a.pages.length)[0];
  const longestInPack = card?.pack?.objectives.toSorted((a, b) => b.pages.length - a.pages.length)[0];
  const lead = site.responsibilities.find((r) => Object.keys(r.longLists).length > 0);
  const report = site.annualReports.all.find((r) => r.lists.actions.some((list) => list.pages.length > 0));
  const kinds: Record<string, string[]> = {
    'a scorecard year split by objective, and an objective’s pages': [
      ...(card ? [card.href] : []),
      ...(longest ? firstAndLast(longest.pages) : []),
    ],
    'a board pack in sections: its contents, an objective’s pages and the exceptions': [
      ...(card?.pack ? [card.packHref] : []),
      ...firstAndLast(longestInPack?.pages ?? []),
      ...firstAndLast(card?.pack?.exceptions.pages ?? []),
    ],
    'a lead’s page, its later pages and its long lists': [
      ...(lead ? [lead.role.href, ...later(lead.actionPages)] : []),
      ...LEAD_LISTS.flatMap((list) => firstAndLast(lead?.longLists[list] ?? [])),
    ],
    'an annual report and its long lists': [
      ...(report ? [report.href] : []),
      ...(report?.lists.actions.flatMap((list) => firstAndLast(list.pages)) ?? []),
    ],
    'a later page of every other list that runs over pages': [
      ...later(site.objectives.all.find((o) => o.actionPages.length > 1)?.actionPages ?? []),
      ...later(site.overduePages),
      ...later(site.changes.pages),
      ...later(Object.values(site.statusPages).find((pages) => pages.length > 1) ?? []),
      ...later(site.meetingYears.find((y) => y.pages.length > 1)?.pages ?? []),
      ...later(site.updateYears.find((y) => y.pages.length > 1)?.pages ?? []),
      ...later(sitemapPages(site)),
    ],
  };
  return kinds;
}

const KINDS = pagesToVisit(model);
const pinned = Object.values(KINDS).flat();
const visited = representativePages(SITE, pinned);

describe('the long council', () => {
  it('has every kind of page a large council gets', () => {
    expect(Object.entries(KINDS)).toMatchInlineSnapshot(`
      [
        [
          "a scorecard year split by objective, and an objective’s pages",
          [
            "/scorecards/2025-26/",
            "/scorecards/2025-26/stable-homes/",
            "/scorecards/2025-26/stable-homes/page-2/",
          ],
        ],
        [
          "a board pack in sections: its contents, an objective’s pages and the exceptions",
          [
            "/scorecards/2025-26/board-pack/",
            "/scorecards/2025-26/board-pack/stable-homes/",
            "/scorecards/2025-26/board-pack/stable-homes/page-2/",
            "/scorecards/2025-26/board-pack/exceptions/",
            "/scorecards/2025-26/board-pack/exceptions/page-2/",
          ],
        ],
        [
          "a lead’s page, its later pages and its long lists",
          [
            "/leads/fostering-manager/",
            "/leads/fostering-manager/page-5/",
            "/leads/fostering-manager/to-do/",
            "/leads/fostering-manager/to-do/page-2/",
            "/leads/fostering-manager/agenda-items/",
            "/leads/fostering-manager/agenda-items/page-2/",
            "/leads/fostering-manager/arising/",
            "/leads/fostering-manager/arising/page-2/",
            "/leads/fostering-manager/indicators/",
            "/leads/fostering-manager/indicators/page-2/",
          ],
        ],
        [
          "an annual report and its long lists",
          [
            "/annual-reports/2025-26/",
            "/annual-reports/2025-26/completed/",
            "/annual-reports/2025-26/completed/page-2/",
            "/annual-reports/2025-26/overdue/",
            "/annual-reports/2025-26/started/",
            "/annual-reports/2025-26/started/page-2/",
          ],
        ],
        [
          "a later page of every other list that runs over pages",
          [
            "/objectives/stable-homes/page-5/",
            "/action-plan/status/complete/page-4/",
            "/updates/2025/page-2/",
            "/sitemap/page-2/",
          ],
        ],
      ]
    `);
  });

  it('lists each of them in its sitemap, so npm run verify visits them on a council’s own build', () => {
    const listed = new Set(sitemapUrls(SITE));
    expect(pinned.filter((href) => !listed.has(href))).toEqual([]);
  });

  it('has Chromium visit those of them that between them show every kind of element they have', () => {
    expect(visited).toMatchInlineSnapshot(`
      [
        "/scorecards/2025-26/stable-homes/",
        "/leads/fostering-manager/",
        "/annual-reports/2025-26/",
        "/scorecards/2025-26/board-pack/exceptions/",
        "/updates/2025/page-2/",
        "/scorecards/2025-26/board-pack/",
        "/scorecards/2025-26/board-pack/stable-homes/",
        "/action-plan/status/complete/page-4/",
        "/leads/fostering-manager/arising/",
        "/objectives/stable-homes/page-5/",
        "/scorecards/2025-26/",
        "/leads/fostering-manager/to-do/page-2/",
        "/sitemap/page-2/",
      ]
    `);
  });
});

verifySuite('long-council', { pages: visited });
