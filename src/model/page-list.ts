/**
 * Every page of the site, grouped as a reader looks for them, for the HTML sitemap (/sitemap/). The
 * pages are listed from the model, the same place the pages' own routes take them from; the built
 * sitemap.xml is made from the files, and the tests check that the two agree.
 */
import { words } from '../i18n/index.ts';
import { ACTION_STATUSES } from '../schemas/actions.ts';
import { leadListPages } from './lead-lists.ts';
import { pagedTitle, pagesOf, PER_PAGE, type ListPage } from './paging.ts';
import type { SiteModel } from './types.ts';
import * as urls from './urls.ts';

export interface PageLink {
  label: string;
  href: string;
}

export interface PageGroup {
  heading: string;
  /** The section's own page, when it has one. */
  href?: string;
  pages: PageLink[];
}

/** "Actions, page 2 of 3" for a list's later pages. */
const later = (page: ListPage<unknown>): string =>
  `${words.pages.objective.actions.toLowerCase()}, ${words.chrome.pager.pageOf(page.number, page.of)}`;

/** One page of the HTML sitemap: its share of the links, under the headings of the groups they belong to. */
export interface SitemapPage extends ListPage<PageLink> {
  groups: PageGroup[];
}

/** A link of the sitemap with the group it is listed under; a group with no links is listed by its heading alone. */
interface Entry {
  group: PageGroup;
  link?: PageLink;
}

const entriesOf = (groups: readonly PageGroup[]): Entry[] =>
  groups.flatMap((group) => (group.pages.length === 0 ? [{ group }] : group.pages.map((link) => ({ group, link }))));

/**
 * How many pages the sitemap takes. It lists its own later pages too, which adds links: counted
 * again until the number of pages holds (twice at most, since each page adds one link).
 */
function sitemapPageCount(model: SiteModel): number {
  let count = 1;
  for (;;) {
    const needed = Math.max(1, Math.ceil(entriesOf(listWith(model, count)).length / PER_PAGE.sitemap));
    if (needed <= count) return count;
    count = needed;
  }
}

/** Every page of the site, grouped, the sitemap's own pages included. */
export function pageList(model: SiteModel): PageGroup[] {
  return listWith(model, sitemapPageCount(model));
}

/**
 * The HTML sitemap in pages of PER_PAGE.sitemap links (src/model/paging.ts): at 20 times the
 * example it lists over 1,600 pages, some 56 kB gzipped on one page. Each page repeats the heading
 * of every group it continues; every link is on exactly one page, and a site that fits one page
 * keeps its one page at /sitemap/.
 */
export function sitemapPages(model: SiteModel): SitemapPage[] {
  const entries = entriesOf(pageList(model));
  return pagesOf(entries, urls.sitemapPageHref, PER_PAGE.sitemap).map((page) => {
    const groups: PageGroup[] = [];
    for (const { group, link } of page.items) {
      const last = groups.at(-1);
      const here = last?.heading === group.heading && last.href === group.href ? last : undefined;
      if (here) here.pages.push(link!);
      else groups.push({ ...group, pages: link ? [link] : [] });
    }
    return { ...page, items: page.items.flatMap((e) => (e.link ? [e.link] : [])), groups };
  });
}

