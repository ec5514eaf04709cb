/**
 * A sheet as the importers see it, whether it came from a workbook or a CSV file: rows of cells with
 * their value, the text Excel would show, and the fill colour (a RAG rating is sometimes only a colour).
 */

export interface GridCell {
  /** The value as stored: text, a number, a date (exceljs gives UTC midnight) or a boolean. */
  value: string | number | Date | boolean | null;
  /** The value as text, trimmed. */
  text: string;
  /** The solid fill colour as RRGGBB, when the cell has one. */
  fill?: string;
  /** The fill was a theme colour, which cannot be told from the file alone. */
  themeFill?: boolean;
  /** Excel's number format, such as "0%". */
  numFmt?: string;
  /** A hyperlink's address, when the cell is a link. */
  link?: string;
  /** The cell is part of a merged block but not its first cell. */
  mergedInto?: string;
}

export interface Grid {
  /** The file name as shown in messages: `plan.xlsx`. */
  file: string;
  /** The worksheet's name; undefined for a CSV file. */
  sheet: string | undefined;
  /** Rows from the first, each a list of cells from column A. Index 0 is row 1. */
  rows: GridCell[][];
}

/** Column letters as Excel writes them: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column number from letters: A → 1, AA → 27; undefined for anything else. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Z]{1,3}$/.test(letters)) return undefined;
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** Where a cell is, as messages show it: `plan.xlsx!Actions:C7` or `figures.csv:C7`. */
export function cellPlace(grid: Pick<Grid, 'file' | 'sheet'>, row: number, column?: number): string {
  const cell = column === undefined ? `row ${row}` : `${columnLetter(column)}${row}`;
  return grid.sheet === undefined ? `${grid.file}:${cell}` : `${grid.file}!${grid.sheet}:${cell}`;
}

/** The cell at a 1-based row and column, or an empty one. */
export function cellAt(grid: Grid, row: number, column: number): GridCell {
  return grid.rows[row - 1]?.[column - 1] ?? EMPTY;
}

export const EMPTY: GridCell = { value: null, text: '' };

/** True when the cell holds nothing to read (a merged cell's copies count as empty). */
export function isBlank(cell: GridCell): boolean {
  return cell.mergedInto !== undefined || cell.text === '';
}
