/**
 * The built pages of the pledges fixture council show comparators as its scorecards give them:
 * England's 2024-25 figure revised from 10% to 10.4% ([r]), carried forward to 2025-26 with its year,
 * England 2024-25 given on the 2025-26 scorecard, and a provisional figure of the council's ([p]),
 * with every symbol explained on the page that shows it.
 */
import { describe, expect, it } from 'vitest';
import { page as pageIn, text } from '../support/built-site.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('pledges-council');
const page = (url: string): Document => pageIn(SITE, url);
const words = (element: Element): string => element.textContent!.replace(/\s+/g, ' ').trim();

/** Each row of the page's figure table as its cells' text, by column heading. */
function tableRows(doc: Document): Record<string, string>[] {
  const table = doc.querySelector('table.data-table')!;
  const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  return [...table.querySelectorAll('tbody tr')].map((tr) =>
    Object.fromEntries(
      [...tr.querySelectorAll('th, td')].map((cell, i) => [
        headings[i]!,
        cell.textContent!.replace(/\s+/g, ' ').trim(),
      ]),
    ),
  );
}

describe("an indicator's page", () => {
  const doc = page('/indicators/placement-moves/');

  it('shows each figure with its marks, and England carried forward with its own year instead of [x]', () => {
    const rows = tableRows(doc).map((r) => [r.Period, r.Figure, r.England, r['Statistical neighbours']]);
    expect(rows).toEqual([
      ['Q3 2024-25', '11%', '10.4% [r]', '11%'],
      ['Q4 2024-25', '10.5% [r]', '10.4% [r]', '11%'],
      ['Q1 2025-26', '10%', '10.4% [r] (2024-25)', '12%'],
      ['Q2 2025-26', '9.1% [p]', '10.4% [r] (2024-25)', '12%'],
    ]);
  });

  it('explains [r] and [p], each revision and the figures from an earlier year, on the same page', () => {
    const notes = text(doc, '.footnote');
    expect(notes).toContain('[r] means the figure was revised since it was first published');
    expect(notes).toContain('[p] means the figure is provisional');
    expect(notes).toContain('England, 2024-25: first published as 10%, revised to 10.4%.');
    expect(notes).toContain('Pledgeham, Q4 2024-25: first published as 10%, revised to 10.5%.');
    expect(notes).toContain('A comparator figure with a year in brackets is the latest published, for that year');
  });

  it('says its chart uses the latest revision', () => {
    expect(text(doc, 'figure.chart')).toContain('Where a figure was revised [r], the chart uses the latest revision.');
  });
});

describe("a year's scorecard", () => {
  const doc = page('/scorecards/2025-26/');
  /** The row's cells, by their column (each cell's data-label). */
  const row = (id: string): Record<string, string> =>
    Object.fromEntries(
      [...doc.querySelectorAll(`#row-${id} td`)].map((td) => [td.getAttribute('data-label')!, words(td)]),
    );

  it('shows England 2024-25 with its year, carried forward or given with its period, and [p]', () => {
    expect(row('placement-moves')).toMatchObject({
      'Q2 (July to September 2025)': '9.1% [p]',
      England: '10.4% [r] (2024-25)',
      'Statistical neighbours': '12% (2025-26)',
    });
    expect(row('pep-up-to-date')).toMatchObject({ England: '88% (2024-25)', 'Statistical neighbours': '[x]' });
  });

  it('explains every symbol it shows, and each revision', () => {
    const key = text(doc, '.board-key');
    for (const symbol of ['[x]', '[r]', '[p]']) expect(key).toContain(`${symbol} means`);
    expect(text(doc, '.footnote')).toContain(
      'Children with three or more placements in the year: England, 2024-25: first published as 10%, revised to 10.4%.',
    );
  });
});