function listWith(model: SiteModel, sitemapPages: number): PageGroup[] {
  const { chrome } = model;
  const nav = new Map(chrome.navigation.map((item) => [item.href, item.label]));
  const label = (href: string, fallback: string): string => nav.get(href) ?? fallback;
  const p = words.pages;
  const footer = words.chrome.footerLinks;
  const young = words.youngPeople.navigation;
  return [
    {
      heading: words.pages.sitemap.site,
      pages: [
        { label: chrome.sections.home.label, href: urls.homeHref },
        { label: label(urls.strategyHref, chrome.sections.strategy.label), href: urls.strategyHref },
        ...model.objectives.all.flatMap((o) =>
          o.actionPages.map((page) => ({
            label:
              page.number === 1
                ? words.objectives.numbered(o.number, o.title)
                : `${words.objectives.numbered(o.number, o.title)}: ${later(page)}`,
            href: page.href,
          })),
        ),
      ],
    },
    {
      heading: chrome.sections.actionPlan.label,
      href: urls.actionPlanHref,
      pages: [
        ...model.overduePages.map((page) => ({ label: pagedTitle(p.overdue.title, page), href: page.href })),
        ...model.changes.pages.map((page) => ({ label: pagedTitle(p.changes.title, page), href: page.href })),
        ...ACTION_STATUSES.flatMap((status) =>
          model.statusPages[status].map((page) => ({
            label: pagedTitle(p.status.title(status), page),
            href: page.href,
          })),
        ),
        ...model.actions.all.map((a) => ({ label: p.action.searchTitle(a.id, a.action), href: a.href })),
      ],
    },
    {
      heading: chrome.sections.scorecards.label,
      href: urls.scorecardsHref,
      pages: [
        ...[...model.scorecards.all].reverse().flatMap((card) => [
          { label: p.scorecard.title(card.year), href: card.href },
          ...(card.sections ?? []).flatMap((section) =>
            section.pages.map((page) => ({
              label: pagedTitle(section.title, page),
              href: page.href,
            })),
          ),
          { label: p.boardPack.title(card.year), href: urls.boardPackHref(card.year) },
          ...(card.pack?.objectives ?? []).flatMap(({ title, pages }) =>
            pages.map((page) => ({ label: pagedTitle(title, page), href: page.href })),
          ),
          ...(card.pack?.exceptions.pages ?? []).map((page) => ({
            label: pagedTitle(p.boardPack.sections.exceptionsTitle(card.year), page),
            href: page.href,
          })),
        ]),
        { label: p.indicators.title, href: urls.indicatorsHref },
        ...model.indicators.all.map((i) => ({ label: i.title, href: i.href })),
        { label: p.openData.title, href: urls.openDataHref },
      ],
    },
    {
      heading: chrome.sections.leads.label,
      href: urls.leadsHref,
      pages: model.responsibilities.flatMap((r) => [
        ...r.actionPages.map((page) => ({
          label: page.number === 1 ? r.role.title : `${r.role.title}: ${later(page)}`,
          href: page.href,
        })),
        ...leadListPages(r.longLists).map(({ list, page }) => ({
          label: pagedTitle(p.lead.lists[list].title(r.role.title), page),
          href: page.href,
        })),
      ]),
    },
    {
      heading: chrome.sections.governance.label,
      href: urls.governanceHref,
      pages: [
        { label: label(urls.meetingsHref, p.meetings.title), href: urls.meetingsHref },
        ...model.meetingYears.flatMap((y) =>
          y.pages.map((page) => ({ label: pagedTitle(p.meetings.yearTitle(y.year), page), href: page.href })),
        ),
        { label: p.annualReports.title, href: urls.annualReportsHref },
        ...[...model.annualReports.all].reverse().flatMap((r) => [
          { label: r.data.title, href: r.href },
          ...r.lists.actions.flatMap((list) =>
            list.pages.map((page) => ({
              label: pagedTitle(p.annualReport.list.title[list.kind](r.data.year), page),
              href: page.href,
            })),
          ),
        ]),
      ],
    },
    {
      heading: label(urls.updatesHref, words.updates.title),
      href: urls.updatesHref,
      pages: model.updateYears.flatMap((y) =>
        y.pages.map((page) => ({ label: pagedTitle(words.updates.yearTitle(y.year), page), href: page.href })),
      ),
    },
    {
      heading: words.pages.sitemap.youngPeople,
      href: urls.youngPeopleHref,
      pages: [
        ...model.youngPeople
          .filter((page) => page.href !== urls.youngPeopleHref)
          .map((page) => ({ label: page.data.title, href: page.href })),
        { label: young.progress, href: urls.youngPeopleGeneratedHref('progress') },
        { label: young.glossary, href: urls.youngPeopleGeneratedHref('glossary') },
        { label: words.youngPeople.searchPage.title, href: urls.youngPeopleGeneratedHref('search') },
      ],
    },
    {
      heading: words.pages.sitemap.help,
      pages: [
        { label: footer.accessibility, href: urls.accessibilityHref },
        { label: footer.glossary, href: urls.glossaryPageHref },
        { label: p.search.title, href: urls.searchHref },
        ...Array.from({ length: sitemapPages }, (_, i) => ({
          label: i === 0 ? p.sitemap.title : `${p.sitemap.title}, ${words.chrome.pager.pageOf(i + 1, sitemapPages)}`,
          href: urls.pageHref(urls.sitemapPageHref, i + 1),
        })),
      ],
    },
  ];
}
