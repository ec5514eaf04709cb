/**
 * Writing what was read: new rows become actions with the next numbers, changed rows change only the
 * fields the tracker holds, comments and hand edits stay, a second import changes nothing, and a bad
 * row stops the whole import with nothing written.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNCIL, DFE, run } from './helpers.ts';
import { actionPlanWorkbook, save, tracker } from './workbooks.ts';

function freshCouncil(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'import-write-')), 'content');
  cpSync(COUNCIL, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');
/** The output without the check's warnings, which belong to the fixture council, not to the import. */
const withoutWarnings = (output: string): string =>
  output
    .split('\n')
    .filter((line) => !line.includes('  warning: '))
    .join('\n');

describe('importing an action plan', async () => {
  const dir = freshCouncil();
  const file = await actionPlanWorkbook();
  const actions = 'actions/stable-homes.yaml';
  // Hand edits an editor made since the last import: a comment, and a field the tracker has no column for.
  writeFileSync(
    path.join(dir, actions),
    read(dir, actions)
      .replace(
        'objective: stable-homes\n',
        '# Stable homes: checked by the fostering team each quarter.\nobjective: stable-homes\n',
      )
      .replace(
        '    status: not started\n',
        '    status: not started # waiting for the panel\n    indicators: [placement-moves]\n',
      ),
  );
  const before = read(dir, actions);

  it('--dry-run shows what would change and writes nothing', async () => {
    const result = await run(['actions', file, '--objective', 'stable-homes', '--dry-run'], dir);
    expect(result.status).toBe(0);
    expect(withoutWarnings(result.output)).toMatchInlineSnapshot(`
      "Read 5 actions for objective 1 (stable-homes) from action-plan.xlsx!Action plan.
      Headings on row 4:
        A "Ref" → ref
        B "Action" → action
        C "Responsible officer" → lead
        D "Timescale" → timescale
        E "Expected outcome" → outcome
        F "Link to other plans" → plans
        G "RAG" → status
        H "% complete" → percent complete
        I "Update" → update
        row 6, ref 1.1, lead fostering-manager, due 2026-03-31, on track (green), 75% complete, 1 update: Recruit more foster carers who live in the borough.
        row 7, ref 1.2, lead head-of-fostering-adoption and director-childrens-services, due 2026-09-30, off track (red fill), 75% complete: Review every placement that has broken down.
        row 8, ref 1.3, lead virtual-school-head and family-placement-manager, due 2025-09, at risk (amber), 50% complete: Match children with carers near their school.
        row 9, ref 1.4, lead fostering-manager, due 2025-Q4, complete, 100% complete: Open a new children’s home.
        row 10, ref 1.5, lead fostering-manager, due ongoing, not started: Hold a yearly celebration.

      Changes to content/actions/stable-homes.yaml:
        1.1 from row 6: related plans: Sufficiency strategy; due 2026-Q1 → 2026-03-31; 75% complete
        1.2 from row 7: lead fostering-manager and director-childrens-services → head-of-fostering-adoption and director-childrens-services; due ongoing → 2026-09-30; status not started → off track; 75% complete
        new 1.3 from row 8: "Match children with carers near their school."
        new 1.4 from row 9: "Open a new children’s home."
        new 1.5 from row 10: "Hold a yearly celebration."

      Nothing was written (--dry-run). Run the same command without --dry-run to make these changes."
    `);
    expect(read(dir, actions)).toBe(before);
  });

  it('writes the changes, keeps comments and hand edits, and ends with the check', async () => {
    const result = await run(['actions', file, '--objective', 'stable-homes'], dir);
    expect(result.status).toBe(0);
    expect(withoutWarnings(result.output).split('\n').slice(-8)).toMatchInlineSnapshot(`
      [
        "  1.2 from row 7: lead fostering-manager and director-childrens-services → head-of-fostering-adoption and director-childrens-services; due ongoing → 2026-09-30; status not started → off track; 75% complete",
        "  new 1.3 from row 8: "Match children with carers near their school."",
        "  new 1.4 from row 9: "Open a new children’s home."",
        "  new 1.5 from row 10: "Hold a yearly celebration."",
        "",
        "✓ Wrote content/actions/stable-homes.yaml.",
        "Checking the content:",
        "✓ Content is valid (9 warnings).",
      ]
    `);
    expect(read(dir, actions)).toMatchInlineSnapshot(`
      "# Stable homes: checked by the fostering team each quarter.
      objective: stable-homes
      actions:
        - id: "1.1"
          action: Recruit more foster carers who live in the borough.
          outcome: More children can stay near their school and friends.
          lead: fostering-manager
          partners: [Local fostering network]
          plans: [Sufficiency strategy]
          timescale: 2026-03-31
          status: on track
          percent_complete: 75
          indicators: [placement-moves]
          updates:
            - date: 2026-01-10
              text: Twelve households started assessment.
        - id: "1.2"
          action: Review every placement that has broken down.
          outcome: Lessons are learnt and shared.
          lead: [head-of-fostering-adoption, director-childrens-services]
          timescale: 2026-09-30
          status: off track # waiting for the panel
          percent_complete: 75
          indicators: [placement-moves]
        - id: "1.3"
          action: Match children with carers near their school.
          outcome: Fewer school moves.
          lead: [virtual-school-head, family-placement-manager]
          plans:
            - title: Education plan
              url: https://testford.gov.uk/education-plan
            - Sufficiency strategy
          timescale: 2025-09
          status: at risk
          percent_complete: 50
        - id: "1.4"
          action: Open a new children’s home.
          outcome: Children stay in Testford.
          lead: fostering-manager
          timescale: 2025-Q4
          status: complete
          percent_complete: 100
        - id: "1.5"
          action: Hold a yearly celebration.
          outcome: Achievements are celebrated.
          lead: fostering-manager
          timescale: ongoing
          status: not started
      "
    `);
  });

  it('changes nothing the second time', async () => {
    const written = read(dir, actions);
    const result = await run(['actions', file, '--objective', 'stable-homes'], dir);
    expect(result.status).toBe(0);
    expect(result.output.split('\n').at(-1)).toBe('✓ No changes: the content already matches action-plan.xlsx.');
    expect(read(dir, actions)).toBe(written);
  });
});

