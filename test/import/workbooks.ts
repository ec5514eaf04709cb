/**
 * Trackers built the way councils build them, with exceljs: a title merged across the top, notes
 * above the header, a section heading inside the table, RAG written as words or only as a fill,
 * dates as Excel dates, serials and month words, and joint leads.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export const RED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };

export function tempFile(name: string): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'import-')), name);
}

type Row = (string | number | Date | null)[];

/** A workbook with one sheet: a merged title, notes, then `header` and `rows`; returns the sheet for styling. */
export function tracker(
  sheetName: string,
  header: string[],
  rows: Row[],
): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet; firstRow: number } {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Read me').addRow(['This workbook holds the corporate parenting action plan.']);
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(['Testford corporate parenting action plan 2025-28']);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow(['Notes: update the RAG and the update column each quarter. Blue means complete.']);
  sheet.addRow([]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return { workbook, sheet, firstRow: 5 };
}

export async function save(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const file = tempFile(name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The main fixture: the usual column names, one value of each kind the importer reads. */
export async function actionPlanWorkbook(): Promise<string> {
  const header = [
    'Ref',
    'Action',
    'Responsible officer',
    'Timescale',
    'Expected outcome',
    'Link to other plans',
    'RAG',
    '% complete',
    'Update',
  ];
  const { workbook, sheet } = tracker('Action plan', header, [
    ['Priority 1: Stable homes'],
    [
      '1.1',
      'Recruit more foster carers who live in the borough.',
      'Fostering Service Manager',
      new Date(Date.UTC(2026, 2, 31)),
      'More children can stay near their school and friends.',
      'Sufficiency strategy',
      'Green',
      0.75,
      'Twelve households started assessment.',
    ],
    [
      '1.2',
      'Review every placement that has broken down.',
      "Head of Fostering and Adoption and Director of Children's Services",
      46295,
      'Lessons are learnt and shared.',
      'Not applicable',
      null,
      '3 of 4',
      null,
    ],
    [
      '1.3',
      'Match children with carers near their school.',
      'Virtual School and Team Manager: Family Placement',
      'September 2025',
      'Fewer school moves.',
      'Education plan (https://testford.gov.uk/education-plan); Sufficiency strategy',
      'A',
      '50%',
      null,
    ],
    [
      '1.4',
      'Open a new children’s home.',
      'Fostering Service Manager',
      'Q3 2025/26',
      'Children stay in Testford.',
      null,
      'Complete',
      '100%',
      null,
    ],
    [
      '1.5',
      'Hold a yearly celebration.',
      'Fostering Service Manager',
      'Ongoing',
      'Achievements are celebrated.',
      null,
      'Not started',
      null,
      null,
    ],
  ]);
  sheet.mergeCells(5, 1, 5, header.length);
  sheet.getCell('G7').fill = RED_FILL;
  sheet.getCell('H6').numFmt = '0%';
  return save(workbook, 'action-plan.xlsx');
}

/**
 * A council plan's quarterly tracker: references such as 4.01.01 and A3, RAG as Green, Amber, Red,
 * Blue and Grey (one row's only as a red fill), percent as 0.75, "3 of 4" and 50%, related plans by
 * name (with a link in one cell, "Not applicable" in another), and wide quarterly columns, some
 * quarters with a RAG and no words.
 */
export async function councilPlanWorkbook(): Promise<string> {
  const header = [
    'Ref',
    'Action',
    'Responsible officer',
    'Timescale',
    'Expected outcome',
    'Link to other plans',
    'RAG',
    '% complete',
    'Q1 RAG',
    'Q1 update',
    'Q1 % complete',
    'Q2 RAG',
    'Q2 update',
    'Q2 % complete',
  ];
  const { workbook, sheet } = tracker('Council plan', header, [
    [
      '4.01.01',
      'Check every Personal Education Plan each term.',
      'Virtual School Head',
      '31/12/2025',
      'Plans stay current.',
      'Virtual School improvement plan (https://testford.gov.uk/virtual-school-plan)',
      'Green',
      0.75,
      'Green',
      'Summer term checks done.',
      0.5,
      'Green',
      'Autumn term checks done.',
      0.75,
    ],
    [
      '4.01.02',
      'Offer every care leaver a tutor for their exams.',
      'Virtual School Head',
      'July 2026',
      'More care leavers pass English and maths.',
      'Not applicable',
      'Amber',
      '3 of 4',
      'Green',
      null,
      0.25,
      'Amber',
      'Fewer tutors than planned.',
      '3 of 4',
    ],
    [
      '4.02.01',
      'Train every designated teacher in attachment.',
      'Virtual School Head',
      'Q4 2025/26',
      'Teachers understand what children in care need.',
      'Education plan; SEND strategy',
      null,
      '50%',
      'Grey',
      null,
      null,
      null,
      'Training booked for the spring.',
      '50%',
    ],
    [
      'A3',
      'Hold a yearly celebration of achievement.',
      'Virtual School Head',
      'June 2025',
      'Achievements are celebrated.',
      null,
      'Blue',
      1,
      'Blue',
      'Held in June.',
      1,
      null,
      null,
      null,
    ],
  ]);
  // Row 7 (4.02.01): its RAG, and its Q2 RAG, only as a red fill.
  sheet.getCell('G7').fill = RED_FILL;
  sheet.getCell('L7').fill = RED_FILL;
  sheet.getCell('H8').numFmt = '0%';
  return save(workbook, 'council-plan.xlsx');
}
