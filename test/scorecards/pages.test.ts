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

  it('show every indicator of the year under its objective, with its year-end figure and rating in words', () => {
    for (const card of content.scorecards) {
      const doc = page(`/scorecards/${card.year}/`);
      for (const row of card.indicators) {
        const section = doc.querySelector(`#indicator-${row.indicator}`)?.closest('section.indicator-card');
        expect(section, row.indicator).toBeTruthy();
        const indicator = content.indicators.find((i) => i.id === row.indicator)!;
        const objective = content.objectives.find((o) => o.id === indicator.objective)!;
        expect(section!.closest('section[aria-labelledby^="objective-"]')?.querySelector('h2')?.textContent).toContain(
          objective.title,
        );
        const figure = index.yearEnd(row.indicator, card.year)!;
        const words = section!.textContent!.replace(/\s+/g, ' ');
        expect(words).toContain(`${figure.display} (${figure.periodLabel})`);
        expect(words).toContain(
          figure.rag ? `${figure.rag.charAt(0).toUpperCase()}${figure.rag.slice(1)}:` : 'No rating',
        );
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
