/**
 * Reads one worksheet of an .xlsx workbook with exceljs into a grid: values as stored (dates stay
 * dates, percentages stay fractions), the text a reader sees, solid fill colours and merged blocks.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid, GridCell } from './cells.ts';
import { ImportUsageError } from './problems.ts';

type CellValue = ExcelJS.CellValue;

/** The stored value of a cell, looking through formulas, rich text and hyperlinks. */
function plainValue(value: CellValue): { value: GridCell['value']; link?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value };
  if ('richText' in value) return { value: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : plainValue(value.text as CellValue).value;
    return { value: text === null ? value.hyperlink : String(text), link: value.hyperlink };
  }
  if ('result' in value) return plainValue((value.result ?? null) as CellValue);
  if ('error' in value) return { value: value.error };
  return { value: null };
}

function asText(value: GridCell['value']): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).replace(/\r\n?/g, '\n').trim();
}

/** The solid fill of a cell: RRGGBB, or a note that it is a theme colour. */
function fillOf(cell: ExcelJS.Cell): Pick<GridCell, 'fill' | 'themeFill'> {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return {};
  const colour = fill.fgColor as { argb?: string; theme?: number; indexed?: number } | undefined;
  if (colour?.argb && /^[0-9A-Fa-f]{8}$/.test(colour.argb)) return { fill: colour.argb.slice(2).toUpperCase() };
  const indexed = colour?.indexed === undefined ? undefined : INDEXED[colour.indexed];
  if (indexed) return { fill: indexed };
  if (colour?.theme !== undefined) return { themeFill: true };
  return {};
}

/** Excel's legacy palette, for the few colours trackers use from it. */
const INDEXED: Record<number, string> = {
  2: 'FF0000',
  3: '00FF00',
  5: 'FFFF00',
  10: 'FF0000',
  11: '00FF00',
  13: 'FFFF00',
  17: '008000',
  51: 'FFCC00',
  52: 'FF9900',
  53: 'FF6600',
  50: '99CC00',
  57: '339966',
};

/** Reads every visible worksheet of `file`, or only `sheet` (by its name on the tab) when given. */
export async function readWorkbook(file: string, sheet?: string): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new ImportUsageError(
      `${path.basename(file)} cannot be opened as an .xlsx workbook (${(error as Error).message}): open it in Excel and save it again as "Excel Workbook (.xlsx)"`,
    );
  }
  const shown = path.basename(file);
  const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
  const chosen =
    sheet === undefined
      ? workbook.worksheets.filter((w) => w.state === 'visible' && w.actualRowCount > 0)
      : workbook.worksheets.filter((w) => w.name.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (chosen.length === 0) {
    throw new ImportUsageError(
      sheet === undefined
        ? `${shown} has no worksheet with anything in it`
        : `${shown} has no sheet "${sheet}": its sheets are ${names}. Say which with --sheet "<name>"`,
    );
  }
  return chosen.map((worksheet) => gridOf(shown, worksheet));
}

function gridOf(shown: string, worksheet: ExcelJS.Worksheet): Grid {
  const rows: GridCell[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) {
      const cell = row.getCell(c);
      const { value, link } = plainValue(cell.value);
      const out: GridCell = { value, text: asText(value), ...fillOf(cell) };
      if (link) out.link = link;
      if (cell.numFmt) out.numFmt = cell.numFmt;
      if (cell.isMerged && cell.master.address !== cell.address) out.mergedInto = cell.master.address;
      cells.push(out);
    }
    rows.push(cells);
  }
  return { file: shown, sheet: worksheet.name, rows };
}
