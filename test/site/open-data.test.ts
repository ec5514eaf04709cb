/**
 * The open data as people who reuse it get it, over the second fixture council's build: linked
 * from every page's footer, the action plan, every scorecard and every indicator; one tidy file of
 * every year and one per indicator, in the DfE's open data layout (time and geography columns
 * first, one column per measure, comparators as rows with their year); a ZIP holding every file
 * /data/ links to, byte for byte; and action numbers that stay text in Excel.
 */
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForPath, page as pageIn, parseCsv, readBuilt } from '../support/built-site.ts';
import { loadValid } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('second-council');
const content = loadValid(SECOND_COUNCIL);
const page = (url: string): Document => pageIn(SITE, url);
const links = (doc: Document, selector = 'a[href]'): string[] =>
  [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);
const header = (csv: string): string[] =>
  [
    ...csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .matchAll(/"([^"]*)"/g),
  ].map((m) => m[1]!);

const COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'new_la_code',
  'la_name',
  'comparator',
  'comparator_name',
  'indicator',
  'indicator_title',
  'unit',
  'value',
  'numerator',
  'denominator',
  'target',
  'rag',
  'direction',
];

describe('/data/ is linked where people look for figures', () => {
  it('from every page’s footer, the action plan, every scorecard and every indicator page', () => {
    expect(links(page('/'), '.site-footer a[href]')).toContain('/data/');
    expect(links(page('/action-plan/'), 'main a[href]')).toContain('/data/');
    for (const card of content.scorecards)
      expect(links(page(`/scorecards/${card.year}/`), 'main a[href]')).toContain('/data/');
    for (const i of content.indicators) expect(links(page(`/indicators/${i.id}/`), 'main a[href]')).toContain('/data/');
  });

  it('lists the all-years file, each indicator’s file and the ZIP', () => {
    const hrefs = links(page('/data/'), 'main a[href]');
    expect(hrefs).toEqual(expect.arrayContaining(['/data/figures.csv', '/data/figures.json', '/data/open-data.zip']));
    for (const i of content.indicators) expect(hrefs).toContain(`/data/indicators/${i.id}.csv`);
  });
});

describe('the tidy figures, in the DfE’s open data layout', () => {
  const csv = readBuilt(SITE, '/data/figures.csv');
  const rows = parseCsv(csv);

  it('has the time and geography columns first and one column per measure', () => {
    expect(header(csv)).toEqual(COLUMNS);
  });

  it('gives the council one row per indicator and period, with its value, counts and target', () => {
    const own = rows.filter((r) => r['geographic_level'] === 'Local authority');
    for (const card of content.scorecards) {
      for (const row of card.indicators) {
        const mine = own.filter(
          (r) => r['indicator'] === row.indicator && r['time_period'] === card.year.replace('-', ''),
        );
        expect(mine.map((r) => r['time_identifier']).sort()).toEqual(
          row.values.map((v) => (v.period === 'year' ? 'Financial year' : `Financial year ${v.period}`)).sort(),
        );
        for (const r of mine) {
          expect(r['la_name']).toBe(content.site.council);
          expect(r['comparator']).toBe('');
          if (row.target !== undefined) expect(r['target']).toBe(String(row.target));
        }
      }
    }
  });

  it('gives each comparator a row of its own, at its level, with the year its figure is for', () => {
    for (const card of content.scorecards) {
      for (const row of card.indicators) {
        for (const [key, value] of Object.entries(row.comparators)) {
          const found = rows.filter(
            (r) =>
              r['indicator'] === row.indicator &&
              r['comparator'] === key &&
              r['time_period'] === card.year.replace('-', ''),
          );
          expect(found, `${card.year} ${row.indicator} ${key}`).toHaveLength(1);
          expect(found[0]!['value']).toBe(String(value));
          expect(found[0]!['time_identifier']).toBe('Financial year');
          expect(found[0]!['geographic_level']).toBe(key === 'england' ? 'National' : 'Regional');
          expect(found[0]!['la_name']).toBe('');
        }
      }
    }
  });

  it('gives each indicator a file of its own rows, with the same columns', () => {
    for (const indicator of content.indicators) {
      const own = readBuilt(SITE, `/data/indicators/${indicator.id}.csv`);
      expect(header(own)).toEqual(COLUMNS);
      expect(parseCsv(own)).toEqual(rows.filter((r) => r['indicator'] === indicator.id));
    }
  });

  it('gives the same rows as JSON', () => {
    const json = JSON.parse(readBuilt(SITE, '/data/figures.json')) as { rows: Record<string, unknown>[] };
    expect(json.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])))).toEqual(
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ''))),
    );
  });
});

describe('the ZIP of everything', () => {
  it('holds every file /data/ links to, exactly as the site serves it', () => {
    const zip = unzipSync(new Uint8Array(readFileSync(fileForPath(SITE, '/data/open-data.zip')!)));
    const files = links(page('/data/'), 'main a[href]').filter((href) => /\.(csv|json)$/.test(href));
    expect(Object.keys(zip).sort()).toEqual(files.map((href) => href.replace('/data/', '')).sort());
    for (const href of files) {
      const served = readFileSync(fileForPath(SITE, href)!);
      expect(Buffer.from(zip[href.replace('/data/', '')]!).equals(served), href).toBe(true);
    }
  });
});

describe('action numbers in a spreadsheet', () => {
  it('stay text (3.10 is not 3.1): each is written as a formula that can only give that text', () => {
    const ids = parseCsv(readBuilt(SITE, '/data/actions.csv')).map((r) => r['id']);
    expect(ids).toEqual(content.actions.map((a) => `="${a.id}"`));
    const json = JSON.parse(readBuilt(SITE, '/data/actions.json')) as { rows: { id: string }[] };
    expect(json.rows.map((r) => r.id)).toEqual(content.actions.map((a) => a.id));
  });
});