describe('keeping ids stable', () => {
  it('matches rows without a reference by their words, and reports actions no longer in the tracker', async () => {
    const dir = freshCouncil();
    const { workbook } = tracker(
      'Plan',
      ['Action', 'Lead', 'By when', 'RAG', 'Expected outcome', 'Update'],
      [
        [
          'Review every placement that has broken down, with the carers.',
          'Fostering Service Manager',
          'Ongoing',
          'Amber',
          'Lessons are learnt.',
          'Three reviews held.',
        ],
        ['Start a carers’ support group.', 'Fostering Service Manager', 'June 2026', 'Green', 'Carers stay.', null],
      ],
    );
    const result = await run(
      [
        'actions',
        await save(workbook, 'no-refs.xlsx'),
        '--objective',
        'stable-homes',
        '--sheet',
        'Plan',
        '--date',
        '2026-11-20',
      ],
      dir,
    );
    expect(result.status).toBe(0);
    const output = withoutWarnings(result.output);
    expect(output.slice(output.indexOf('Changes to'), output.indexOf('✓ Wrote'))).toMatchInlineSnapshot(`
      "Changes to content/actions/stable-homes.yaml:
        1.2 (matched by its words) from row 5: reworded from "Review every placement that has broken down."; outcome changed; lead fostering-manager and director-childrens-services → fostering-manager; status not started → at risk; 1 new update (2026-11-20)
        new 1.3 from row 6: "Start a carers’ support group."
        1.1 is not in the tracker: kept as it is. Delete it by hand if it has ended: "Recruit more foster carers who live in the boro…"

      "
    `);
  });
});

describe('all or nothing', () => {
  it('refuses the whole import when one row fails, names its cell, and writes nothing', async () => {
    const dir = freshCouncil();
    const before = read(dir, 'actions/stable-homes.yaml');
    const { workbook } = tracker(
      'Plan',
      ['Ref', 'Action', 'Lead', 'By when', 'RAG', 'Expected outcome'],
      [
        [
          '1.1',
          'Recruit more foster carers who live in the borough.',
          'Fostering Service Manager',
          'March 2026',
          'Red',
          'More children stay near school.',
        ],
        ['1.3', 'Start a carers’ support group.', 'Fostering Service Manager', 'TBC', 'Green', null],
      ],
    );
    const result = await run(
      ['actions', await save(workbook, 'bad-row.xlsx'), '--objective', 'stable-homes', '--sheet', 'Plan'],
      dir,
    );
    expect(result.status).toBe(1);
    expect(result.output.split('\n').slice(-3)).toMatchInlineSnapshot(`
      [
        "bad-row.xlsx!Plan:F6  this new action (1.3) has no expected outcome — write the difference it should make in the expected outcome column",
        "bad-row.xlsx!Plan:D6  this new action (1.3) is due "TBC" — a new action needs a due date: write a month (March 2026), a date, a quarter or "Ongoing"",
        "✗ 2 problems in bad-row.xlsx. Nothing was written: fix each cell above, then run the import again.",
      ]
    `);
    expect(read(dir, 'actions/stable-homes.yaml')).toBe(before);
  });
});

