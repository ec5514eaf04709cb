/**
 * Dates and colours (issue 13, class 12), one fixture each in test/fixtures/security/<name>/, laid
 * over the minimal council and checked as of the tests' date (22 November 2026). Warnings are
 * pinned with the errors: each is what an editor reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, darkerUntil, HEADER_TEXT_COLOUR } from '../../src/lib/contrast.ts';
import { copyCouncil, problemLines } from '../support/fixture-council.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/security');
/** What the minimal council is warned about anyway, left out so each test shows what its fixture adds. */
const BASELINE = new Set(problemLines(copyCouncil()));
const check = (name: string): string =>
  problemLines(copyCouncil({ overlay: path.join(FIXTURES, name) }))
    .filter((line) => !BASELINE.has(line))
    .join('\n');

describe('progress updates dated after today are warned about, and do not hide staleness', () => {
  it('future-update: an overdue action with a future update is still warned about', () => {
    expect(check('future-update')).toMatchInlineSnapshot(`
      "content/actions/stable-homes.yaml:14:15  warning: this progress update on action 1.1 is dated 10 January 2027, after today (22 November 2026): an update says what has happened, so correct the date. Until then it is not counted when the check looks for overdue actions without recent news"
    `);
    // The staleness warning the minimal council has for action 1.1 is still there.
    expect([...BASELINE].some((line) => line.includes('action 1.1 was due by 31 March 2026'))).toBe(true);
    expect(
      problemLines(copyCouncil({ overlay: path.join(FIXTURES, 'future-update') })).some((line) =>
        line.includes('action 1.1 was due by 31 March 2026 and its last progress update was on 10 January 2026'),
      ),
    ).toBe(true);
  });

  it('future-update-year-typo: its only update is from the future, so the action has no news at all', () => {
    expect(check('future-update-year-typo')).toMatchInlineSnapshot(`
      "content/actions/stable-homes.yaml:8:16  warning: action 1.1 was due by 31 March 2026 and it has no progress update: add an update under "updates:" saying where it stands, set its status to complete if it is done, or agree a new timescale
      content/actions/stable-homes.yaml:12:15  warning: this progress update on action 1.1 is dated 10 January 2062, after today (22 November 2026): an update says what has happened, so correct the date. Until then it is not counted when the check looks for overdue actions without recent news"
    `);
  });

  it('future-update-tomorrow: one day is enough', () => {
    expect(check('future-update-tomorrow')).toContain('is dated 23 November 2026, after today (22 November 2026)');
  });
});

describe('scorecards for years or periods that have not ended are warned about', () => {
  it('scorecard-future-year', () => {
    expect(check('scorecard-future-year')).toMatchInlineSnapshot(
      `"content/scorecards/2027-28.yaml:1:7  warning: the reporting year 2027-28 (April 2027 to March 2028) has not started yet (today is 22 November 2026): no figures for it can exist, so check the year; a scorecard is added once its first figures are known"`,
    );
  });

  it('scorecard-future-period: Q3 and the whole year are not over; a symbol for Q4 is fine', () => {
    expect(check('scorecard-future-period')).toMatchInlineSnapshot(`
      "content/scorecards/2026-27.yaml:14:17  warning: "placement-moves" has a figure for Q3 2026-27 (October to December 2026), which ends on 31 December 2026, after today (22 November 2026): a figure cannot be known before its period ends, so check the period
      content/scorecards/2026-27.yaml:26:17  warning: "pep-up-to-date" has a figure for 2026-27 (April 2026 to March 2027), which ends on 31 March 2027, after today (22 November 2026): a figure cannot be known before its period ends, so check the period"
    `);
  });
});

describe('the accent colour gives 4.5:1 contrast with the header text', () => {
  it('accent-just-below', () => {
    expect(check('accent-just-below')).toMatchInlineSnapshot(
      `"content/site.yaml:14:18  the accent colour "#777777" gives only 4.4:1 contrast with the header's white text (and as the colour of links on white pages); it needs at least 4.5:1: choose a darker colour, such as "#757575""`,
    );
  });

  it('accent-yellow', () => {
    expect(check('accent-yellow')).toMatchInlineSnapshot(
      `"content/site.yaml:14:18  the accent colour "#ffcc00" gives only 1.5:1 contrast with the header's white text (and as the colour of links on white pages); it needs at least 4.5:1: choose a darker colour, such as "#8e7200""`,
    );
  });

  it('accent-red', () => {
    expect(check('accent-red')).toMatchInlineSnapshot(
      `"content/site.yaml:14:18  the accent colour "#FF0000" gives only 3.9:1 contrast with the header's white text (and as the colour of links on white pages); it needs at least 4.5:1: choose a darker colour, such as "#ed0000""`,
    );
  });

  it('accent-white', () => {
    expect(check('accent-white')).toMatchInlineSnapshot(
      `"content/site.yaml:14:18  the accent colour "#ffffff" gives only 1:1 contrast with the header's white text (and as the colour of links on white pages); it needs at least 4.5:1: choose a darker colour, such as "#757575""`,
    );
  });

  it.each([
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#1d4f6e', '#ffffff', 8.77],
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
  ])('contrast of %s with %s is %d:1 (WCAG 2.2 relative luminance)', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it.each(['#777777', '#ffcc00', '#ff0000', '#ffffff', '#00ffff'])('the suggested shade for %s passes', (colour) => {
    expect(contrastRatio(darkerUntil(colour, '#ffffff'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the rule checks against the colour the header really uses', () => {
  it('global.css gives .site-header the text colour the rule assumes', () => {
    const css = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
    const header = /\.site-header\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    const colour = /(?:^|;|\s)color:\s*(#[0-9a-f]{3,6})/i.exec(header)?.[1];
    const long = colour?.length === 4 ? `#${[...colour.slice(1)].map((c) => c + c).join('')}` : colour;
    expect(long?.toLowerCase()).toBe(HEADER_TEXT_COLOUR);
  });
});
