/**
 * Finds a tracker's header row (below any notes and merged title rows) and recognises its columns
 * by their usual names, with no set-up: "Ref", "Action", "Lead officer", "By when", "RAG", "% complete",
 * "Update"… and wide quarterly columns such as "Q1 RAG" or "Q2 2025/26 update". A mapping file's
 * `columns` and `header_row` override what is recognised.
 */
import type { ActionField, ActionsImportMapping } from '../../schemas/imports.ts';
import { cellPlace, columnLetter, columnNumber, isBlank, type Grid } from './cells.ts';
import type { ImportProblem } from './problems.ts';

const NAMES: Record<ActionField, string[]> = {
  ref: ['ref', 'ref no', 'reference', 'no', 'number', 'action no', 'action number', 'action ref', 'id', 'item'],
  action: [
    'action',
    'actions',
    'what we will do',
    'what will we do',
    'action description',
    'description',
    'activity',
    'key action',
    'task',
  ],
  lead: [
    'lead',
    'leads',
    'lead officer',
    'lead officers',
    'responsible officer',
    'responsible officers',
    'responsible',
    'owner',
    'action owner',
    'lead role',
    'who',
    'accountable officer',
    'responsible lead',
  ],
  timescale: [
    'timescale',
    'timescales',
    'timeline',
    'timeframe',
    'by when',
    'due',
    'due date',
    'deadline',
    'target date',
    'when',
    'completion date',
    'date due',
  ],
  outcome: [
    'expected outcome',
    'expected outcomes',
    'outcome',
    'outcomes',
    'impact',
    'what difference will it make',
    'intended outcome',
  ],
  plans: [
    'link to other plans',
    'links to other plans',
    'related plans',
    'other plans',
    'link to other strategies',
    'links to other strategies',
    'linked plans',
  ],
  partners: ['partners', 'key partners', 'partner agencies', 'working with', 'who else'],
  status: ['rag', 'status', 'rag status', 'rag rating', 'current status', 'current rag', 'progress rag'],
  percent_complete: [
    'percent complete',
    'percentage complete',
    'percent done',
    'progress percent',
    'completion percent',
    'percent',
  ],
  update: [
    'update',
    'updates',
    'progress',
    'progress update',
    'latest update',
    'commentary',
    'comments',
    'progress to date',
    'progress made',
  ],
  update_date: ['update date', 'date of update', 'last updated', 'date updated', 'updated'],
};

const QUARTER_FIELDS = ['status', 'percent_complete', 'update'] as const;
type QuarterField = (typeof QUARTER_FIELDS)[number];

export interface QuarterColumns {
  quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4';
  /** The reporting year when the heading names it ("Q1 2025/26 RAG"). */
  year?: string;
  status?: number;
  percent_complete?: number;
  update?: number;
}

export interface ColumnPlan {
  /** The header row, as Excel numbers rows. */
  headerRow: number;
  /** Field → column number (A is 1). */
  fields: Partial<Record<ActionField, number>>;
  quarters: QuarterColumns[];
  /** Headings nothing was made of, for the summary. */
  ignored: string[];
}

/** Lower case, "%" as "percent", no brackets, punctuation or extra spaces. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/%/g, ' percent ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function fieldOf(heading: string): ActionField | undefined {
  // "Timescale / Deadline": either half may be the one the importer knows.
  const variants = [heading, ...heading.split('/')].map(normalise).filter(Boolean);
  for (const variant of variants) {
    for (const [field, names] of Object.entries(NAMES) as [ActionField, string[]][]) {
      if (names.includes(variant)) return field;
    }
  }
  return undefined;
}

function quarterOf(
  heading: string,
): { quarter: QuarterColumns['quarter']; year?: string; field: QuarterField } | undefined {
  const text = normalise(heading);
  const q = '(?:q|quarter )([1-4])(?: (\\d{4}) (\\d{2}|\\d{4}))?';
  const match = new RegExp(`^${q} (.+)$`).exec(text) ?? new RegExp(`^(.+) ${q}$`).exec(text);
  if (!match) return undefined;
  const first = /^(?:q|quarter )/.test(text);
  const [n, y1, y2, rest] = first ? [match[1], match[2], match[3], match[4]] : [match[2], match[3], match[4], match[1]];
  const field = fieldOf(rest!);
  if (!field || !(QUARTER_FIELDS as readonly string[]).includes(field)) return undefined;
  const result: { quarter: QuarterColumns['quarter']; year?: string; field: QuarterField } = {
    quarter: `Q${n}` as QuarterColumns['quarter'],
    field: field as QuarterField,
  };
  if (y1 && y2 && (Number(y1) + 1) % 100 === Number(y2) % 100)
    result.year = `${y1}-${String((Number(y1) + 1) % 100).padStart(2, '0')}`;
  return result;
}

function headingsOf(grid: Grid, row: number): { column: number; text: string }[] {
  return (grid.rows[row - 1] ?? []).flatMap((cell, i) => (isBlank(cell) ? [] : [{ column: i + 1, text: cell.text }]));
}

/** How many fields a row's headings name: the header row names the most. */
function score(grid: Grid, row: number, mapped: Set<string>): number {
  const headings = headingsOf(grid, row);
  if (headings.length < 2) return 0;
  const known = headings.filter((h) => fieldOf(h.text) || quarterOf(h.text) || mapped.has(normalise(h.text)));
  const hasAction = headings.some((h) => fieldOf(h.text) === 'action' || mapped.has(normalise(h.text)));
  return hasAction ? known.length : 0;
}

