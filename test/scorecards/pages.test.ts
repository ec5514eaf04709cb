/**
 * The built scorecard, indicator, annual report and open data pages show what a reader needs, over
 * the second fixture council (two years, comparators of its own, hidden figures and real zeros).
 */
import { describe, expect, it } from 'vitest';
import { buildFigureIndex, ruleText } from '../../src/lib/scorecards/index.ts';
import { page as pageIn, parseCsv, readBuilt, text } from '../support/built-site.ts';
import { loadValid } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('second-council');
const content = loadValid(SECOND_COUNCIL);
const index = buildFigureIndex(content);
const page = (url: string): Document => pageIn(SITE, url);
const readDist = (file: string): string => readBuilt(SITE, file);

describe('scorecard pages', () => {
  it('list every year, newest first', () => {
    const links = [...page('/scorecards/').querySelectorAll('main li a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(content.scorecards.map((s) => `/scorecards/${s.year}/`).reverse());
  });

  it('give each objective one table: indicator, every period of the year, target, rating, change, comparators with their years', () => {
    const doc = page('/scorecards/2025-26/');
    const tables = [...doc.querySelectorAll('main section[aria-labelledby^="objective-"] table')];
    const objectivesInYear = new Set(
      content.scorecards
        .find((s) => s.year === '2025-26')!
        .indicators.map((row) => content.indicators.find((i) => i.id === row.indicator)!.objective),
    );
    expect(tables).toHaveLength(objectivesInYear.size);
    const headers = (table: Element): string[] =>
      [...table.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    // The first objective (feel safe) has quarterly indicators; the year also has annual ones.
    expect(headers(tables[0]!)).toEqual([
      'Indicator',
      'Q1 April to June 2025',
      'Q2 July to September 2025',
      'Q3 October to December 2025',
      'Q4 January to March 2026',
      'Year April 2025 to March 2026',
      'Target',
      'Rating',
      'Change since the last period',
      'England',
      'South West',
    ]);
    for (const th of tables[0]!.querySelectorAll('thead th')) expect(th.getAttribute('scope')).toBe('col');
    const row = doc.querySelector('#row-same-home-two-years')!;
    expect(row.querySelector('th[scope="row"] a')?.getAttribute('href')).toBe('/indicators/same-home-two-years/');
    // 61/90, 63/91, 64/92, 66/93; no annual figure; the comparators labelled with their year.
    expect([...row.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      '67.8%',
      '69.2%',
      '69.6%',
      '71%',
      '–',
      '70%',
      'Green: on target',
      'Since Q3 2025-26: Improving (rating was amber)',
      '71% (2025-26)',
      '69% (2025-26)',
    ]);
  });

  it('rate a hidden count against a target of 0, and count it', () => {
    const doc = page('/scorecards/2026-27/');
    const row = doc.querySelector('#row-missing-children')!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 2)).toEqual(['0', '[c]']);
    expect(row.querySelector('.rag--red')?.textContent).toBe('Red: off target');
    const summary = doc.querySelector('section[aria-labelledby="summary-heading"]')!;
    expect(text(summary, 'ul[aria-labelledby="summary-red"]')).toContain('Children who went missing from care');
  });

  it('open with a named summary: the red and amber indicators and the ratings that changed, each linked to its row', () => {
    const doc = page('/scorecards/2026-27/');
    const summary = doc.querySelector('main section[aria-labelledby="summary-heading"]')!;
    expect(summary.querySelector('h2#summary-heading')?.textContent).toBe('Summary');
    // The summary comes before every table.
    const first = doc.querySelector('main table')!;
    expect(summary.compareDocumentPosition(first) & 4).toBeTruthy();
    const group = (id: string): { heading: string; links: (string | null)[]; items: string[] } => {
      const list = summary.querySelector(`ul[aria-labelledby="${id}"]`);
      return {
        heading: summary.querySelector(`#${id}`)!.textContent!,
        links: [...(list?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
        items: [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
      };
    };
    // same-home-two-years: 71.3% then 68.4% against 72% within 5 points, amber both quarters.
    expect(group('summary-red')).toEqual({
      heading: 'Red, off target: 1 indicator',
      links: ['#row-missing-children'],
      items: ['Children who went missing from care'],
    });
    expect(group('summary-amber')).toEqual({
      heading: 'Amber, near target: 1 indicator',
      links: ['#row-same-home-two-years'],
      items: ['Children in the same home for two years or more'],
    });
    expect(group('summary-changed')).toEqual({
      heading: 'Rating changed since the last period: 1 indicator',
      links: ['#row-missing-children'],
      items: ['Children who went missing from care: green in Q1 2026-27, now red'],
    });
    for (const href of group('summary-red').links) expect(doc.querySelector(href!)).toBeTruthy();
  });

  it('explain every symbol and word the tables show, on the same page', () => {
    for (const card of content.scorecards) {
      const doc = page(`/scorecards/${card.year}/`);
      const tables = [...doc.querySelectorAll('main table')].map((t) => t.textContent!).join(' ');
      const key = text(doc, 'main section[aria-labelledby="key-heading"]');
      for (const symbol of ['[c]', '[x]', '[z]', '[low]', '–']) {
        if (tables.includes(symbol)) expect(key, `${card.year} ${symbol}`).toContain(`${symbol} means`);
      }
      expect(key).toContain('no change');
      for (const rag of ['Green', 'Amber', 'Red']) {
        if (tables.includes(`${rag}:`)) expect(key).toContain(`${rag}:`);
      }
    }
  });
});

describe('indicator pages', () => {
  it('are listed on /indicators/, each once, under its objective', () => {
    const links = [...page('/indicators/').querySelectorAll('main .glance a')].map((a) => a.getAttribute('href'));
    expect([...links].sort()).toEqual(content.indicators.map((i) => `/indicators/${i.id}/`).sort());
  });

  it('state the RAG rule in words and summarise the trend in one sentence beside the chart and table', () => {
    for (const indicator of content.indicators) {
      const figures = index.all(indicator.id);
      const latest = figures.at(-1);
      if (!latest) continue;
      const doc = page(`/indicators/${indicator.id}/`);
      expect(text(doc)).toContain(ruleText(indicator, latest.target, latest.tolerance, latest.year));
      const figure = doc.querySelector('figure.chart')!;
      expect(figure.querySelector('figcaption')?.textContent).toContain(indicator.title);
      expect(figure.querySelector('figcaption + p')?.textContent).toMatch(
        /^(Rose|Fell|Stayed|No figures|.+ the only figure)/,
      );
      expect(figure.querySelector('svg[role="img"][aria-label]')).toBeTruthy();
      expect(figure.querySelectorAll('table tbody tr')).toHaveLength(figures.length);
    }
  });

  it('carry no inline style attributes or style elements in the body (for the content security policy)', () => {
    for (const indicator of content.indicators) {
      const main = page(`/indicators/${indicator.id}/`).querySelector('main')!;
      expect(main.querySelectorAll('[style], style')).toHaveLength(0);
    }
  });
});

describe('annual reports', () => {
  it('put the board’s narrative beside what the data says of the year', () => {
    for (const report of content.annualReports) {
      const doc = page(`/annual-reports/${report.data.year}/`);
      const words = text(doc);
      expect(words).toContain(report.data.summary);
      for (const heading of ['What the data says', 'Actions', 'Indicators at the year end', 'Meetings held']) {
        expect([...doc.querySelectorAll('h2, h3')].map((h) => h.textContent)).toContain(heading);
      }
      for (const row of content.scorecards.find((s) => s.year === report.data.year)?.indicators ?? []) {
        expect(words).toContain(content.indicators.find((i) => i.id === row.indicator)!.title);
      }
    }
  });
});

describe('open data', () => {
  it('lists every download with its columns', () => {
    const doc = page('/data/');
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    for (const file of ['/data/indicators.csv', '/data/indicators.json', '/data/actions.csv', '/data/actions.json']) {
      expect(hrefs).toContain(file);
      expect(() => readDist(file.slice(1))).not.toThrow();
    }
    for (const card of content.scorecards) expect(hrefs).toContain(`/data/scorecards/${card.year}.csv`);
    // The measures are this council's own comparators (it lists England and its region, not neighbours).
    expect(text(doc)).toContain(
      'Measures are value (the figure), numerator and denominator (children, for percentages), target, england and region.',
    );
    expect(text(doc)).not.toContain('statistical_neighbours');
  });

  it('writes CSV that Excel opens cleanly: a byte-order mark, quoted fields, CRLF', () => {
    const csv = readDist('data/indicators.csv');
    expect(csv.startsWith('\uFEFF"id","title"')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv);
    expect(rows.map((r) => r['id'])).toEqual(content.indicators.map((i) => i.id));
  });

  it('gives the same scorecard rows as CSV and JSON', () => {
    for (const card of content.scorecards) {
      const csv = parseCsv(readDist(`data/scorecards/${card.year}.csv`));
      const json = (JSON.parse(readDist(`data/scorecards/${card.year}.json`)) as { rows: Record<string, unknown>[] })
        .rows;
      expect(json.map((r) => ({ ...r, value: String(r['value']) }))).toEqual(
        csv.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ''))),
      );
    }
  });
});
