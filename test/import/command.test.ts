/** `npm run import` as an editor runs it: what it prints, and how it refuses a mistaken command. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DFE, ROOT, run } from './helpers.ts';
import { actionPlanWorkbook } from './workbooks.ts';

const TRACKER_CSV = path.join(ROOT, 'test/fixtures/import-actions/tracker.csv');

describe('npm run import -- actions', () => {
  it('says which columns it recognised and what it read from each row', async () => {
    const file = await actionPlanWorkbook();
    const result = await run(['actions', file, '--objective', 'stable-homes', '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.output).toMatchInlineSnapshot(`
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
  });

  it('reads a tracker saved as CSV, and refuses it with each bad cell named', async () => {
    const result = await run(['actions', TRACKER_CSV, '--objective', 'education', '--dry-run']);
    expect(result.status).toBe(1);
    expect(result.output).toMatchInlineSnapshot(`
      "Read 3 actions for objective 2 (education) from tracker.csv.
      Headings on row 2:
        A "Ref" → ref
        B "Action" → action
        C "Lead" → lead
        D "By when" → timescale
        E "RAG" → status
        F "Progress" → update
        row 3, ref 2.1, lead virtual-school-head, due 2025-09-30, on track (green), 1 update: Check every plan, each term.
        row 4, ref 2.2, lead virtual-school-head and fostering-manager, due 2025-09-30, at risk (amber): Train designated teachers.
        row 5, ref 2.3, due TBC, complete (blue): Meet every new school.

      tracker.csv:C5  "Head of Virtual Schol" is not the title of a role in roles.yaml (nearest: "Virtual School Head") — write the job title as roles.yaml has it, such as "Virtual School Head", add the role to roles.yaml, or list "Head of Virtual Schol" under leads: in the mapping file
      ✗ 1 problem in tracker.csv. Nothing was written: fix each cell above, then run the import again."
    `);
  });

  it('refuses a mistaken command with what to type instead', async () => {
    const outputs = await Promise.all([
      run(['actions', TRACKER_CSV]),
      run(['actions', TRACKER_CSV, '--objective', 'housing']),
      run(['actions', 'missing.xlsx', '--objective', 'education']),
      run(['actions', TRACKER_CSV, '--objective', 'education', '--colour', 'red']),
      run(['actions', TRACKER_CSV, '--objective', 'education', '--mapping', 'trackr']),
      run(['actions', TRACKER_CSV, '--objective', 'education', '--mapping', 'cla-2025']),
      run(['comparators', path.join(DFE, 'cla-2024.csv'), '--indicator', 'placement-moves']),
      run([
        'comparators',
        path.join(DFE, 'cla-2024.csv'),
        '--indicator',
        'children-in-care',
        '--column',
        'rate_per_10000',
      ]),
    ]);
    expect(outputs.map((o) => `${o.status} ${o.output}`)).toMatchInlineSnapshot(`
      [
        "2 ✗ Say which objective the actions belong to: --objective <id>",
        "1 ✗ there is no objective "housing": use one of 1 (stable-homes), 2 (education)",
        "1 ✗ there is no file missing.xlsx: check the name and folder",
        "2 ✗ --colour is not an option of npm run import -- actions. Use:
      npm run import -- actions <file.xlsx|file.csv> --objective <id> [--sheet <name>] [--year 2025-26] [--date YYYY-MM-DD] [--mapping <name>] [--dry-run]
      npm run import -- comparators <file.csv> --indicator <id> --column <measure> [--filter <column>=<value> …] [--mapping <name>] [--dry-run]",
        "1 ✗ there is no mapping "trackr": save it as content/imports/trackr.yaml, or use one of: tracker",
        "1 ✗ content/imports/cla-2025.yaml is a mapping for comparators, not actions",
        "2 ✗ Say which column of the file holds the figures: --column <measure>",
        "1 ✗ there is no indicator "children-in-care" in indicators.yaml: use one of placement-moves, pep-up-to-date, children-in-care-rate",
      ]
    `);
  });
});

describe('npm run import -- comparators', () => {
  it('gives each year’s England, region and neighbours, and what it would change', async () => {
    const result = await run([
      'comparators',
      path.join(DFE, 'cla-2025.csv'),
      '--indicator',
      'placement-moves',
      '--column',
      'rate_per_10000',
      '--filter',
      'population_type=Children looked after',
      '--mapping',
      'cla-2025',
      '--dry-run',
    ]);
    expect(result.status).toBe(0);
    expect(result.output).toMatchInlineSnapshot(`
      "Read rate_per_10000 for 2 years from cla-2025.csv:
        2023-24: England 70, region 59, neighbours 69.1 (mean of 9 of 10)
        2024-25: England 70, region 60, neighbours 69.5 (mean of 8 of 10)

      cla-2025.csv  note: 2023-24: no scorecard has a row for placement-moves, so those years' figures were not written — to keep them, create the scorecard first (npm run new -- scorecard 2023-24) and run the import again

      Changes to content/scorecards/2025-26.yaml:
        2025-26 (content/scorecards/2025-26.yaml): region 60 (for 2024-25) filled

      Nothing was written (--dry-run). Run the same command without --dry-run to make these changes."
    `);
  });
});
