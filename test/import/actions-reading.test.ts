/**
 * Reading a council's tracker: the header found below a merged title and notes, the usual column
 * names recognised, and each value read as the tracker means it.
 */
import { describe, expect, it } from 'vitest';
import { readActions, type ImportedAction } from '../../src/cli/import/read-actions.ts';
import { readWorkbook } from '../../src/cli/import/read-workbook.ts';
import { council } from './helpers.ts';
import { actionPlanWorkbook, RED_FILL, save, tracker } from './workbooks.ts';

const roles = council().roles;
const options = { roles, mappingFile: 'content/imports/tracker.yaml', today: '2026-11-22' };

/** One line per row, with what an editor would check. */
function brief(a: ImportedAction): string {
  const when = a.timescale?.kind === 'timescale' ? a.timescale.timescale : a.timescale?.kind;
  const status = a.status ? `${a.status.status}${a.status.rag ? ` (${a.status.rag} ${a.status.from})` : ''}` : '-';
  const plans = a.plans?.map((p) => (p.url ? `${p.title} <${p.url}>` : p.title)).join(' + ') ?? '-';
  return `${a.ref} | ${a.lead?.join(' + ')} | ${when} | ${status} | ${a.percent_complete ?? '-'}% | plans: ${plans || 'none'} | updates: ${a.updates.map((u) => `${u.date} ${u.text ?? ''}`).join('; ')}`;
}

describe('reading an action plan workbook', async () => {
  const [sheet] = await readWorkbook(await actionPlanWorkbook(), 'Action plan');
  const read = readActions(sheet!, options);

  it('finds the header row under the merged title and the notes', () => {
    expect(read.plan?.headerRow).toBe(4);
    expect(read.plan?.fields).toEqual({
      ref: 1,
      action: 2,
      lead: 3,
      timescale: 4,
      outcome: 5,
      plans: 6,
      status: 7,
      percent_complete: 8,
      update: 9,
    });
    expect(read.problems).toEqual([]);
  });

  it('skips the merged section heading and reads every action row', () => {
    expect(read.actions.map(brief)).toMatchInlineSnapshot(`
      [
        "1.1 | fostering-manager | 2026-03-31 | on track (green word) | 75% | plans: Sufficiency strategy | updates: 2026-11-22 Twelve households started assessment.",
        "1.2 | head-of-fostering-adoption + director-childrens-services | 2026-09-30 | off track (red fill) | 75% | plans: none | updates: ",
        "1.3 | virtual-school-head + family-placement-manager | 2025-09 | at risk (amber word) | 50% | plans: Education plan <https://testford.gov.uk/education-plan> + Sufficiency strategy | updates: ",
        "1.4 | fostering-manager | 2025-Q4 | complete | 100% | plans: - | updates: ",
        "1.5 | fostering-manager | ongoing | not started | -% | plans: - | updates: ",
      ]
    `);
  });
});

