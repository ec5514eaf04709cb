/**
 * Pages as readers meet them, over the second fixture council's build: counts read as sentences,
 * "Last updated" follows the content each page shows, the footer's Sitemap is a page listing every
 * page, the accessibility statement lists its exemptions, long pages have a contents list, the
 * action plan is a summary linking each objective's rows, and updates and meetings are split by
 * year, so no page grows without bound (longer lists run over pages: test/model/paging.test.ts).
 * (Reflow at 320 px is checked in Chromium by npm run verify's crawl: test/support/verify-suite.ts.)
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, page as pageIn, readBuilt, text } from '../support/built-site.ts';
import { loadValid } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('second-council');
const content = loadValid(SECOND_COUNCIL);
const page = (url: string): Document => pageIn(SITE, url);
const lastUpdated = (doc: Document): string | null | undefined =>
  doc.querySelector('.page-dates time')?.getAttribute('datetime');
const newest = (...dates: (string | undefined)[]): string =>
  dates.filter((d): d is string => d !== undefined).reduce((a, b) => (b > a ? b : a));
const allUpdates = content.actions.flatMap((a) => a.updates.map((u) => ({ ...u, action: a })));

describe('counts read as sentences', () => {
  it('puts spaces between the number, the words and the status on the status and overdue pages', () => {
    const atRisk = content.actions.filter((a) => a.status === 'at risk').length;
    expect(text(page('/action-plan/status/at-risk/'), 'main .lead')).toBe(
      `${atRisk} ${atRisk === 1 ? 'action is' : 'actions are'} at risk.`,
    );
    expect(text(page('/action-plan/overdue/'), 'main .lead')).toMatch(
      /^\d+ actions? (is|are) past their timescale and not complete, as of \d+ \w+ \d{4}\.$/,
    );
  });
});

describe('"Last updated" comes from what the page shows', () => {
  it('dates the action plan and its status views by the newest progress update', () => {
    const expected = newest(content.site.last_reviewed, ...allUpdates.map((u) => u.date));
    expect(expected).not.toBe(content.site.last_reviewed);
    for (const url of ['/action-plan/', '/action-plan/overdue/', '/action-plan/status/on-track/']) {
      expect(lastUpdated(page(url)), url).toBe(expected);
    }
  });

  it("dates each objective's page by its actions' updates and its indicators' scorecards", () => {
    for (const objective of content.objectives) {
      const actions = content.actions.filter((a) => a.objective === objective.id);
      const indicators = content.indicators.filter(
        (i) => i.objective === objective.id || objective.indicators.includes(i.id),
      );
      const cards = content.scorecards.filter((card) =>
        card.indicators.some((row) => indicators.some((i) => i.id === row.indicator)),
      );
      // An indicator's date is its newest scorecard's.
      const cardDates = indicators.map(
        (i) => cards.filter((c) => c.indicators.some((row) => row.indicator === i.id)).at(-1)?.updated,
      );
      const expected = newest(
        content.site.last_reviewed,
        ...actions.flatMap((a) => a.updates.map((u) => u.date)),
        ...cardDates,
      );
      expect(lastUpdated(page(`/objectives/${objective.id}/`)), objective.id).toBe(expected);
    }
  });

  it('dates the scorecards list by the newest scorecard', () => {
    const expected = newest(content.site.last_reviewed, ...content.scorecards.map((c) => c.updated));
    expect(lastUpdated(page('/scorecards/'))).toBe(expected);
  });
});

describe('the footer’s Sitemap', () => {
  it('opens an HTML page that links every page in sitemap.xml', () => {
    const footerLink = [...page('/').querySelectorAll('.site-footer a')].find((a) => a.textContent === 'Sitemap');
    expect(footerLink?.getAttribute('href')).toBe('/sitemap/');
    const listed = new Set([...page('/sitemap/').querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!));
    const xml = readBuilt(SITE, '/sitemap.xml');
    const urls = [...xml.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBe(htmlPages(SITE).length - 1); // every page but the 404 page
    expect(urls.filter((url) => !listed.has(url))).toEqual([]);
  });
});

describe('the accessibility statement', () => {
  it('lists each exemption from the regulations with its reason', () => {
    const doc = page('/accessibility/');
    const heading = [...doc.querySelectorAll('main h3')].find((h) => /not within the scope/.test(h.textContent!));
    const items = [...(heading?.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    const exemptions = content.accessibility.non_accessible.outside_scope;
    expect(exemptions.length).toBeGreaterThan(0);
    expect(items).toEqual(exemptions.map((e) => `${e.problem} ${e.reason}`));
  });
});

/** A page's contents list, as [label, target] pairs, each target checked to exist on the page. */
function contentsOf(doc: Document): string[][] {
  const nav = doc.querySelector('nav.contents-list');
  expect(nav, 'a contents list').not.toBeNull();
  expect(nav!.querySelector('h2')?.textContent?.trim()).toBe('Contents');
  return [...nav!.querySelectorAll('a')].map((a) => {
    const target = a.getAttribute('href')!.slice(1);
    expect(doc.getElementById(target), `#${target}`).not.toBeNull();
    return [a.textContent!.trim(), target];
  });
}