describe('importing comparators from two DfE releases', () => {
  const dir = freshCouncil();
  const args = [
    '--indicator',
    'children-in-care-rate',
    '--column',
    'rate_per_10000',
    '--filter',
    'population_type=Children looked after',
  ];

  it('fills each year’s scorecard from the first release', async () => {
    const result = await run(['comparators', path.join(DFE, 'cla-2024.csv'), ...args], dir);
    expect(result.status).toBe(0);
    expect(withoutWarnings(result.output)).toMatchInlineSnapshot(`
      "Read rate_per_10000 for 2 years from cla-2024.csv:
        2022-23: England 70, region 58, neighbours 67 (mean of 8 of 10)
        2023-24: England 71, region 59, neighbours 69 (mean of 9 of 10)

      cla-2024.csv  note: 2022-23: no scorecard has a row for children-in-care-rate, so those years' figures were not written — to keep them, create the scorecard first (npm run new -- scorecard 2022-23) and run the import again

      Changes to content/scorecards/2023-24.yaml:
        2023-24 (content/scorecards/2023-24.yaml): England 71 filled; region 59 filled; neighbours 69 (mean of 9 of 10) filled

      ✓ Wrote content/scorecards/2023-24.yaml.
      Checking the content:
      ✓ Content is valid (4 warnings)."
    `);
  });

  it('records the second release’s revisions, marked [r]', async () => {
    const result = await run(['comparators', path.join(DFE, 'cla-2025.csv'), ...args, '--mapping', 'cla-2025'], dir);
    expect(result.status).toBe(0);
    expect(withoutWarnings(result.output)).toMatchInlineSnapshot(`
      "Read rate_per_10000 for 2 years from cla-2025.csv:
        2023-24: England 70, region 59, neighbours 69.1 (mean of 9 of 10)
        2024-25: England 70, region 60, neighbours 69.5 (mean of 8 of 10)

      Changes to content/scorecards/2023-24.yaml, content/scorecards/2024-25.yaml:
        2023-24 (content/scorecards/2023-24.yaml): England revised 71 → 70 [r]; neighbours revised 69 → 69.1 [r] (mean of 9 of 10)
        2024-25 (content/scorecards/2024-25.yaml): England revised 69 → 70 [r]; region 60 filled; neighbours 69.5 (mean of 8 of 10) filled

      ✓ Wrote content/scorecards/2023-24.yaml.
      ✓ Wrote content/scorecards/2024-25.yaml.
      Checking the content:
      ✓ Content is valid (4 warnings)."
    `);
    expect(read(dir, 'scorecards/2023-24.yaml')).toMatchInlineSnapshot(`
      "# Figures for 2023-24 (April 2023 to March 2024).
      year: "2023-24"
      updated: 2024-05-01
      indicators:
        - indicator: children-in-care-rate
          values:
            - {period: year, value: 52}
          comparators: {england: {value: 70, first_published: 71}, region: 59, statistical_neighbours: {value: 69.1, first_published: 69}}
      "
    `);
    expect(read(dir, 'scorecards/2024-25.yaml')).toMatchInlineSnapshot(`
      "# Figures for 2024-25 (April 2024 to March 2025).
      year: "2024-25"
      updated: 2025-05-01
      indicators:
        - indicator: children-in-care-rate
          values:
            - {period: year, value: 54}
          # England and the neighbours come from the DfE's release each November.
          comparators: {england: {value: 70, first_published: 69}, region: 60, statistical_neighbours: 69.5}
      "
    `);
  });

  it('changes nothing when the same release is imported again', async () => {
    const result = await run(['comparators', path.join(DFE, 'cla-2025.csv'), ...args, '--mapping', 'cla-2025'], dir);
    expect(result.output.split('\n').at(-1)).toBe('✓ No changes: the content already matches cla-2025.csv.');
  });
});
