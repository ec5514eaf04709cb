/**
 * Comparator figures with their periods and revisions, and council figures marked [r] and [p], over
 * the pledges fixture council: England's 2024-25 figure was revised from 10% to 10.4%, its 2025-26
 * figure is not out yet, and the Personal Education Plan row gives England's 2024-25 figure on the
 * 2025-26 scorecard.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorChart } from '../../src/charts/indicator-chart.ts';
import { buildFigureIndex } from '../../src/lib/scorecards/index.ts';
import { figureNotes } from '../../src/lib/scorecards/page-notes.ts';
import { copyCouncil, errorText, loadValid } from '../support/fixture-council.ts';
import { FIXTURES, PLEDGES_COUNCIL } from '../support/paths.ts';

const content = loadValid(PLEDGES_COUNCIL);
const figures = buildFigureIndex(content);
const comparators = content.site.comparators.map(({ key, label }) => ({ key, label }));

describe('comparator figures', () => {
  it('carry forward the latest published figure to a later year, labelled with its own year', () => {
    const q2 = figures.inYear('placement-moves', '2025-26').at(-1)!;
    expect(q2.comparators.england).toMatchObject({
      value: 10.4,
      period: '2024-25',
      carriedForward: true,
      display: '10.4% [r] (2024-25)',
    });
    // The year's own figure is shown as it is, with no year beside it.
    expect(q2.comparators.statistical_neighbours?.display).toBe('12%');
  });

  it('show a figure given for an earlier period with that period', () => {
    const pep = figures.yearEnd('pep-up-to-date', '2025-26')!;
    expect(pep.comparators.england).toMatchObject({
      period: '2024-25',
      carriedForward: false,
      display: '88% (2024-25)',
    });
  });

  it('keep the first-published value beside the revised one, marked [r] in its own year', () => {
    const q4 = figures.yearEnd('placement-moves', '2024-25')!;
    expect(q4.comparators.england).toMatchObject({
      value: 10.4,
      firstPublished: 10,
      revised: true,
      display: '10.4% [r]',
    });
  });
});

describe("the council's own figures", () => {
  it('are marked [r] when revised and [p] while provisional', () => {
    const [q3, q4] = figures.inYear('placement-moves', '2024-25');
    expect([q3!.markedDisplay, q4!.markedDisplay, q4!.firstPublished]).toEqual(['11%', '10.5% [r]', 10]);
    expect(figures.inYear('placement-moves', '2025-26').map((f) => f.markedDisplay)).toEqual(['10%', '9.1% [p]']);
  });
});

describe('what a page explains below its figures', () => {
  it('names every symbol shown, each revision, and figures from earlier years', () => {
    const notes = figureNotes(figures.all('placement-moves'), comparators, { councilName: 'Pledgeham' });
    expect(notes).toMatchInlineSnapshot(`
      {
        "earlierYears": true,
        "revisions": [
          "England, 2024-25: first published as 10%, revised to 10.4%.",
          "Pledgeham, Q4 2024-25: first published as 10%, revised to 10.5%.",
        ],
        "symbols": [
          "r",
          "p",
        ],
      }
    `);
  });

  it('says [x] where a comparator the page shows has no figure', () => {
    const pep = figures.all('pep-up-to-date');
    const notes = figureNotes(pep, comparators, { councilName: 'Pledgeham', allComparators: true });
    expect(notes.symbols).toEqual(['x']);
  });
});

describe('the chart', () => {
  it('uses the latest revision and says so', () => {
    const chart = indicatorChart(figures.all('placement-moves'), 'Pledgeham', comparators)!;
    expect(chart.summary).toMatchInlineSnapshot(
      `"Fell from 11% in Q3 2024-25 to 9.1% in Q2 2025-26, against a target of 10%. Where a figure was revised [r], the chart uses the latest revision."`,
    );
  });
});

describe('mistakes in periods and revisions', () => {
  const bad = (name: string): string => errorText(copyCouncil({ overlay: path.join(FIXTURES, 'bad', name) }));

  it('a wrong shape is refused, saying what fits', () => {
    expect(bad('comparator-shapes')).toMatchInlineSnapshot(`
      "content/scorecards/2025-26.yaml:8:69  "provisional" should be true or false, not the text "yes"
      content/scorecards/2025-26.yaml:10:16  "england" is a block of fields, which does not fit here: A figure (england: 71), or a figure with the year it belongs to and the value first published (england: {value: 71.4, period: 2024-25, first_published: 71})."
    `);
  });

  it('a period after the scorecard’s year, an unchanged revision or one with no figure are refused', () => {
    expect(bad('comparator-revisions')).toMatchInlineSnapshot(`
      "content/scorecards/2025-26.yaml:9:51  first_published needs the revised figure beside it: give the value (or numerator and denominator) it was revised to
      content/scorecards/2025-26.yaml:11:39  england's figure is for 2026-27, after this scorecard's year 2025-26: a scorecard can show only figures published for its year or earlier; move it to the 2026-27 scorecard
      content/scorecards/2025-26.yaml:12:61  first_published is the same as value (11): give first_published only when a later release revised the figure, or remove it
      content/scorecards/2025-26.yaml:18:40  statistical_neighbours 140 is not a percentage: it must be between 0 and 100
      content/scorecards/2025-26.yaml:18:62  statistical_neighbours first_published 120 is not a percentage: it must be between 0 and 100"
    `);
  });
});
