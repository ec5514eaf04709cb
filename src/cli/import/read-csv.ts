/**
 * Reads a CSV file into a grid of text cells with csv-parse: a byte-order mark is dropped, quoted
 * fields may hold commas and line breaks, and rows may be of different lengths (trackers saved as CSV
 * often are).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Grid } from './cells.ts';
import { ImportUsageError } from './problems.ts';

export function readCsv(file: string): Grid {
  const shown = path.basename(file);
  let records: string[][];
  try {
    records = parse(readFileSync(file), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportUsageError(
      `${shown}${line ? `:row ${line}` : ''}  the file cannot be read as CSV (${(error as Error).message}) — save it again from Excel as "CSV UTF-8"`,
    );
  }
  return {
    file: shown,
    sheet: undefined,
    rows: records.map((record) => record.map((text) => ({ value: text, text: text.replace(/\r\n?/g, '\n').trim() }))),
  };
}
