/**
 * A year too long for its annual report (issue 15): the report counts each long list, names the few
 * that tell most and links to the whole list, which is on pages of its own or on a page the site
 * already has; a report whose lists are short shows them in full, as it always did. The long year
 * is the minimal council with 110 more actions, 40 indicators and nine more meetings in 2025-26.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ReportPage from '../../src/pages/annual-reports/[year].astro';
import ListPage from '../../src/pages/annual-reports/[year]/[list]/[...page].astro';
import { groupByObjective } from '../../src/lib/actions.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { pageList } from '../../src/model/page-list.ts';
import { PER_PAGE } from '../../src/model/paging.ts';
import type { AnnualReportEntry, SiteModel } from '../../src/model/types.ts';
import { copyCouncil, loadValid, removeCopy } from '../support/fixture-council.ts';
import { TEST_TODAY } from '../support/test-date.ts';

const addDays = (iso: string, days: number): string => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const read = (file: string): string => readFileSync(file, 'utf8');

interface LongYear {
  /** Also complete three actions after the year, so the action plan's complete actions are not the year's. */
  completedLater: boolean;
}

/** The minimal council with 2025-26 made long: more actions, indicators and meetings than the report shows in full. */
function longYear({ completedLater }: LongYear): string {
  return copyCouncil({
    prepare: (dir) => {
      const action = (id: number, fields: string[]): string =>
        [
          `  - id: "1.${id}"`,
          `    action: Action number ${id} of the long year.`,
          '    outcome: Children are better supported.',
          '    lead: fostering-manager',
          ...fields.map((f) => `    ${f}`),
        ].join('\n');
      const update = (date: string): string[] => ['updates:', `  - date: ${date}`, '    text: Work went ahead.'];
      const actions: string[] = [];
      let id = 3;
      // 24 completed in the year, one a week from 15 April 2025: 1.3 to 1.26.
      for (let i = 0; i < 24; i++)
        actions.push(action(id++, ['timescale: 2026-Q1', 'status: complete', ...update(addDays('2025-04-15', 7 * i))]));
      // Three completed after the year (1.27 to 1.29), only when asked.
      if (completedLater)
        for (let i = 0; i < 3; i++)
          actions.push(action(id++, ['timescale: 2026-Q3', 'status: complete', ...update('2026-05-01')]));
      // 23 at risk, due a week apart from 1 May 2025, so overdue at the year's end.
      for (let i = 0; i < 23; i++)
        actions.push(
          action(id++, [`timescale: ${addDays('2025-05-01', 7 * i)}`, 'status: at risk', ...update('2025-06-01')]),
        );
      // 60 on track, due in 2027.
      for (let i = 0; i < 60; i++)
        actions.push(action(id++, ['timescale: 2027-Q1', 'status: on track', ...update('2025-10-01')]));
      const file = path.join(dir, 'actions/stable-homes.yaml');
      writeFileSync(file, `${read(file).trimEnd()}\n${actions.join('\n')}\n`);

      const indicators: string[] = [];
      const rows: string[] = [];
      for (let i = 1; i <= 40; i++) {
        indicators.push(
          [
            `- id: long-year-${i}`,
            `  title: Long year measure ${i}`,
            '  definition: A share of all children in care.',
            '  unit: percentage',
            '  polarity: higher is better',
            '  source: Local records',
            '  objective: education',
            '  lead: virtual-school-head',
            '  counts_children: false',
            '  frequency: annual',
          ].join('\n'),
        );
        // Measures 1 to 12 red (30%), 13 to 26 amber (47%), 27 to 40 green (60%), against a target of 50%.
        const value = i <= 12 ? 30 : i <= 26 ? 47 : 60;
        rows.push(
          [
            `  - indicator: long-year-${i}`,
            '    target: 50',
            '    tolerance: { points: 5 }',
            '    values:',
            '      - period: year',
            `        value: ${value}`,
          ].join('\n'),
        );
      }
      const indicatorsFile = path.join(dir, 'indicators.yaml');
      writeFileSync(indicatorsFile, `${read(indicatorsFile).trimEnd()}\n${indicators.join('\n')}\n`);
      const cardFile = path.join(dir, 'scorecards/2025-26.yaml');
      writeFileSync(cardFile, `${read(cardFile).trimEnd()}\n${rows.join('\n')}\n`);

      // Nine more meetings, one a month from May to December 2025 and in February 2026, each with one
      // agenda item: ten in the year with the council's own in January 2026.
      for (let i = 0; i < 9; i++) {
        const date = i < 8 ? `2025-${String(5 + i).padStart(2, '0')}-12` : '2026-02-12';
        const body = i % 3 === 0 ? 'education-subgroup' : 'board';
        writeFileSync(
          path.join(dir, `meetings/${date}-${body}.yaml`),
          [
            `date: ${date}`,
            'time: "14:00"',
            `body: ${body}`,
            'agenda:',
            '  - title: Progress on the action plan',
            '    lead: fostering-manager',
            '',
          ].join('\n'),
        );
      }
    },
  });
}