const SEARCH_ROWS = 30;

export function planColumns(
  grid: Grid,
  mapping: ActionsImportMapping | undefined,
  mappingFile: string,
): { plan?: ColumnPlan; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const mapped = new Set(Object.values(mapping?.columns ?? {}).map(normalise));
  let headerRow = mapping?.header_row;
  if (headerRow === undefined) {
    let best = 0;
    for (let row = 1; row <= Math.min(SEARCH_ROWS, grid.rows.length); row++) {
      const s = score(grid, row, mapped);
      if (s > best) [best, headerRow] = [s, row];
    }
  }
  if (headerRow === undefined) {
    problems.push({
      where: cellPlace(grid, 1).replace(/:row 1$/, ''),
      what: `no row in the first ${SEARCH_ROWS} has column headings the importer knows, such as "Action" and "Lead"`,
      fix: `name the columns in a mapping file (${mappingFile}), under columns:, for example action: "What we will do"`,
      severity: 'error',
    });
    return { problems };
  }
  const headings = headingsOf(grid, headerRow);
  const fields: Partial<Record<ActionField, number>> = {};
  const quarters = new Map<string, QuarterColumns>();
  const ignored: string[] = [];
  const taken = new Set<number>();

  for (const [field, heading] of Object.entries(mapping?.columns ?? {}) as [ActionField, string][]) {
    const letter = columnNumber(heading);
    const column = letter ?? headings.find((h) => normalise(h.text) === normalise(heading))?.column;
    if (column === undefined) {
      problems.push({
        where: cellPlace(grid, headerRow),
        what: `the mapping file names the column "${heading}" for ${field}, but row ${headerRow} has no such heading`,
        fix: `write the heading as row ${headerRow} has it (${headings.map((h) => `"${h.text}"`).join(', ')}) in ${mappingFile}, or give the column's letter`,
        severity: 'error',
      });
      continue;
    }
    fields[field] = column;
    taken.add(column);
  }
  for (const q of mapping?.quarters?.columns ?? []) {
    const entry: QuarterColumns = { quarter: q.quarter };
    for (const field of QUARTER_FIELDS) {
      const heading = q[field];
      if (heading === undefined) continue;
      const column = columnNumber(heading) ?? headings.find((h) => normalise(h.text) === normalise(heading))?.column;
      if (column === undefined) {
        problems.push({
          where: cellPlace(grid, headerRow),
          what: `the mapping file names the column "${heading}" for ${q.quarter} ${field}, but row ${headerRow} has no such heading`,
          fix: `write the heading as row ${headerRow} has it in ${mappingFile}, or give the column's letter`,
          severity: 'error',
        });
        continue;
      }
      entry[field] = column;
      taken.add(column);
    }
    quarters.set(q.quarter, entry);
  }

  for (const { column, text } of headings) {
    if (taken.has(column)) continue;
    const quarter = quarterOf(text);
    if (quarter) {
      const entry = quarters.get(quarter.quarter) ?? { quarter: quarter.quarter };
      if (quarter.year) entry.year = quarter.year;
      if (entry[quarter.field] === undefined) entry[quarter.field] = column;
      quarters.set(quarter.quarter, entry);
      continue;
    }
    const field = fieldOf(text);
    if (field && fields[field] === undefined) fields[field] = column;
    else if (field) {
      problems.push({
        where: cellPlace(grid, headerRow, column),
        what: `"${text}" also looks like the ${field} column; the importer reads column ${columnLetter(fields[field]!)} for it and leaves this one`,
        fix: `if this is the right column, name it under columns: in ${mappingFile}`,
        severity: 'note',
      });
    } else ignored.push(text);
  }
  if (fields.action === undefined) {
    problems.push({
      where: cellPlace(grid, headerRow),
      what: `row ${headerRow} has no column the importer recognises as the action`,
      fix: `name it in ${mappingFile}, under columns:, for example action: "What we will do"`,
      severity: 'error',
    });
  }
  const ordered = [...quarters.values()].sort((a, b) => a.quarter.localeCompare(b.quarter));
  return { plan: { headerRow, fields, quarters: ordered, ignored }, problems };
}
