/**
 * A council plan's tracker imported into a council with its own status scale: references as written
 * (4.01.01, A3), RAG in the council's labels (one only a fill), percent complete, related plans by
 * name, and quarterly columns as dated updates with their status and percent, a quarter with a RAG
 * and no words included. A second import changes nothing; hand edits and comments stay.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { councilCopy, ROOT, run } from './helpers.ts';
import { councilPlanWorkbook, RED_FILL, save, tracker } from './workbooks.ts';

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');
const withoutWarnings = (output: string): string =>
  output
    .split('\n')
    .filter((line) => !line.includes('  warning: '))
    .join('\n');
const ARGS = ['--objective', 'education', '--year', '2025-26'];

describe('a council plan imported onto the council’s own scale', async () => {
  const dir = councilCopy(true);
  const file = await councilPlanWorkbook();
  const actions = 'actions/education.yaml';

  it('--dry-run says what it read, in the council’s labels, and what it would change', async () => {
    const result = await run(['actions', file, ...ARGS, '--dry-run'], dir);
    expect(result.status).toBe(0);
    expect(withoutWarnings(result.output)).toMatchInlineSnapshot(`
      "Read 4 actions for objective 2 (education) from council-plan.xlsx!Council plan.
      Headings on row 4:
        A "Ref" → ref
        B "Action" → action
        C "Responsible officer" → lead
        D "Timescale" → timescale
        E "Expected outcome" → outcome
        F "Link to other plans" → plans
        G "RAG" → status
        H "% complete" → percent complete
        Q1: I "Q1 RAG" → status, K "Q1 % complete" → percent complete, J "Q1 update" → update
        Q2: L "Q2 RAG" → status, N "Q2 % complete" → percent complete, M "Q2 update" → update
        row 5, ref 4.01.01, lead virtual-school-head, due 2025-12-31, Green, 75% complete, 2 updates: Check every Personal Education Plan each term.
        row 6, ref 4.01.02, lead virtual-school-head, due 2026-07, Amber, 75% complete, 2 updates: Offer every care leaver a tutor for their exams.
        row 7, ref 4.02.01, lead virtual-school-head, due 2026-Q1, Red (fill), 50% complete, 2 updates: Train every designated teacher in attachment.
        row 8, ref A3, lead virtual-school-head, due 2025-06, Blue, 100% complete, 1 update: Hold a yearly celebration of achievement.

      Changes to content/actions/education.yaml:
        4.01.01 from row 5: related plans: Virtual School improvement plan; 75% complete; 1 new update (2025-09-30); update of 2025-06-30: status Green, 50% complete
        new 4.01.02 from row 6: "Offer every care leaver a tutor for their exams."
        new 4.02.01 from row 7: "Train every designated teacher in attachment."
        new A3 from row 8: "Hold a yearly celebration of achievement."

      Nothing was written (--dry-run). Run the same command without --dry-run to make these changes."
    `);
  });

  it('writes references, labels, percent, plans and dated updates, keeping the comment', async () => {
    const result = await run(['actions', file, ...ARGS], dir);
    expect(result.status).toBe(0);
    // The check's warnings belong to the fixture council (dates gone by), not to the import.
    expect(withoutWarnings(result.output).split('\n').slice(-3)).toEqual([
      '✓ Wrote content/actions/education.yaml.',
      'Checking the content:',
      expect.stringMatching(/^✓ Content is valid/),
    ]);
    expect(read(dir, actions)).toMatchInlineSnapshot(`
      "# Education: numbered as in the council plan (4.01.01), not by the strategy's objectives.
      objective: education
      actions:
        - ref: "4.01.01"
          action: Check every Personal Education Plan each term.
          outcome: Plans stay current.
          lead: virtual-school-head
          plans:
            - title: Virtual School improvement plan
              url: https://testford.gov.uk/virtual-school-plan
          timescale: 2025-12-31
          status: green # as the autumn board heard it
          percent_complete: 75
          updates:
            - date: 2025-06-30
              text: Summer term checks done.
              status: Green
              percent_complete: 50
            - date: 2025-09-30
              text: Autumn term checks done.
              status: Green
              percent_complete: 75
        - ref: "4.01.02"
          action: Offer every care leaver a tutor for their exams.
          outcome: More care leavers pass English and maths.
          lead: virtual-school-head
          timescale: 2026-07
          status: Amber
          percent_complete: 75
          updates:
            - date: 2025-06-30
              status: Green
              percent_complete: 25
            - date: 2025-09-30
              text: Fewer tutors than planned.
              status: Amber
              percent_complete: 75
        - ref: "4.02.01"
          action: Train every designated teacher in attachment.
          outcome: Teachers understand what children in care need.
          lead: virtual-school-head
          plans: [Education plan, SEND strategy]
          timescale: 2026-Q1
          status: Red
          percent_complete: 50
          updates:
            - date: 2025-06-30
              status: Grey
            - date: 2025-09-30
              text: Training booked for the spring.
              status: Red
              percent_complete: 50
        - ref: "A3"
          action: Hold a yearly celebration of achievement.
          outcome: Achievements are celebrated.
          lead: virtual-school-head
          timescale: 2025-06
          status: Blue
          percent_complete: 100
          updates:
            - date: 2025-06-30
              text: Held in June.
              status: Blue
              percent_complete: 100
      "
    `);
  });

  it('changes nothing the second time', async () => {
    const written = read(dir, actions);
    const result = await run(['actions', file, ...ARGS], dir);
    expect(result.output.split('\n').at(-1)).toBe('✓ No changes: the content already matches council-plan.xlsx.');
    expect(read(dir, actions)).toBe(written);
  });

  it('keeps words an editor changed in an update, and says so', async () => {
    writeFileSync(
      path.join(dir, actions),
      read(dir, actions).replace('Fewer tutors than planned.', 'Fewer tutors than planned; two start in January.'),
    );
    const edited = read(dir, actions);
    const result = await run(['actions', file, ...ARGS], dir);
    expect(result.status).toBe(0);
    expect(result.output.split('\n').filter((l) => l.includes('note:'))).toMatchInlineSnapshot(`
      [
        "council-plan.xlsx!Council plan:M6  note: the update of 30 September 2025 reads differently in the action file, where an editor may have changed it: the file's words are kept — to take the tracker's words, delete that update from the file and import again",
      ]
    `);
    expect(read(dir, actions)).toBe(edited);
  });
});

describe('references that change', () => {
  it('follows a renumbered action by its words and pins its address with an id', async () => {
    const dir = councilCopy(true);
    const { workbook } = tracker(
      'Plan',
      ['Ref', 'Action', 'Lead', 'RAG'],
      [['4.01.09', 'Check every Personal Education Plan each term.', 'Virtual School Head', 'Amber']],
    );
    const result = await run(['actions', await save(workbook, 'renumbered.xlsx'), ...ARGS, '--sheet', 'Plan'], dir);
    expect(result.status).toBe(0);
    const output = withoutWarnings(result.output);
    expect(output.slice(output.indexOf('Changes to'), output.indexOf('✓ Wrote'))).toMatchInlineSnapshot(`
      "Changes to content/actions/education.yaml:
        4.01.01 (matched by its words) from row 5: reference 4.01.01 → 4.01.09 (id "4.01.01" written, so its address stays); status green → Amber

      "
    `);
    expect(read(dir, 'actions/education.yaml')).toMatchInlineSnapshot(`
      "# Education: numbered as in the council plan (4.01.01), not by the strategy's objectives.
      objective: education
      actions:
        - id: "4.01.01"
          ref: "4.01.09"
          action: Check every Personal Education Plan each term.
          outcome: Plans stay current.
          lead: virtual-school-head
          timescale: 2025-12-31
          status: Amber # as the autumn board heard it
          updates:
            - date: 2025-06-30
              text: Summer term checks done.
      "
    `);
  });
});

describe('a status off the council’s scale', () => {
  it('is refused at its cell, with the council’s labels, and nothing is written', async () => {
    const dir = councilCopy(true);
    const before = read(dir, 'actions/education.yaml');
    const { workbook, sheet } = tracker(
      'Plan',
      ['Ref', 'Action', 'Lead', 'RAG', 'Q1 RAG', 'Q1 update'],
      [
        ['4.01.01', 'Check every Personal Education Plan each term.', 'Virtual School Head', 'Purple', 'G', 'Done.'],
        ['4.01.02', 'Offer every care leaver a tutor.', 'Virtual School Head', 'Amber', 'Not sure', null],
      ],
    );
    sheet.getCell('E5').fill = RED_FILL;
    const result = await run(['actions', await save(workbook, 'purple.xlsx'), ...ARGS, '--sheet', 'Plan'], dir);
    expect(result.status).toBe(1);
    expect(result.output.split('\n').slice(-3)).toMatchInlineSnapshot(`
      [
        "purple.xlsx!Plan:D5  "Purple" is not a status on the council's scale — write one of its labels ("Green" (on track), "Amber" (at risk), "Red" (off track), "Blue" (complete), "Grey" (not started)); or list "Purple" under statuses: in the mapping file",
        "purple.xlsx!Plan:E6  "Not sure" is not a status on the council's scale — write one of its labels ("Green" (on track), "Amber" (at risk), "Red" (off track), "Blue" (complete), "Grey" (not started)); or list "Not sure" under statuses: in the mapping file",
        "✗ 2 problems in purple.xlsx. Nothing was written: fix each cell above, then run the import again.",
      ]
    `);
    expect(read(dir, 'actions/education.yaml')).toBe(before);
  });
});

describe('a plan that does not number its actions', () => {
  it('adds a row without inventing a number, and writes statuses in the council’s labels', async () => {
    // plan-shapes: no ids and no refs in stable-homes, a Green/Amber/Red/Blue/Grey scale.
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'import-shapes-')), 'content');
    cpSync(path.join(ROOT, 'test/fixtures/plan-shapes/content'), dir, { recursive: true });
    const { workbook } = tracker(
      'Plan',
      ['Action', 'Lead', 'By when', 'Expected outcome', 'Status', '% complete'],
      [
        [
          'Recruit more foster carers who live in the borough.',
          'Fostering Service Manager',
          'December 2025',
          'More children can stay near their school and friends.',
          'On track',
          0.5,
        ],
        [
          'Start a carers’ support group.',
          'Fostering Service Manager',
          'June 2026',
          'Carers stay.',
          'Not started',
          null,
        ],
      ],
    );
    const result = await run(
      [
        'actions',
        await save(workbook, 'unnumbered.xlsx'),
        '--objective',
        'stable-homes',
        '--sheet',
        'Plan',
        '--date',
        '2025-11-20',
      ],
      dir,
    );
    expect(result.status, result.output).toBe(0);
    const output = withoutWarnings(result.output);
    expect(output.slice(output.indexOf('Changes to'), output.indexOf('✓ Wrote'))).toMatchInlineSnapshot(`
      "Changes to content/actions/stable-homes.yaml:
        1.1 (matched by its words) from row 5: due 2025-12-31 → 2025-12; status Amber → Green; percent complete 40% → 50%
        new 1.4 from row 6: "Start a carers’ support group."
        1.2 is not in the tracker: kept as it is. Delete it by hand if it has ended: "Review every placement that has broken down."
        1.3 is not in the tracker: kept as it is. Delete it by hand if it has ended: "Open a second children's home in the borough."

      "
    `);
    const file = read(dir, 'actions/stable-homes.yaml');
    expect(file.slice(file.indexOf('  - action: Start'))).toMatchInlineSnapshot(`
      "  - action: Start a carers’ support group.
          outcome: Carers stay.
          lead: fostering-manager
          timescale: 2026-06
          status: Grey
      "
    `);
  });
});