let container: AstroContainer;
const dirs: string[] = [];
const modelOf = (dir: string): SiteModel => {
  dirs.push(dir);
  return buildSiteModel(loadValid(dir), TEST_TODAY);
};
let long: SiteModel;
let sameAsPlan: SiteModel;
let short: SiteModel;

beforeAll(async () => {
  container = await AstroContainer.create();
  long = modelOf(longYear({ completedLater: true }));
  sameAsPlan = modelOf(longYear({ completedLater: false }));
  short = modelOf(copyCouncil());
});
afterAll(() => dirs.forEach(removeCopy));

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The report's page as the site renders it, with what getStaticPaths gives it. */
async function renderReport(model: SiteModel, report: AnnualReportEntry): Promise<Document> {
  const html = await container.renderToString(ReportPage, {
    props: {
      report,
      chrome: model.chrome,
      indicatorTitle: (id: string) => model.indicators.find(id)?.title ?? id,
      symbolNotes: model.symbolNotes,
    },
  });
  return parseHTML(html).document;
}

/** The section of the report under an h4 (actions) or h3 heading: the elements up to the next heading. */
function section(doc: Document, heading: string): Element[] {
  const start = [...doc.querySelectorAll('main h3, main h4')].find((h) => text(h) === heading);
  if (!start) throw new Error(`No heading "${heading}"`);
  const out: Element[] = [];
  for (let el = start.nextElementSibling; el && !/^H[1-4]$/.test(el.tagName); el = el.nextElementSibling) out.push(el);
  return out;
}
/** What a reader sees of a section: each paragraph, and each list's items, apart. */
const sectionText = (doc: Document, heading: string): string =>
  section(doc, heading)
    .map((el) => (el.tagName === 'UL' ? [...el.children].map(text).join(' / ') : text(el)))
    .join(' | ');
const sectionLinks = (doc: Document, heading: string): string[] =>
  section(doc, heading).flatMap((el) =>
    [...el.querySelectorAll('a')].map((a) => `${text(a)} → ${a.getAttribute('href')}`),
  );

