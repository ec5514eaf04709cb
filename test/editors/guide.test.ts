/**
 * The editors' guide, followed as a new editor would: each task is done on a copy of the example
 * council exactly as the guide shows it (its snippets are read from the guide itself), and the check
 * passes afterwards. Every error and warning the guide quotes is produced again by making the same
 * mistake, so the guide cannot drift from what the check really prints.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseChanges } from '../../src/cli/changes/index.ts';
import {
  copyContent,
  edit,
  errorLines,
  EXAMPLE,
  problemLines,
  repoWithContent,
  ROOT,
  runScript,
  write,
} from './helpers.ts';

const GUIDE = readFileSync(path.join(ROOT, 'docs/editors-guide.md'), 'utf8');

/** The text of every fenced code block in the guide, without the fences. */
const blocks: string[] = [...GUIDE.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** The guide's code block that starts with `start`, failing if there is not exactly one. */
function block(start: string): string {
  const found = blocks.filter((b) => b.startsWith(start));
  if (found.length !== 1)
    throw new Error(`expected one code block in the guide starting "${start}", found ${found.length}`);
  return found[0]!;
}

/** Replaces a "change this" block by a "to this" block, both as the guide shows them. */
function changeAsShown(dir: string, file: string, before: string, after: string): void {
  expect(blocks).toContain(before);
  expect(blocks).toContain(after);
  edit(dir, file, before, after);
}

describe('following the guide on a copy of the example council', () => {
  const dir = repoWithContent(EXAMPLE);
  const actions = 'actions/stable-homes.yaml';

  it('changes an action’s status', () => {
    changeAsShown(
      dir,
      actions,
      '    timescale: 2026-09\n    status: at risk\n',
      '    timescale: 2026-09\n    status: off track\n',
    );
  });

  it('adds a progress update under the last one', () => {
    const last = block('      - date: 2026-10-20\n');
    const added = block('      - date: 2026-11-20\n');
    edit(dir, actions, last, last + added);
  });

  it('adds a role and makes it a joint lead', () => {
    const lead = '    lead: placements-commissioning-manager\n';
    const partners =
      "    partners: [Department for Education (capital funding), Hartwell Children's Trust, Property Services, Ofsted]\n";
    changeAsShown(
      dir,
      actions,
      lead + partners,
      '    lead: [placements-commissioning-manager, residential-services-manager]\n' + partners,
    );
    const roles = readFileSync(path.join(dir, 'roles.yaml'), 'utf8');
    write(dir, 'roles.yaml', `${roles}\n${block('- id: residential-services-manager\n')}`);
  });

  it('adds a new action with npm run new', () => {
    const run = runScript('new.ts', ['action', 'stable-homes'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ Added action 1.9 to content/actions/stable-homes.yaml');
  });

  it('adds a meeting with npm run new, prints what the guide shows, and fills it in', () => {
    const run = runScript('new.ts', ['meeting', '2027-06-15'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(block('✓ Created content/meetings/2027-06-15-board.yaml'));
    write(dir, 'meetings/2027-06-15-board.yaml', block('date: 2027-06-15\n'));
    edit(dir, 'meetings/2027-06-15-board.yaml', 'arising: []\n', block('arising:\n'));
  });

  it('adds a quarter’s figures', () => {
    const scorecard = 'scorecards/2026-27.yaml';
    const shares =
      '      - {period: Q1, numerator: 27, denominator: 329}\n      - {period: Q2, numerator: 28, denominator: 334}\n';
    changeAsShown(dir, scorecard, shares, `${shares}      - {period: Q3, numerator: 26, denominator: 331}\n`);
    const rates = '      - {period: Q1, value: 54.8}\n      - {period: Q2, value: 55.7}\n';
    changeAsShown(dir, scorecard, rates, `${rates}      - {period: Q3, value: 56.1}\n`);
  });

  it('adds a scorecard year and an indicator with npm run new', () => {
    expect(GUIDE).toContain('npm run new -- scorecard\n');
    expect(runScript('new.ts', ['scorecard'], dir).stdout).toContain('✓ Created content/scorecards/2027-28.yaml');
    expect(GUIDE).toContain('npm run new -- indicator care-leavers-in-work\n');
    expect(runScript('new.ts', ['indicator', 'care-leavers-in-work'], dir).status).toBe(0);
  });

  it('adds a page to the young people’s edition', () => {
    write(dir, 'young-people/your-money.mdx', block('---\ntitle: Your money\n'));
  });

  it('records a review of the terms of reference', () => {
    edit(dir, 'board.yaml', 'last_reviewed: 2026-03-17', 'last_reviewed: 2027-03-16');
    edit(dir, 'board.yaml', 'next_review: 2027-03-16', 'next_review: 2028-03-21');
  });

  it('then passes the check, as npm run check runs it', () => {
    expect(errorLines(dir)).toEqual([]);
    const run = runScript('check-content.ts', [], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ Content is valid/);
  });

  it('and the change summary says what the guide says it will', () => {
    const summary = summariseChanges(dir, 'main');
    const example = block('## Content changes since `origin/main`').replaceAll('origin/main', 'main');
    for (const line of example.split('\n').filter((l) => l.startsWith('- '))) expect(summary).toContain(line);
    expect(summary).toContain('Corporate Parenting Board: 15 June 2027, 16:00');
    expect(summary).toContain(
      'now led by **Commissioning Manager, Placements and Sufficiency** and **Residential Services Manager** (was “Commissioning Manager, Placements and Sufficiency”)',
    );
  });
});

/** A mistake made on a fresh copy of the example council, and the lines of the report the guide quotes. */
interface Mistake {
  name: string;
  file: string;
  find: string;
  replace: string;
  /** Selects the report lines the guide quotes for this mistake. */
  shows: string;
  today?: string;
}

const STATUS_LINE = '    status: at risk\n    indicators: [placed-20-miles, three-plus-placements]';
const MISTAKES: Mistake[] = [
  {
    name: 'a misspelt field',
    file: 'actions/stable-homes.yaml',
    find: STATUS_LINE,
    replace: STATUS_LINE.replace('status', 'staus'),
    shows: 'stable-homes.yaml',
  },
  {
    name: 'a value not in the list',
    file: 'actions/stable-homes.yaml',
    find: STATUS_LINE,
    replace: STATUS_LINE.replace('at risk', 'delayed'),
    shows: 'stable-homes.yaml',
  },
  {
    name: 'a date written another way',
    file: 'actions/stable-homes.yaml',
    find: '      - date: 2025-07-14',
    replace: '      - date: 14/07/2025',
    shows: 'stable-homes.yaml',
  },
  {
    name: 'a date that does not exist',
    file: 'actions/stable-homes.yaml',
    find: '      - date: 2025-07-14',
    replace: '      - date: 2025-06-31',
    shows: 'stable-homes.yaml',
  },
  {
    name: 'a timescale in words',
    file: 'actions/stable-homes.yaml',
    find: '    timescale: 2026-09\n',
    replace: '    timescale: September 2026\n',
    shows: 'stable-homes.yaml',
  },
  {
    name: 'an action number without quotes',
    file: 'actions/stable-homes.yaml',
    find: '  - id: "1.4"',
    replace: '  - id: 1.4',
    shows: 'stable-homes.yaml',
  },
  {
    name: 'a misspelt role',
    file: 'actions/stable-homes.yaml',
    find: '    lead: head-of-fostering\n    partners: [Foster',
    replace: '    lead: head-of-fosterng\n    partners: [Foster',
    shows: 'stable-homes.yaml',
  },
  {
    name: 'an unknown body',
    file: 'meetings/2026-12-08-board.yaml',
    find: 'body: board',
    replace: 'body: corporate-parenting-board',
    shows: 'body',
  },
  {
    name: 'a number under the wrong objective',
    file: 'actions/stable-homes.yaml',
    find: '  - id: "1.4"',
    replace: '  - id: "2.4"',
    shows: 'is in the file for objective',
  },
  {
    name: 'a number used twice',
    file: 'actions/stable-homes.yaml',
    find: '  - id: "1.4"',
    replace: '  - id: "1.3"',
    shows: 'duplicate action number',
  },
  {
    name: 'a missing field',
    file: 'actions/stable-homes.yaml',
    find: '    outcome: Children who need residential care can stay near their school, family and friends.\n',
    replace: '',
    shows: 'stable-homes.yaml',
  },
  {
    name: 'a field written twice',
    file: 'actions/stable-homes.yaml',
    find: STATUS_LINE,
    replace: `    status: at risk\n${STATUS_LINE}`,
    shows: 'stable-homes.yaml',
  },
  {
    name: 'text with a colon',
    file: 'actions/stable-homes.yaml',
    find: '        text: Capital funding bid approved.',
    replace: '        text: Update: capital funding bid approved.',
    shows: 'stable-homes.yaml',
  },
  {
    name: 'a line indented wrongly',
    file: 'actions/stable-homes.yaml',
    find: '      - date: 2025-08-19\n        text: Capital',
    replace: '      - date: 2025-08-19\n       text: Capital',
    shows: 'stable-homes.yaml',
  },
  {
    name: 'a numerator bigger than its denominator',
    file: 'scorecards/2026-27.yaml',
    find: '{period: Q1, numerator: 27, denominator: 329}',
    replace: '{period: Q1, numerator: 329, denominator: 27}',
    shows: 'scorecards/',
  },
  {
    name: 'a period given twice',
    file: 'scorecards/2026-27.yaml',
    find: '{period: Q2, numerator: 28, denominator: 334}',
    replace: '{period: Q1, numerator: 28, denominator: 334}',
    shows: 'scorecards/',
  },
  {
    name: 'an objective page without its objective',
    file: 'young-people/who-can-help.mdx',
    find: 'kind: help',
    replace: 'kind: objective',
    shows: 'young-people/',
  },
  {
    name: 'an overdue action with no recent update',
    file: 'actions/education.yaml',
    find: '',
    replace: '',
    shows: 'action 3.5 was due',
  },
  {
    name: 'terms of reference past review',
    file: 'board.yaml',
    find: '',
    replace: '',
    shows: 'terms of reference',
    today: '2027-03-20',
  },
  {
    name: 'a quarter’s figure missing',
    file: 'scorecards/2026-27.yaml',
    find: '      - {period: Q2, numerator: 28, denominator: 334}\n',
    replace: '',
    shows: '"three-plus-placements" has no figure',
    today: '2026-12-01',
  },
  {
    name: 'a comparator the council does not list',
    file: 'scorecards/2025-26.yaml',
    find: 'comparators: {england: 70,',
    replace: 'comparators: {englnd: 70,',
    shows: 'unknown comparator',
  },
  {
    name: 'a partially compliant statement that lists nothing',
    file: 'accessibility.yaml',
    find: 'compliance: not\n',
    replace: 'compliance: partially\n',
    shows: 'partially compliant',
  },
  {
    name: 'a scorecard year missing',
    file: 'scorecards/2026-27.yaml',
    find: '',
    replace: '',
    shows: 'no scorecard for 2027-28',
    today: '2027-08-29',
  },
];

describe('every message the guide quotes is what the check prints', () => {
  it.each(MISTAKES)('$name', ({ file, find, replace, shows, today }) => {
    const dir = copyContent(EXAMPLE);
    if (find) edit(dir, file, find, replace);
    const lines = problemLines(dir, new Date(`${today ?? '2026-11-22'}T00:00:00Z`)).filter((l) => l.includes(shows));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(
        blocks.some((b) => b.split('\n').includes(line)),
        line,
      ).toBe(true);
  });

  it('including the placeholder warning for the meeting the guide creates', () => {
    const dir = copyContent(EXAMPLE);
    runScript('new.ts', ['meeting', '2027-06-15'], dir);
    const line = problemLines(dir).find((l) => l.includes('where the meeting is held'))!;
    expect(blocks.some((b) => b.split('\n').includes(line))).toBe(true);
  });

  it('including the summary line of a failed check', () => {
    const dir = copyContent(EXAMPLE);
    edit(dir, 'actions/stable-homes.yaml', STATUS_LINE, STATUS_LINE.replace('at risk', 'delayed'));
    const run = runScript('check-content.ts', [], dir);
    expect(run.status).toBe(1);
    const shown = run.stdout
      .split('\n')
      .filter((line) => !line.includes('  warning: '))
      .join('\n');
    expect(blocks.filter((b) => b.includes('\n✗ '))).toEqual([shown]);
  });
});
