/** Opens the file an editor named: a workbook (.xlsx) or a CSV file, refusing anything else clearly. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Grid } from './cells.ts';
import { ImportUsageError } from './problems.ts';
import { readCsv } from './read-csv.ts';
import { readWorkbook } from './read-workbook.ts';

/**
 * The sheets to read: a CSV file's only one, the named worksheet, or every visible worksheet (the
 * caller picks the one that holds the table).
 */
export async function readTables(
  file: string,
  sheet?: string,
  allowed: readonly string[] = ['.xlsx', '.csv'],
): Promise<Grid[]> {
  if (!existsSync(file)) throw new ImportUsageError(`there is no file ${file}: check the name and folder`);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xls' || extension === '.ods' || extension === '.xlsm') {
    throw new ImportUsageError(
      `${path.basename(file)} is not an .xlsx workbook: open it in Excel and save it as "Excel Workbook (.xlsx)"`,
    );
  }
  if (!allowed.includes(extension)) {
    throw new ImportUsageError(
      `${path.basename(file)} is not ${allowed.join(' or ')}: save it in one of those formats`,
    );
  }
  if (extension === '.csv') {
    if (sheet !== undefined) throw new ImportUsageError('--sheet is only for workbooks: a CSV file has one sheet');
    return [readCsv(file)];
  }
  return readWorkbook(file, sheet);
}