describe('the annual report of a long year', () => {
  it('counts each list of actions, names the latest completed and the longest overdue, and links to the whole list', async () => {
    const report = long.annualReports.get('2025-26');
    const doc = await renderReport(long, report);
    expect(sectionText(doc, 'Completed')).toMatchInlineSnapshot(
      `"25 actions were completed in 2025-26. The 5 completed most recently: | Completed on 15 December 2025: 2.1 Check every Personal Education Plan each term. (lead: Virtual School Head) / Completed on 23 September 2025: 1.26 Action number 26 of the long year. (lead: Fostering Service Manager) / Completed on 16 September 2025: 1.25 Action number 25 of the long year. (lead: Fostering Service Manager) / Completed on 9 September 2025: 1.24 Action number 24 of the long year. (lead: Fostering Service Manager) / Completed on 2 September 2025: 1.23 Action number 23 of the long year. (lead: Fostering Service Manager) | All 25 actions completed in 2025-26"`,
    );
    expect(sectionLinks(doc, 'Completed').at(-1)).toBe(
      'All 25 actions completed in 2025-26 → /annual-reports/2025-26/completed/',
    );
    expect(sectionText(doc, 'Overdue')).toMatchInlineSnapshot(
      `"23 actions were past their due date and not complete on 31 March 2026. The 5 overdue longest: | Due 1 May 2025: 1.30 Action number 30 of the long year. (lead: Fostering Service Manager) / Due 8 May 2025: 1.31 Action number 31 of the long year. (lead: Fostering Service Manager) / Due 15 May 2025: 1.32 Action number 32 of the long year. (lead: Fostering Service Manager) / Due 22 May 2025: 1.33 Action number 33 of the long year. (lead: Fostering Service Manager) / Due 29 May 2025: 1.34 Action number 34 of the long year. (lead: Fostering Service Manager) | All 23 actions overdue in 2025-26"`,
    );
    expect(sectionLinks(doc, 'Overdue').at(-1)).toBe(
      'All 23 actions overdue in 2025-26 → /annual-reports/2025-26/overdue/',
    );
    expect(sectionText(doc, 'Started')).toMatchInlineSnapshot(
      `"109 actions had their first progress update in 2025-26. How they stand now: | 109 actions 61 on track 23 at risk 25 complete 24 overdue | All 109 actions started in 2025-26"`,
    );
    expect(sectionLinks(doc, 'Started')).toEqual([
      'All 109 actions started in 2025-26 → /annual-reports/2025-26/started/',
    ]);
  });

  it('counts the indicators by rating, shows the first red ones and links to the year’s scorecard', async () => {
    const doc = await renderReport(long, long.annualReports.get('2025-26'));
    const indicators = section(doc, 'Indicators at the year end');
    expect(text(indicators[0])).toMatchInlineSnapshot(`"42 indicators 14 green 15 amber 12 red 1 not rated"`);
    expect(text(indicators[1])).toMatchInlineSnapshot(
      `"12 indicators were rated red at the year end; the first 5 in the scorecard’s order:"`,
    );
    const rows = indicators.flatMap((el) => [...el.querySelectorAll('tbody tr')]);
    expect(rows.map((row) => text(row.querySelector('th')))).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Long year measure ${n}`),
    );
    expect(sectionLinks(doc, 'Indicators at the year end').at(-1)).toBe(
      'Every indicator in the 2025-26 scorecard → /scorecards/2025-26/',
    );
  });

  it('counts the meetings by body and links to the calendar years’ pages of meetings', async () => {
    const doc = await renderReport(long, long.annualReports.get('2025-26'));
    expect(sectionText(doc, 'Meetings held')).toMatchInlineSnapshot(
      `"10 meetings were held in 2025-26, with 10 agenda items: | Education sub-group: 3 meetings / Corporate Parenting Board: 7 meetings | Each meeting, with its agenda and the actions it agreed, is on Meetings in 2025 and Meetings in 2026."`,
    );
    const links = sectionLinks(doc, 'Meetings held');
    expect(links).toEqual(['Meetings in 2025 → /meetings/2025/', 'Meetings in 2026 → /meetings/2026/']);
    const years = long.meetingYears.map((y) => y.href);
    expect(years).toEqual(expect.arrayContaining(['/meetings/2025/', '/meetings/2026/']));
  });

  it('has every action of a long list once on its own pages, none over a page, each page in the sitemap', async () => {
    const report = long.annualReports.get('2025-26');
    const started = report.lists.actions.find((l) => l.kind === 'started')!;
    expect(started.pages.map((p) => p.href)).toEqual([
      '/annual-reports/2025-26/started/',
      '/annual-reports/2025-26/started/page-2/',
    ]);
    const sitemap = pageList(long).flatMap((g) => g.pages);
    const listed: string[] = [];
    for (const page of started.pages) {
      expect(page.items.length).toBeLessThanOrEqual(PER_PAGE.annualListLines);
      expect(sitemap).toContainEqual({
        label: page.number === 1 ? 'Actions started in 2025-26' : 'Actions started in 2025-26, page 2 of 2',
        href: page.href,
      });
      const html = await container.renderToString(ListPage, {
        props: {
          chrome: long.chrome,
          report: { title: report.data.title, href: report.href, year: '2025-26', asOf: report.review.asOf },
          kind: 'started',
          page: { ...page, items: [] },
          sections: groupByObjective(long.objectives.all, page.items).filter((g) => g.actions.length > 0),
        },
      });
      const doc = parseHTML(html).document;
      if (page.number === 1) {
        expect(text(doc.querySelector('h1'))).toBe('Actions started in 2025-26');
        expect(text(doc.querySelector('.lead'))).toBe(
          '109 actions had their first progress update in 2025-26, up to 31 March 2026.',
        );
      }
      expect(text(doc.querySelector('title'))).toContain(
        page.number === 1 ? 'Actions started in 2025-26' : 'Actions started in 2025-26, page 2 of 2',
      );
      expect([...doc.querySelectorAll('nav.pager a')].map((a) => a.getAttribute('href'))).toContain(
        '/annual-reports/2025-26/started/page-2/',
      );
      listed.push(...[...doc.querySelectorAll('main li > a[href^="/actions/"]')].map((a) => a.getAttribute('href')!));
    }
    expect(listed).toEqual(started.actions.map((a) => a.href));
    expect(new Set(listed).size).toBe(109);
  });

  it('links to the action plan’s complete actions instead of a copy when they are the year’s', async () => {
    const report = sameAsPlan.annualReports.get('2025-26');
    const completed = report.lists.actions.find((l) => l.kind === 'completed')!;
    expect(completed.pages).toEqual([]);
    const doc = await renderReport(sameAsPlan, report);
    expect(sectionLinks(doc, 'Completed').at(-1)).toBe(
      'All 25 actions completed in 2025-26 → /action-plan/status/complete/',
    );
    const sitemap = pageList(sameAsPlan).flatMap((g) => g.pages.map((p) => p.href));
    expect(sitemap).not.toContain('/annual-reports/2025-26/completed/');
  });
});

describe('the annual report of a short year', () => {
  it('shows its lists in full and has no pages of lists', async () => {
    const report = short.annualReports.get('2025-26');
    expect(report.lists.actions.map((l) => [l.kind, l.summarised, l.pages.length])).toEqual([
      ['completed', false, 0],
      ['overdue', false, 0],
      ['started', false, 0],
    ]);
    const doc = await renderReport(short, report);
    expect(sectionText(doc, 'Completed')).toBe(
      '2.1 Check every Personal Education Plan each term. (lead: Virtual School Head)',
    );
    expect(section(doc, 'Indicators at the year end').some((el) => el.querySelector('table'))).toBe(true);
    expect(sectionText(doc, 'Meetings held')).toContain('Placement stability report');
  });
});