describe('the action plan stays one page long however long the plan grows', () => {
  it("lists each objective that has actions, with how many, linking to the objective's page that holds its rows", () => {
    const withActions = content.objectives.filter((o) => content.actions.some((a) => a.objective === o.id));
    const items = [...page('/action-plan/').querySelectorAll('main .plan-objectives li')].map((li) => [
      li.textContent!.replace(/\s+/g, ' ').trim(),
      li.querySelector('a')!.getAttribute('href'),
    ]);
    expect(items).toEqual(
      withActions.map((o) => {
        const n = content.actions.filter((a) => a.objective === o.id).length;
        return [`${o.number}. ${o.title} ${n} ${n === 1 ? 'action' : 'actions'}`, `/objectives/${o.id}/`];
      }),
    );
    expect(page('/action-plan/').querySelector('main tr[data-status]')).toBeNull();
  });
});

describe('updates by year', () => {
  const years = [...new Set(allUpdates.map((u) => u.date.slice(0, 4)))].sort().reverse();

  it('links each year from /updates/, newest first, with how many updates it has', () => {
    expect(years.length).toBeGreaterThan(1);
    const items = [...page('/updates/').querySelectorAll('main .year-list li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(
      years.map((y) => {
        const n = allUpdates.filter((u) => u.date.startsWith(y)).length;
        return `${y} ${n} ${n === 1 ? 'update' : 'updates'}`;
      }),
    );
  });

  it("puts every update on its year's page, under its month, with a contents list of the months", () => {
    for (const year of years) {
      const doc = page(`/updates/${year}/`);
      const inYear = allUpdates.filter((u) => u.date.startsWith(year));
      const shown = [...doc.querySelectorAll('main .update-list li')].map((li) => li.querySelector('p')!.textContent);
      expect(shown.sort()).toEqual(inYear.map((u) => u.text).sort());
      for (const update of inYear) {
        const section = doc.getElementById(`month-${update.date.slice(0, 7)}`)!.closest('section')!;
        expect(section.textContent).toContain(update.text);
      }
      const months = new Set(inYear.map((u) => u.date.slice(0, 7)));
      if (months.size > 1) expect(contentsOf(doc)).toHaveLength(months.size);
      expect(lastUpdated(doc)).toBe(newest(...inYear.map((u) => u.date)));
    }
  });
});

describe('meetings by year', () => {
  it("gives every meeting a place on its year's page, linked from /meetings/", () => {
    const years = [...new Set(content.meetings.map((m) => m.date.slice(0, 4)))].sort().reverse();
    expect(years.length).toBeGreaterThan(1);
    const index = [...page('/meetings/').querySelectorAll('main .year-list a')].map((a) => a.getAttribute('href'));
    expect(index).toEqual(years.map((y) => `/meetings/${y}/`));
    for (const meeting of content.meetings) {
      const doc = page(`/meetings/${meeting.date.slice(0, 4)}/`);
      const section = doc.getElementById(`meeting-${meeting.id}`);
      expect(section, meeting.id).not.toBeNull();
      expect(section!.textContent).toContain(meeting.agenda[0]!.title);
    }
  });

  it('links the meetings an action page names to their year pages', () => {
    const reviewed = content.meetings.find((m) => m.agenda.some((item) => item.actions.length > 0))!;
    const actionId = reviewed.agenda.find((item) => item.actions.length > 0)!.actions[0]!;
    const links = [...page(`/actions/${actionId.replaceAll('.', '-')}/`).querySelectorAll('main a[href]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toContain(`/meetings/${reviewed.date.slice(0, 4)}/#meeting-${reviewed.id}`);
  });
});
