/**
 * Lists that run over several pages, so no page grows without bound: a council with many times the
 * model fixture's actions, meetings and updates (cloned in memory) gets its objectives' rows, the
 * status and overdue views, a year's meetings and a year's updates in pages; every item is on
 * exactly one page, every address to it names that page, and the sitemap lists every page.
 */
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/loader/model.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { pageList, sitemapPages } from '../../src/model/page-list.ts';
import { pagesOf, PER_PAGE } from '../../src/model/paging.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';
import { fixtureContent } from './fixture-model.ts';

describe('pages of a list', () => {
  it('keep a short list on one page at its own address, and number the pages of a long one', () => {
    const summary = (n: number) =>
      pagesOf(
        Array.from({ length: n }, (_, i) => i),
        '/a/',
        3,
      ).map((p) => `${p.href} ${p.from}-${p.to} of ${p.total}, page ${p.number} of ${p.of}`);
    expect(summary(0)).toEqual(['/a/ 0-0 of 0, page 1 of 1']);
    expect(summary(3)).toEqual(['/a/ 1-3 of 3, page 1 of 1']);
    expect(summary(7)).toEqual([
      '/a/ 1-3 of 7, page 1 of 3',
      '/a/page-2/ 4-6 of 7, page 2 of 3',
      '/a/page-3/ 7-7 of 7, page 3 of 3',
    ]);
    expect(() => pagesOf([1], '/a/', 0)).toThrow('A page holds at least one item, not 0.');
  });
});

/** The fixture with `n` more actions in its first objective (copies of its first, which is overdue, each with an update) and `n` more meetings in 2026. */
function bigCouncil(n: number): Content {
  const content = fixtureContent();
  const [first] = content.actions;
  const meeting = content.meetings.find((m) => m.date.startsWith('2026'))!;
  const actions = Array.from({ length: n }, (_, i) => ({
    ...first!,
    id: `1.${100 + i}`,
    status: 'on track' as const,
    updates: [{ date: '2026-02-01', text: `Update ${i}.` }],
  }));
  const meetings = Array.from({ length: n }, (_, i) => ({
    ...meeting,
    id: `${meeting.date}-extra-${i}`,
  }));
  return { ...content, actions: [...content.actions, ...actions], meetings: [...content.meetings, ...meetings] };
}

describe('a council with more than a page holds', () => {
  const n = 2 * Math.max(PER_PAGE.actions, PER_PAGE.meetings, PER_PAGE.updates) + 1;
  const model = buildSiteModel(bigCouncil(n), TODAY);
  const objective = model.objectives.all[0]!;
  const sitemap = new Set(pageList(model).flatMap((group) => group.pages.map((p) => p.href)));

  it("puts an objective's rows in pages of its own page, each row's plan address naming the page it is on", () => {
    const pages = objective.actionPages;
    expect(pages.length).toBe(Math.ceil(objective.actions.length / PER_PAGE.actions));
    expect(pages.slice(0, 2).map((p) => p.href)).toEqual([objective.href, `${objective.href}page-2/`]);
    expect(pages.flatMap((p) => p.items)).toEqual(objective.actions);
    for (const page of pages) {
      expect(page.items.length).toBeLessThanOrEqual(PER_PAGE.actions);
      for (const action of page.items) expect(action.planHref).toBe(`${page.href}#${action.anchor}`);
      expect(sitemap.has(page.href), page.href).toBe(true);
    }
  });

  it("puts a lead's actions in pages of the lead's own page, linked to each other, every action on one, each page in the sitemap", () => {
    const lead = model.responsibilities.reduce((a, b) => (b.actions.length > a.actions.length ? b : a));
    const pages = lead.actionPages;
    expect(pages.length).toBe(Math.ceil(lead.actions.length / PER_PAGE.actions));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, 2).map((p) => p.href)).toEqual([lead.role.href, `${lead.role.href}page-2/`]);
    expect(pages.flatMap((p) => p.items)).toEqual(lead.actions);
    for (const page of pages) {
      expect(page.items.length).toBeLessThanOrEqual(PER_PAGE.actions);
      expect(page.hrefs).toEqual(pages.map((p) => p.href));
      expect(sitemap.has(page.href), page.href).toBe(true);
    }
  });

  it('pages the status and overdue views, and lists every page in the sitemap', () => {
    const onTrack = model.statusPages['on track'];
    expect(onTrack.flatMap((p) => p.items)).toEqual(model.actionsByStatus['on track']);
    expect(onTrack.length).toBeGreaterThan(2);
    expect(model.overduePages.flatMap((p) => p.items)).toEqual(model.overdueActions);
    expect(model.overduePages.length).toBeGreaterThan(2);
    for (const page of [...onTrack, ...model.overduePages]) {
      expect(page.items.length).toBeLessThanOrEqual(PER_PAGE.actions);
      expect(sitemap.has(page.href), page.href).toBe(true);
    }
  });

  it("gives each meeting the address of its year's page that shows it: forward plan first, then those held, newest first", () => {
    const year = model.meetingYears.find((y) => y.year === '2026')!;
    expect(year.pages.length).toBeGreaterThan(2);
    const shown = year.pages.flatMap((p) => p.items);
    expect(new Set(shown)).toEqual(new Set(year.meetings));
    const today = TODAY.toISOString().slice(0, 10);
    const planned = shown.filter((m) => m.date >= today);
    expect(shown.slice(0, planned.length)).toEqual(planned);
    for (const page of year.pages) {
      expect(page.items.length).toBeLessThanOrEqual(PER_PAGE.meetings);
      for (const meeting of page.items) expect(meeting.href).toBe(`${page.href}#${meeting.anchor}`);
      expect(sitemap.has(page.href), page.href).toBe(true);
    }
  });

  it("puts a year's updates in pages, newest first, each page under its own month headings", () => {
    const year = model.updateYears.find((y) => y.year === '2026')!;
    expect(year.pages.length).toBeGreaterThan(2);
    expect(year.pages.flatMap((p) => p.items)).toEqual(model.updates.filter((u) => u.date.startsWith('2026')));
    for (const page of year.pages) {
      expect(page.items.length).toBeLessThanOrEqual(PER_PAGE.updates);
      expect(page.months.flatMap((m) => m.updates)).toEqual(page.items);
      expect(page.newest).toBe(page.items[0]!.date);
      expect(sitemap.has(page.href), page.href).toBe(true);
    }
  });

  it('runs the sitemap over pages, each link on exactly one, the later pages listed too', () => {
    const pages = sitemapPages(model);
    const links = pageList(model).flatMap((group) => group.pages.map((p) => p.href));
    expect(pages.length).toBe(Math.ceil(links.length / PER_PAGE.sitemap));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.href)).toEqual(pages[0]!.hrefs);
    expect(pages[1]!.href).toBe('/sitemap/page-2/');
    // Every page of the site, the sitemap's own later pages among them, once, in the sitemap's order.
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.pages.map((link) => link.href)))).toEqual(links);
    for (const page of pages) {
      expect(page.items.length).toBeLessThanOrEqual(PER_PAGE.sitemap);
      expect(links).toContain(page.href);
    }
    // A later page repeats the heading of the group it continues.
    const continued = pages[1]!.groups[0]!;
    expect(pages[0]!.groups.map((g) => g.heading)).toContain(continued.heading);
  });
});