describe('cells it cannot read', () => {
  it('names each cell and says how to fix it, and reads the rest', async () => {
    const { workbook, sheet } = tracker(
      'Plan',
      ['No.', 'Action', 'Lead officer', 'By when', 'Status', '% complete'],
      [
        ['2.1', 'Check every plan each term.', 'Head of Virtual Schol', 'sometime', 'Purple', '150%'],
        ['2.2', null, 'Virtual School Head', 'March 2026', 'Green', null],
        ['2.3', 'Train every designated teacher.', 'Virtual School Head', 'Q3', null, '2 of 3'],
        ['2.4', 'Fill the gaps.', 'Virtual School Head', '31/02/2026', null, null],
      ],
    );
    sheet.getCell('E8').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 5 } };
    const [grid] = await readWorkbook(await save(workbook, 'bad.xlsx'), 'Plan');
    const read = readActions(grid!, options);
    expect(read.problems.map((p) => `${p.where}  ${p.what} — ${p.fix}`)).toMatchInlineSnapshot(`
      [
        "bad.xlsx!Plan:C5  "Head of Virtual Schol" is not the title of a role in roles.yaml (nearest: "Virtual School Head") — write the job title as roles.yaml has it, such as "Virtual School Head", add the role to roles.yaml, or list "Head of Virtual Schol" under leads: in the mapping file",
        "bad.xlsx!Plan:D5  "sometime" is not a timescale the importer can read — write a date (30/09/2025), a month (September 2025), a quarter of the reporting year (Q3 2025/26), "Ongoing" or "TBC"",
        "bad.xlsx!Plan:E5  "Purple" is not a status on the council's scale — write one of its labels ("not started", "on track", "at risk", "off track", "complete"), or a RAG colour (Red, Amber, Green, Blue for complete, Grey for not started); or list "Purple" under statuses: in the mapping file",
        "bad.xlsx!Plan:F5  "150%" is not a percentage from 0 to 100 — write a percentage such as 75%, a fraction such as 0.75, or "3 of 4"",
        "bad.xlsx!Plan:B6  this row has no action — write what will be done, or delete the row",
        "bad.xlsx!Plan:D7  "Q3" names a quarter, but not a reporting year such as 2025/26 — write a date (30/09/2025), a month (September 2025), a quarter of the reporting year (Q3 2025/26), "Ongoing" or "TBC"",
        "bad.xlsx!Plan:D8  "31/02/2026" is not a real date — write a date (30/09/2025), a month (September 2025), a quarter of the reporting year (Q3 2025/26), "Ongoing" or "TBC"",
        "bad.xlsx!Plan:E8  the status is only a fill colour from the workbook's theme, which the importer cannot tell apart — type the status in the cell ("not started", "on track", "at risk", "off track", "complete"), or fill it with a standard colour",
      ]
    `);
    expect(read.actions.map((a) => a.ref)).toEqual(['2.1', '2.3', '2.4']);
  });
});

describe('wide quarterly columns', () => {
  it('reads each quarter as a dated update with its status, and the latest as the status now', async () => {
    const { workbook, sheet } = tracker(
      'Plan',
      ['Ref', 'Action', 'Lead', 'Due', 'Q1 RAG', 'Q1 update', 'Q2 RAG', 'Q2 update'],
      [
        [
          '1.1',
          'Recruit carers.',
          'Fostering Service Manager',
          'Mar-26',
          'Green',
          'Campaign launched.',
          null,
          'Two households approved.',
        ],
      ],
    );
    sheet.getCell('G5').fill = RED_FILL;
    const [grid] = await readWorkbook(await save(workbook, 'quarters.xlsx'), 'Plan');
    const read = readActions(grid!, { ...options, year: '2025-26' });
    expect(read.problems).toEqual([]);
    expect(read.actions.map(brief)).toMatchInlineSnapshot(`
      [
        "1.1 | fostering-manager | 2026-03 | off track (red fill) | -% | plans: - | updates: 2025-06-30 Campaign launched.; 2025-09-30 Two households approved.",
      ]
    `);
    expect(read.actions[0]!.updates.map((u) => u.status?.status)).toEqual(['on track', 'off track']);
  });

  it('asks for the reporting year when the headings do not give it', async () => {
    const { workbook } = tracker(
      'Plan',
      ['Ref', 'Action', 'Lead', 'Q1 RAG', 'Q1 update'],
      [['1.1', 'Recruit carers.', 'Fostering Service Manager', 'G', 'Started.']],
    );
    const [grid] = await readWorkbook(await save(workbook, 'no-year.xlsx'), 'Plan');
    expect(readActions(grid!, options).problems.map((p) => `${p.where}  ${p.what} — ${p.fix}`)).toMatchInlineSnapshot(`
      [
        "no-year.xlsx!Plan:D4  "Q1 RAG" is a quarter's column, but nothing says which reporting year it is — add the year to the command (--year 2025-26), or write it under quarters: in content/imports/tracker.yaml",
      ]
    `);
  });

  it('takes the year from a heading such as "Q2 2025/26 RAG"', async () => {
    const { workbook } = tracker(
      'Plan',
      ['Ref', 'Action', 'Lead', 'Q2 2025/26 RAG', 'Q2 2025/26 update'],
      [['1.1', 'Recruit carers.', 'Fostering Service Manager', 'Amber', 'Slower than hoped.']],
    );
    const [grid] = await readWorkbook(await save(workbook, 'year.xlsx'), 'Plan');
    const read = readActions(grid!, options);
    expect(read.actions[0]!.updates).toEqual([
      expect.objectContaining({
        date: '2025-09-30',
        text: 'Slower than hoped.',
        status: { status: 'at risk', label: 'at risk', rag: 'amber', from: 'word' },
      }),
    ]);
  });
});
