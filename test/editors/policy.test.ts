/**
 * A council's policy in site.yaml changes what the check does: its own small-number limit, its
 * reading-ease thresholds, its staleness periods and the month its reporting year starts. Each test
 * changes one setting on the minimal council and shows the message an editor would see.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorLines, problemLines, warningLines } from '../support/fixture-council.ts';
import { FIXTURES } from '../support/paths.ts';
import { edit } from './helpers.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const withPolicy = (dir: string, policy: string): void =>
  edit(dir, 'site.yaml', 'branding:', `policy:\n${policy}\nbranding:`);

describe("a council's small-number limit", () => {
  it('refuses text that states a number of children up to its own limit, and says the limit', () => {
    const dir = copyCouncil();
    edit(
      dir,
      'scorecards/2025-26.yaml',
      '      statistical_neighbours: 11\n',
      '      statistical_neighbours: 11\n    commentary: Seven children moved twice.\n',
    );
    expect(errorLines(dir)).toEqual([]);
    withPolicy(dir, '  small_numbers:\n    hide_counts_up_to: 9');
    expect(errorLines(dir)).toMatchInlineSnapshot(`
      [
        "content/scorecards/2025-26.yaml:17:17  the commentary on "placement-moves" says "Seven children": a number of children from 1 to 9 must not be published, because it could identify a child. Write "a small number of children" or leave the number out",
      ]
    `);
  });
});

describe("a council's reading-ease thresholds", () => {
  const jargon = path.join(FIXTURES, 'readability/officer-jargon/content');
  it('fail a young-person page below its own minimum only', () => {
    const dir = copyCouncil();
    cpSync(jargon, dir, { recursive: true });
    expect(errorLines(dir).join('\n')).toContain('young-people/education.mdx');
    withPolicy(dir, '  reading_ease:\n    young_people_minimum: 0');
    expect(errorLines(dir)).toEqual([]);
  });
});

describe("a council's staleness periods and reporting year", () => {
  it('expects figures when its own period has passed', () => {
    const dir = copyCouncil();
    const missing = (w: string): boolean => w.includes('has no figure');
    expect(warningLines(dir, day('2026-03-01')).filter(missing)).toHaveLength(1);
    withPolicy(dir, '  staleness:\n    figures_due_days_after_period: 120');
    expect(warningLines(dir, day('2026-03-01')).filter(missing)).toEqual([]);
  });

  it('names the months of a quarter from the month its years start', () => {
    const dir = copyCouncil();
    withPolicy(dir, '  reporting_year_starts: August');
    // August to July: Q3 2025-26 is February to April 2026, its figures due 60 days after 30 April.
    expect(problemLines(dir, day('2026-07-01')).filter((w) => w.includes('has no figure'))).toMatchInlineSnapshot(`
      [
        "content/scorecards/2025-26.yaml:8:7  warning: "placement-moves" has no figure for Q3 2025-26 (February to April 2026), due by 29 June 2026: add "- period: Q3" with its figure, or with symbol: x if it is not available",
      ]
    `);
  });

  it('waits longer for an overdue action’s update when its period is longer', () => {
    const dir = copyCouncil();
    const overdue = (w: string): boolean => w.includes('action 1.1 was due');
    expect(warningLines(dir, day('2026-04-10')).filter(overdue)).toHaveLength(1);
    withPolicy(dir, '  staleness:\n    update_overdue_actions_every_days: 120');
    expect(warningLines(dir, day('2026-04-10')).filter(overdue)).toEqual([]);
  });
});
