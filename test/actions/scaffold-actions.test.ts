/**
 * `npm run new -- action` on plans that number their actions in their own way, or not at all: the
 * new row follows the file (no invented number for an unnumbered plan, a reference to fill in for a
 * plan with references), leaves its status to the council's scale, and passes the check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { scaffold } from '../../src/cli/scaffold/index.ts';
import { copyCouncil, errorLines, warningLines } from '../support/fixture-council.ts';
import { FIXTURES } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

const PLAN_SHAPES = path.join(FIXTURES, 'plan-shapes/content');

function addAction(objective: string) {
  const dir = copyCouncil({ from: PLAN_SHAPES });
  const file = path.join(dir, `actions/${objective}.yaml`);
  const before = readFileSync(file, 'utf8');
  const made = scaffold(loadContent(dir, { today: TODAY }).content!, dir, 'action', [objective], TODAY);
  return { dir, made, added: readFileSync(file, 'utf8').slice(before.length) };
}

describe('a new action in a plan shaped its own way', () => {
  it('gets no number in a plan that does not number its actions, and its address comes after the others', () => {
    const { dir, made, added } = addAction('stable-homes');
    expect(made.what).toBe('Added an action to');
    expect(added).toMatchInlineSnapshot(`
      "  - action: "TODO: what will be done"
          outcome: "TODO: the difference it will make for children and young people"
          lead: director-childrens-services # the objective's lead: change it to the role (id from roles.yaml) that leads this action
          partners: [] # partner organisations or teams, for example [Local health trust]
          plans: [] # related plans by name, for example [Sufficiency strategy 2025-28], or "Not applicable"
          timescale: "2028-03" # when it is due: a date (2026-03-31), a month (2026-03), a quarter (2026-Q1) or ongoing
          # status: Green # once reported, one of: Green, Amber, Red, Blue, Grey. Left out, it shows as not yet reported
          # percent_complete: 0 # how far through it is, 0 to 100, if the plan reports it
          indicators: [] # ids of indicators that show whether it is working
          updates: [] # progress updates: "- date: 2026-01-05" then "text: …", and status: or percent_complete: as they stood that day
      "
    `);
    expect(errorLines(dir)).toEqual([]);
    expect(
      loadContent(dir, { today: TODAY })
        .content!.actions.map((a) => a.id)
        .slice(0, 4),
    ).toEqual(['1.1', '1.2', '1.3', '1.4']);
  });

  it('gets a reference to fill in, flagged until it is, in a plan with references', () => {
    const { dir, added } = addAction('education');
    expect(added.split('\n')[0]).toMatchInlineSnapshot(
      `"  - ref: "TODO: its reference" # the council's reference, as the plan writes it ("4.01.03", "A3")"`,
    );
    expect(errorLines(dir)).toEqual([]);
    expect(warningLines(dir).filter((w) => w.includes('TODO: its reference'))).toMatchInlineSnapshot(`
      [
        "content/actions/education.yaml:29:10  warning: replace the placeholder "TODO: its reference" with the real text",
      ]
    `);
  });
});
