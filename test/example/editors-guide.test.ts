/**
 * The editors' guide, followed as a new editor would. The guide is written around the example
 * council, so this test belongs to the example (an engine test would use a fixture council).
 * Each task is done on its own fresh copy of the example exactly as the guide shows it (its
 * snippets are read from the guide itself), and then the check passes and the change shows in the
 * loaded content. Done all together, the change summary says what the guide says it will. Every
 * error and warning the guide quotes is produced again by making the same mistake, so the guide
 * cannot drift from what the check really prints.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseChanges } from '../../src/cli/changes/index.ts';
import { statusHistory } from '../../src/model/status-history.ts';
import type { Content } from '../../src/loader/model.ts';
import { edit, repoWithContent, runCommand, runScript, write } from '../editors/helpers.ts';
import { copyCouncil, errorLines, loadValid, problemLines } from '../support/fixture-council.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { day } from '../support/test-date.ts';

const EXAMPLE = path.join(PROJECT_ROOT, 'content');
const GUIDE = readFileSync(path.join(PROJECT_ROOT, 'docs/editors-guide.md'), 'utf8');

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

const ACTIONS = 'actions/stable-homes.yaml';
const action = (content: Content, id: string) => content.actions.find((a) => a.id === id)!;

/** One task of the guide: what the editor does, and what then shows in the content. */
interface Task {
  name: string;
  perform: (dir: string) => void;
  shows: (content: Content) => void;
}

const TASKS: Task[] = [
  {
    name: 'changes an action’s status',
    perform: (dir) =>
      changeAsShown(
        dir,
        ACTIONS,
        '    timescale: 2026-09\n    status: at risk\n',
        '    timescale: 2026-09\n    status: off track\n',
      ),
    shows: (content) => expect(action(content, '1.4').status).toBe('off track'),
  },
  {
    name: 'adds a progress update under the last one',
    perform: (dir) => {
      const last = block('      - date: 2026-10-20\n');
      edit(dir, ACTIONS, last, last + block('      - date: 2026-11-20\n'));
    },
    shows: (content) => expect(action(content, '1.4').updates.map((u) => u.date)).toContain('2026-11-20'),
  },
  {
    // After the task above: it adds an update after the 2026-10-20 one, whose words this keeps.
    name: 'records the status at two updates, and the action then has a status over time',
    perform: (dir) => {
      const recorded = block('      - date: 2026-04-22\n');
      const asWritten = recorded.replace(/^ {8}(status|percent_complete): .*\n/gm, '');
      edit(dir, ACTIONS, asWritten, recorded);
    },
    shows: (content) => {
      const timeline = statusHistory(action(content, '1.4')).steps.map((s) => [
        s.date,
        s.to.label?.label,
        s.to.percent,
      ]);
      expect(timeline).toEqual([
        ['2026-04-22', 'on track', 40],
        ['2026-10-20', 'at risk', 55],
      ]);
    },
  },
  {
    name: 'adds a role and makes it a joint lead',
    perform: (dir) => {
      const lead = '    lead: placements-commissioning-manager\n';
      const partners =
        "    partners: [Department for Education (capital funding), Hartwell Children's Trust, Property Services, Ofsted]\n";
      changeAsShown(
        dir,
        ACTIONS,
        lead + partners,
        '    lead: [placements-commissioning-manager, residential-services-manager]\n' + partners,
      );
      const roles = readFileSync(path.join(dir, 'roles.yaml'), 'utf8');
      write(dir, 'roles.yaml', `${roles}\n${block('- id: residential-services-manager\n')}`);
    },
    shows: (content) => {
      expect(content.roles.map((r) => r.id)).toContain('residential-services-manager');
      expect(action(content, '1.4').lead).toEqual(['placements-commissioning-manager', 'residential-services-manager']);
    },
  },
  {
    name: 'adds a new action with npm run new',
    perform: (dir) => {
      const run = runCommand('new', ['action', 'stable-homes'], dir);
      expect(run.stdout).toContain('✓ Added action 1.9 to content/actions/stable-homes.yaml');
    },
    shows: (content) => expect(action(content, '1.9').objective).toBe('stable-homes'),
  },
  {
    name: 'adds a meeting with npm run new, prints what the guide shows, and fills it in',
    perform: (dir) => {
      const run = runCommand('new', ['meeting', '2027-06-15'], dir);
      expect(run.stdout).toBe(block('✓ Created content/meetings/2027-06-15-board.yaml'));
      write(dir, 'meetings/2027-06-15-board.yaml', block('date: 2027-06-15\n'));
      edit(dir, 'meetings/2027-06-15-board.yaml', 'arising: []\n', block('arising:\n'));
    },
    shows: (content) => {
      const meeting = content.meetings.find((m) => m.date === '2027-06-15')!;
      expect(meeting.agenda.length).toBeGreaterThan(0);
      expect(meeting.arising.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'adds a quarter’s figures',
    perform: (dir) => {
      const scorecard = 'scorecards/2026-27.yaml';
      const shares =
        '      - {period: Q1, numerator: 27, denominator: 329}\n      - {period: Q2, numerator: 28, denominator: 334}\n';
      changeAsShown(dir, scorecard, shares, `${shares}      - {period: Q3, numerator: 26, denominator: 331}\n`);
      const rates = '      - {period: Q1, value: 54.8}\n      - {period: Q2, value: 55.7}\n';
      changeAsShown(dir, scorecard, rates, `${rates}      - {period: Q3, value: 56.1}\n`);
    },
    shows: (content) => {
      const q3 = content.scorecards
        .find((s) => s.year === '2026-27')!
        .indicators.flatMap((r) => r.values.filter((v) => v.period === 'Q3'));
      expect(q3).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ numerator: 26, denominator: 331 }),
          expect.objectContaining({ value: 56.1 }),
        ]),
      );
    },
  },
  {
    name: 'adds a scorecard year and an indicator with npm run new',
    perform: (dir) => {
      expect(GUIDE).toContain('npm run new -- scorecard\n');
      expect(runCommand('new', ['scorecard'], dir).stdout).toContain('✓ Created content/scorecards/2027-28.yaml');
      expect(GUIDE).toContain('npm run new -- indicator care-leavers-in-work\n');
      expect(runCommand('new', ['indicator', 'care-leavers-in-work'], dir).status).toBe(0);
    },
    shows: (content) => {
      expect(content.scorecards.map((s) => s.year)).toContain('2027-28');
      expect(content.indicators.map((i) => i.id)).toContain('care-leavers-in-work');
    },
  },
  {
    name: 'adds a page to the young people’s edition',
    perform: (dir) => write(dir, 'young-people/your-money.mdx', block('---\ntitle: Your money\n')),
    shows: (content) => expect(content.youngPeople.map((p) => p.data.title)).toContain('Your money'),
  },
  {
    name: 'records a review of the terms of reference',
    perform: (dir) => {
      edit(dir, 'board.yaml', 'last_reviewed: 2026-03-17', 'last_reviewed: 2027-03-16');
      edit(dir, 'board.yaml', 'next_review: 2027-03-16', 'next_review: 2028-03-21');
    },
    shows: (content) =>
      expect([content.board.last_reviewed, content.board.next_review]).toEqual(['2027-03-16', '2028-03-21']),
  },
];

