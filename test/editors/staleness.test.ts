/**
 * The staleness warnings: each says what is out of date and how to bring it up to date, points at the
 * line to change, and never stops the build.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { copyCouncil, errorLines, warningLines } from '../support/fixture-council.ts';
import { edit } from './helpers.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('an overdue action with no recent progress update', () => {
  it('is a warning at its timescale once its last update is 90 days old', () => {
    const dir = copyCouncil();
    // Action 1.1 is due by the end of 2026-Q1; its last update is dated 10 January 2026.
    expect(warningLines(dir, day('2026-04-09')).filter((w) => w.includes('action 1.1'))).toEqual([]);
    expect(warningLines(dir, day('2026-04-10'))).toMatchInlineSnapshot(`
      [
        "content/actions/stable-homes.yaml:8:16  warning: action 1.1 was due by 31 March 2026 and its last progress update was on 10 January 2026, 90 days ago: add an update under "updates:" saying where it stands, set its status to complete if it is done, or agree a new timescale",
        "content/scorecards/2025-26.yaml:8:7  warning: "placement-moves" has no figure for Q3 2025-26 (October to December 2025), due by 1 March 2026: add "- period: Q3" with its figure, or with symbol: x if it is not available",
      ]
    `);
  });

  it('says so when the action has never had an update', () => {
    const dir = copyCouncil();
    edit(dir, 'actions/stable-homes.yaml', 'timescale: ongoing', 'timescale: 2026-06');
    expect(warningLines(dir, day('2026-07-01')).filter((w) => w.includes('1.2'))).toMatchInlineSnapshot(`
      [
        "content/actions/stable-homes.yaml:18:16  warning: action 1.2 was due by 30 June 2026 and it has no progress update: add an update under "updates:" saying where it stands, set its status to complete if it is done, or agree a new timescale",
      ]
    `);
  });

  it('goes away with a new update, or once the action is complete', () => {
    const withUpdate = copyCouncil();
    edit(
      withUpdate,
      'actions/stable-homes.yaml',
      '        text: Twelve households started assessment.\n',
      '        text: Twelve households started assessment.\n      - date: 2026-10-01\n        text: Eight households approved.\n',
    );
    expect(warningLines(withUpdate, day('2026-11-22')).filter((w) => w.includes('action 1.1'))).toEqual([]);

    const complete = copyCouncil();
    edit(complete, 'actions/stable-homes.yaml', 'status: on track', 'status: complete');
    expect(warningLines(complete, day('2026-11-22')).filter((w) => w.includes('action 1.1'))).toEqual([]);
  });

  it('is not given for an ongoing action or one not yet due', () => {
    const dir = copyCouncil();
    // 1.2 is ongoing with no updates; 1.1 is not due until 31 March 2026.
    expect(warningLines(dir, day('2026-03-31')).filter((w) => w.includes('actions/'))).toEqual([]);
  });
});

describe('terms of reference past their review date', () => {
  it('is a warning at next_review from the day after it', () => {
    const dir = copyCouncil();
    expect(warningLines(dir, day('2027-03-01')).filter((w) => w.includes('board.yaml'))).toEqual([]);
    expect(warningLines(dir, day('2027-03-02')).filter((w) => w.includes('board.yaml'))).toMatchInlineSnapshot(`
      [
        "content/board.yaml:22:14  warning: the terms of reference were due for review on 1 March 2027: once the board has reviewed them, change last_reviewed to the date it did and next_review to the next review date",
      ]
    `);
  });
});

describe('a scorecard year whose latest period is missing', () => {
  // Only the missing-figure warnings: on these earlier days the year's annual figure is also (rightly)
  // warned about as dated before its period ends, which future-dates.test.ts covers.
  const missing = (w: string): boolean => w.includes('scorecards/') && w.includes('has no figure for');
  it('warns when the latest quarter due has no figure, 60 days after the quarter ends', () => {
    const dir = copyCouncil();
    // placement-moves has Q1 and Q2 of 2025-26. Q3 ends on 31 December 2025, so it is due by 1 March 2026.
    expect(warningLines(dir, day('2026-02-28')).filter(missing)).toEqual([]);
    expect(warningLines(dir, day('2026-03-01')).filter(missing)).toMatchInlineSnapshot(`
      [
        "content/scorecards/2025-26.yaml:8:7  warning: "placement-moves" has no figure for Q3 2025-26 (October to December 2025), due by 1 March 2026: add "- period: Q3" with its figure, or with symbol: x if it is not available",
      ]
    `);
  });

  it('counts "symbol: x" as an answer', () => {
    const dir = copyCouncil();
    edit(
      dir,
      'scorecards/2025-26.yaml',
      '        numerator: 4\n        denominator: 198\n',
      '        numerator: 4\n        denominator: 198\n      - period: Q3\n        symbol: x\n',
    );
    expect(warningLines(dir, day('2026-03-01')).filter(missing)).toEqual([]);
  });

  it('warns when the newest year has no row for an indicator whose figure is due', () => {
    const dir = copyCouncil();
    // pep-up-to-date is annual: the year 2025-26 ends on 31 March 2026, so it is due by 30 May 2026.
    edit(dir, 'scorecards/2025-26.yaml', '  - indicator: pep-up-to-date\n', '  - indicator: pep-up-to-date-old\n');
    edit(dir, 'indicators.yaml', '- id: pep-up-to-date\n', '- id: pep-up-to-date-old\n');
    edit(dir, 'objectives.yaml', 'indicators: [pep-up-to-date]', 'indicators: [pep-up-to-date-old]');
    edit(
      dir,
      'indicators.yaml',
      '  frequency: quarterly\n',
      '  frequency: quarterly\n- id: pep-up-to-date\n  title: Plans\n  definition: Plans.\n  unit: percentage\n  polarity: higher is better\n  source: Records\n  objective: education\n  lead: virtual-school-head\n  counts_children: true\n  frequency: annual\n',
    );
    expect(warningLines(dir, day('2026-05-29')).filter((w) => w.includes('no row'))).toEqual([]);
    expect(warningLines(dir, day('2026-05-30')).filter((w) => w.includes('no row'))).toMatchInlineSnapshot(`
      [
        "content/scorecards/2025-26.yaml:4:3  warning: "pep-up-to-date" has no row in this scorecard, but its figure for the year 2025-26 was due by 30 May 2026: add "- indicator: pep-up-to-date" with its values, or with symbol: x if it is not available",
      ]
    `);
  });

  it('warns on the newest scorecard when the next year has figures due but no file', () => {
    const dir = copyCouncil();
    // Q1 2026-27 ends on 30 June 2026: due by 29 August 2026.
    expect(warningLines(dir, day('2026-08-28')).filter((w) => w.includes('no scorecard'))).toEqual([]);
    expect(warningLines(dir, day('2026-08-29')).filter((w) => w.includes('no scorecard'))).toMatchInlineSnapshot(`
      [
        "content/scorecards/2025-26.yaml:1:1  warning: there is no scorecard for 2026-27 yet, but its first quarter's figures were due by 29 August 2026: create it with "npm run new -- scorecard 2026-27"",
      ]
    `);
  });
});

it('never turns valid content into failing content', () => {
  const dir = copyCouncil();
  const late = day('2030-01-01');
  expect(warningLines(dir, late).length).toBeGreaterThan(0);
  expect(errorLines(dir, late)).toEqual([]);
  expect(loadContent(dir, { today: late }).content).toBeDefined();
});
