/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte-order mark (without it Excel reads "’" as
 * "â€™"), every field in double quotes, quotes doubled inside, lines ending CRLF (RFC 4180).
 *
 * Every text field is also made safe to open in a spreadsheet (OWASP, "CSV Injection"): a field that
 * starts with =, +, -, @, a tab or a carriage return is a formula to Excel, LibreOffice and Google
 * Sheets, which can run commands or send the sheet's data elsewhere. Such a field gets a single
 * quote in front, so it is shown as the text it is. The full-width forms (＝ ＋ － ＠), which some
 * spreadsheets in some languages read as the same signs, and leading spaces or line breaks before
 * any of them are treated the same way. Numbers are written as numbers and left alone.
 */

/**
 * A text the spreadsheet must keep as text even though it looks like a number, such as an action
 * number "3.10" that Excel would turn into 3.1. Written as the formula ="3.10", which only yields
 * that text; only digits, letters, spaces, dots, hyphens and slashes are allowed in it, so the
 * formula can never do anything else.
 */
export interface SpreadsheetText {
  readonly spreadsheetText: string;
}

export type Cell = string | number | boolean | undefined | SpreadsheetText;

/** Keeps `text` as text in a spreadsheet; see SpreadsheetText. */
export function spreadsheetText(text: string): SpreadsheetText {
  return { spreadsheetText: text };
}

const FORMULA_START = /^[\s\u0085\u00a0\u2028\u2029\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A text field as a spreadsheet will show it: unchanged, or with a quote in front if it would run. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function fieldText(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'object') {
    const text = cell.spreadsheetText;
    return /^[\p{L}\p{N} ./-]*$/u.test(text) ? `="${text}"` : neutraliseFormula(text);
  }
  return typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
}

function quote(cell: Cell): string {
  return `"${fieldText(cell).replaceAll('"', '""')}"`;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(quote).join(','), ...rows.map((row) => columns.map((c) => quote(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvResponse(csv: string | Uint8Array<ArrayBuffer>): Response {
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function jsonResponse(data: unknown): Response {
  return jsonTextResponse(`${JSON.stringify(data, null, 2)}\n`);
}

/** JSON already written as text (src/lib/open-data/files.ts). */
export function jsonTextResponse(json: string | Uint8Array<ArrayBuffer>): Response {
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
