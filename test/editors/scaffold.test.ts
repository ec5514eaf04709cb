/**
 * `npm run new -- <type>`: each scaffold takes the next free id, writes a file (or adds to the end of a
 * list) without touching anything else, passes the check, and leaves a warning at every TODO line.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import type { Content } from '../../src/loader/model.ts';
import { scaffold, ScaffoldError } from '../../src/cli/scaffold/index.ts';
import { copyCouncil, errorLines, warningLines } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';
import { runScript } from './helpers.ts';

function contentOf(dir: string): Content {
  const { content } = loadContent(dir, { today: TODAY });
  if (!content) throw new Error('the copy should be valid');
  return content;
}

const placeholderWarnings = (dir: string): string[] => warningLines(dir).filter((w) => w.includes('placeholder'));

describe('a new action', () => {
  it('is added to the end of its objective’s file with the next number, leaving the rest as it was', () => {
    const dir = copyCouncil();
    const before = readFileSync(path.join(dir, 'actions/stable-homes.yaml'), 'utf8');
    const made = scaffold(contentOf(dir), dir, 'action', ['stable-homes'], TODAY);
    const after = readFileSync(made.file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatchInlineSnapshot(`
      "  - id: "1.3"
          action: "TODO: what will be done"
          outcome: "TODO: the difference it will make for children and young people"
          lead: director-childrens-services # the objective's lead: change it to the role (id from roles.yaml) that leads this action
          partners: [] # partner organisations or teams, for example [Local health trust]
          plans: [] # related plans by name, for example [Sufficiency strategy 2025-28], or "Not applicable"
          timescale: "2028-03" # when it is due: a date (2026-03-31), a month (2026-03), a quarter (2026-Q1) or ongoing
          # status: not started # once reported, one of: not started, on track, at risk, off track, complete. Left out, it shows as not yet reported
          # percent_complete: 0 # how far through it is, 0 to 100, if the plan reports it
          indicators: [] # ids of indicators that show whether it is working
          updates: [] # progress updates: "- date: 2026-01-05" then "text: …", and status: or percent_complete: as they stood that day
      "
    `);
    expect(made.what).toBe('Added action 1.3 to');
    expect(contentOf(dir).actions.map((a) => a.id)).toEqual(['1.1', '1.2', '1.3', '2.1']);
  });

  it('passes the check, with a warning at each line still to fill in', () => {
    const dir = copyCouncil();
    const made = scaffold(contentOf(dir), dir, 'action', ['2'], TODAY);
    expect(errorLines(dir)).toEqual([]);
    expect(placeholderWarnings(dir)).toMatchInlineSnapshot(`
      [
        "content/actions/education.yaml:15:13  warning: replace the placeholder "TODO: what will be done" with the real text",
        "content/actions/education.yaml:16:14  warning: replace the placeholder "TODO: the difference it will make for children and young people" with the real text",
      ]
    `);
    expect(made.todo.map((t) => `${made.shown}:${t.line}:${t.col}`)).toEqual(
      placeholderWarnings(dir).map((w) => w.split('  ')[0]),
    );
  });

  it('starts the objective’s file when it has no actions yet', () => {
    const dir = copyCouncil();
    rmSync(path.join(dir, 'actions/education.yaml'));
    const made = scaffold(contentOf(dir), dir, 'action', ['education'], TODAY);
    expect(made.shown).toBe('content/actions/education.yaml');
    expect(contentOf(dir).actions.find((a) => a.objective === 'education')?.id).toBe('2.1');
    expect(errorLines(dir)).toEqual([]);
  });

  it('keeps a blank line between actions where the file has them', () => {
    const dir = copyCouncil({ from: SECOND_COUNCIL });
    const made = scaffold(contentOf(dir), dir, 'action', ['feel-safe'], TODAY);
    const lines = readFileSync(made.file, 'utf8').split('\n');
    expect(lines[made.line - 2]).toBe('');
    expect(lines[made.line - 1]).toMatch(/^ {2}- id: "1\.\d+"$/);
    expect(errorLines(dir)).toEqual([]);
  });

  it('asks which objective when it is not given or unknown', () => {
    const dir = copyCouncil();
    expect(() => scaffold(contentOf(dir), dir, 'action', [], TODAY)).toThrowErrorMatchingInlineSnapshot(
      `[Error: say which objective the action is for, by id or number: 1 (stable-homes), 2 (education)]`,
    );
    expect(() => scaffold(contentOf(dir), dir, 'action', ['9'], TODAY)).toThrowErrorMatchingInlineSnapshot(
      `[Error: there is no objective "9": use one of 1 (stable-homes), 2 (education)]`,
    );
  });
});

describe('a new meeting', () => {
  it('is a file named from its date and body, with the body’s chair leading the first item', () => {
    const dir = copyCouncil();
    const made = scaffold(contentOf(dir), dir, 'meeting', ['2027-01-19', 'education-subgroup'], TODAY);
    expect(made.shown).toBe('content/meetings/2027-01-19-education-subgroup.yaml');
    expect(readFileSync(made.file, 'utf8')).toMatchInlineSnapshot(`
      "date: 2027-01-19
      time: "14:00" # the start time on the 24-hour clock: change it, or remove the line if it is not set
      body: education-subgroup # "board", or the id of a sub-group in board.yaml
      location: "TODO: where the meeting is held"
      agenda:
        - title: "TODO: the first agenda item"
          lead: virtual-school-head # the role (id from roles.yaml) that presents the item
          actions: [] # numbers of the actions this item reviews, for example ["1.2"]
          indicators: [] # ids of the indicators this item reviews
      arising: [] # after the meeting: "- what: …", "owner: <role>", "due: <date>" for each action agreed
      "
    `);
    expect(errorLines(dir)).toEqual([]);
    expect(placeholderWarnings(dir)).toHaveLength(2);
  });

  it('never overwrites a meeting that exists, and explains a wrong date or body', () => {
    const dir = copyCouncil();
    const original = readFileSync(path.join(dir, 'meetings/2026-01-20-board.yaml'), 'utf8');
    expect(() => scaffold(contentOf(dir), dir, 'meeting', ['2026-01-20'], TODAY)).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/meetings/2026-01-20-board.yaml already exists: open it and edit it instead]`,
    );
    expect(readFileSync(path.join(dir, 'meetings/2026-01-20-board.yaml'), 'utf8')).toBe(original);
    expect(() => scaffold(contentOf(dir), dir, 'meeting', ['2027-02-30'], TODAY)).toThrowErrorMatchingInlineSnapshot(
      `[Error: "2027-02-30" is not a real date: February 2027 has 28 days]`,
    );
    expect(() =>
      scaffold(contentOf(dir), dir, 'meeting', ['2027-02-03', 'cabinet'], TODAY),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: there is no body "cabinet": use board or a sub-group id from board.yaml: board, education-subgroup]`,
    );
  });
});

describe('a new indicator', () => {
  it('takes the next free id and passes the check', () => {
    const dir = copyCouncil();
    expect(scaffold(contentOf(dir), dir, 'indicator', [], TODAY).what).toBe('Added indicator new-indicator-1 to');
    expect(scaffold(contentOf(dir), dir, 'indicator', [], TODAY).what).toBe('Added indicator new-indicator-2 to');
    expect(scaffold(contentOf(dir), dir, 'indicator', ['care-leavers-eet'], TODAY).what).toBe(
      'Added indicator care-leavers-eet to',
    );
    expect(errorLines(dir)).toEqual([]);
    expect(placeholderWarnings(dir)).toHaveLength(9);
    expect(() => scaffold(contentOf(dir), dir, 'indicator', ['care-leavers-eet'], TODAY)).toThrow(ScaffoldError);
  });
});

describe('a new scorecard year', () => {
  it('is the year after the newest, with every indicator, its first period and last year’s target', () => {
    const dir = copyCouncil();
    const made = scaffold(contentOf(dir), dir, 'scorecard', [], TODAY);
    expect(made.shown).toBe('content/scorecards/2026-27.yaml');
    expect(readFileSync(made.file, 'utf8')).toMatchInlineSnapshot(`
      "year: 2026-27
      updated: 2026-11-22 # change to the date these figures are published
      indicators:
        - indicator: placement-moves # Children with three or more placements in the year (quarterly, lower is better)
          target: 10 # last year's target: check it
          tolerance: { points: 2 }
          values:
            - period: Q1 # Q1 2026-27 (April to June 2026)
              symbol: x # not available yet: replace with "value: <figure>", or numerator: and denominator:
            # add Q2, Q3 and Q4 below as each quarter's figures come in
          comparators: {} # add england:, statistical_neighbours: and region: once they are published
        - indicator: pep-up-to-date # Personal Education Plans up to date (annual, higher is better)
          target: 95 # last year's target: check it
          tolerance: { percent: 5 }
          values:
            - period: year # the year 2026-27
              symbol: x # not available yet: replace with "value: <figure>", or numerator: and denominator:
          comparators: {} # add england:, statistical_neighbours: and region: once they are published
      "
    `);
    expect(errorLines(dir)).toEqual([]);
    const card = contentOf(dir).scorecards.find((s) => s.year === '2026-27')!;
    expect(card.indicators.map((r) => [r.indicator, r.values[0]!.period, r.target])).toEqual([
      ['placement-moves', 'Q1', 10],
      ['pep-up-to-date', 'year', 95],
    ]);
  });

  it('covers every indicator of a council with several years, and refuses a year that exists', () => {
    const dir = copyCouncil({ from: SECOND_COUNCIL });
    const content = contentOf(dir);
    const made = scaffold(content, dir, 'scorecard', [], TODAY);
    expect(made.shown).toBe('content/scorecards/2027-28.yaml');
    expect(errorLines(dir)).toEqual([]);
    const card = contentOf(dir).scorecards.at(-1)!;
    expect(card.indicators.map((r) => r.indicator)).toEqual(content.indicators.map((i) => i.id));
    expect(() => scaffold(content, dir, 'scorecard', ['2026-27'], TODAY)).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/scorecards/2026-27.yaml already exists: open it and edit it instead]`,
    );
  });
});

// The script itself, as npm run new runs it; other tests call what it hands the command line to.
describe('npm run new', () => {
  it('says what it created and which lines to fill in', () => {
    const dir = copyCouncil();
    const run = runScript('new.ts', ['meeting', '2027-01-19'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "✓ Created content/meetings/2027-01-19-board.yaml (line 1).

      Replace each "TODO: …" with the real text:
        content/meetings/2027-01-19-board.yaml:4:11  location
        content/meetings/2027-01-19-board.yaml:6:12  title

      Check the other fields too: each has a comment saying what it holds. Then run: npm run check
      "
    `);
    expect(existsSync(path.join(dir, 'meetings/2027-01-19-board.yaml'))).toBe(true);
  });

  it('lists what it can start when the type is missing or unknown', () => {
    const dir = copyCouncil();
    const run = runScript('new.ts', ['minutes'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "✗ "minutes" is not something npm run new can start. Use one of:
      npm run new -- action <objective id or number>     add the next action to that objective
      npm run new -- meeting <YYYY-MM-DD> [body]         a meeting of the board, or of a sub-group by its id
      npm run new -- indicator [id]                      a new indicator at the end of indicators.yaml
      npm run new -- scorecard [year]                    the next scorecard year, with every indicator
      npm run new -- young-person <objective id>         an objective's page in the young-person edition
      npm run new -- young-person home                   the young-person edition's home page
      "
    `);
  });
});