describe('each task in the guide, on a fresh copy of the example council', () => {
  it.each(TASKS)('$name: the check then passes, and the change is in the content', ({ perform, shows }) => {
    const dir = copyCouncil({ from: EXAMPLE });
    perform(dir);
    expect(errorLines(dir)).toEqual([]);
    shows(loadValid(dir));
  });
});

describe('all the tasks in the guide, one after another', () => {
  it('pass npm run check, and the change summary says what the guide says it will', () => {
    const dir = repoWithContent(EXAMPLE);
    for (const task of TASKS) task.perform(dir);
    const run = runScript('check-content.ts', [], dir);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/✓ Content is valid/);

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
    name: 'a mailbox at a personal email service',
    file: 'roles.yaml',
    find: 'mailbox: fostering@eastmere.gov.uk',
    replace: 'mailbox: eastmere.fostering@gmail.com',
    shows: 'personal email service',
  },
  {
    name: "a child's name in a progress update",
    file: 'actions/stable-homes.yaml',
    find: 'text: Capital funding bid approved. Two properties identified.',
    replace: 'text: Capital funding bid approved. Jayden, aged 15, will be the first to move in.',
    shows: 'Jayden',
  },
  {
    name: "another council's name",
    file: 'actions/council-as-family.yaml',
    find: 'partners: [Eastmere College, Training providers, Leaving Care Service]',
    replace: 'partners: [Eastmere College, Training providers, Leaving Care Service, Northshire County Council]',
    shows: 'names another council',
  },
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
    name: 'a list not closed',
    file: 'actions/stable-homes.yaml',
    find: '    partners: [Foster Care Co-operative, Eastmere Foster Carers Association, Communications Team]',
    replace: '    partners: [Foster Care Co-operative, Eastmere Foster Carers Association, Communications Team',
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
    name: 'a number of children in a progress update',
    file: 'actions/stable-homes.yaml',
    find: 'text: Capital funding bid approved. Two properties identified.',
    replace: 'text: Capital funding bid approved. Two looked after children will move in first.',
    shows: 'says "Two looked after children"',
  },
  {
    name: 'a number of children given away by a difference',
    file: 'actions/stable-homes.yaml',
    find: 'text: Capital funding bid approved. Two properties identified.',
    replace: 'text: Capital funding bid approved. 46 of 47 care leavers asked for a home nearby.',
    shows: 'so 1 is not',
  },
  {
    name: 'a hidden figure stated in commentary',
    file: 'scorecards/2026-27.yaml',
    find: 'No registered place was available for some young people in September.',
    replace: 'No registered place was available in September, so the figure rose to 3.',
    shows: 'hidden as [c]',
  },
  {
    name: 'a percentage of children without its counts',
    file: 'scorecards/2026-27.yaml',
    find: '{period: Q1, numerator: 27, denominator: 329}',
    replace: '{period: Q1, value: 8.2}',
    shows: 'is a percentage of children',
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
    name: 'an action the young-person edition names, without young-person words',
    file: 'actions/stable-homes.yaml',
    find: '    young_people:\n      title: "More foster carers, most of all for teenagers"\n',
    replace: '',
    shows: 'How are we doing?',
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
    const dir = copyCouncil({ from: EXAMPLE });
    if (find) edit(dir, file, find, replace);
    const lines = problemLines(dir, today ? day(today) : undefined).filter((l) => l.includes(shows));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(
        blocks.some((b) => b.split('\n').includes(line)),
        line,
      ).toBe(true);
  });

  it('including the placeholder warning for the meeting the guide creates', () => {
    const dir = copyCouncil({ from: EXAMPLE });
    runCommand('new', ['meeting', '2027-06-15'], dir);
    const line = problemLines(dir).find((l) => l.includes('where the meeting is held'))!;
    expect(blocks.some((b) => b.split('\n').includes(line))).toBe(true);
  });

  it('including the summary line of a failed check', () => {
    const dir = copyCouncil({ from: EXAMPLE });
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
