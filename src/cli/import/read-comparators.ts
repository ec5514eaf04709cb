/**
 * Reads a DfE Explore Education Statistics file in its published layout (time_period, time_identifier,
 * geographic_level, country_code, country_name, region_code, region_name, old_la_code, la_name,
 * new_la_code, then filters and measures) and works out each year's comparators for one measure:
 * England from the National row, the region from the Regional row with the council's region code, and
 * the statistical neighbours as the mean or median of those of the council's neighbours that have a figure.
 */
import { closest } from '../../loader/suggest.ts';
import type { ComparatorsImportMapping } from '../../schemas/imports.ts';
import { cellPlace, type Grid } from './cells.ts';
import { readDfeValue, DFE_SYMBOLS } from './dfe-values.ts';
import type { ImportProblem } from './problems.ts';
import { reportingYearOf } from './reporting-year.ts';

export const DFE_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'la_name',
  'new_la_code',
] as const;

export type Average = 'mean' | 'median';

export interface CouncilCodes {
  region_code?: string | undefined;
  statistical_neighbours?: readonly string[] | undefined;
  average: Average;
}

export interface ComparatorsOptions {
  measure: string;
  /** `--filter column=value`, in order. */
  filters: readonly (readonly [string, string])[];
  codes: CouncilCodes;
  mapping?: ComparatorsImportMapping | undefined;
  mappingFile: string;
}

export interface ComparatorFigure {
  value?: number;
  /** A DfE symbol in place of a figure: c, x, z, low… */
  symbol?: string;
  /** Where it was read, for messages. */
  place: string;
}

export interface NeighbourFigure {
  /** Undefined when no neighbour had a figure. */
  value?: number;
  method: Average;
  /** How many neighbours had a figure, of how many the council lists. */
  had: number;
  of: number;
}

export interface ComparatorYear {
  /** The reporting year the figures belong to: 2024-25. */
  year: string;
  england?: ComparatorFigure;
  region?: ComparatorFigure;
  neighbours?: NeighbourFigure;
}

export interface ReadComparators {
  years: ComparatorYear[];
  problems: ImportProblem[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Neighbours' averages are given to one decimal place. */
function average(values: number[], method: Average): number {
  const raw = method === 'mean' ? values.reduce((a, b) => a + b, 0) / values.length : median(values);
  return Math.round(raw * 10) / 10;
}

type Level = 'england' | 'region' | 'neighbour';

function levelOf(text: string): 'national' | 'regional' | 'local authority' | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'national') return 'national';
  if (t === 'regional') return 'regional';
  if (t === 'local authority') return 'local authority';
  return undefined;
}

export function readComparators(grid: Grid, options: ComparatorsOptions): ReadComparators {
  const problems: ImportProblem[] = [];
  const error = (where: string, what: string, fix: string): void => {
    problems.push({ where, what, fix, severity: 'error' });
  };
  const note = (where: string, what: string, fix: string): void => {
    problems.push({ where, what, fix, severity: 'note' });
  };
  if (!options.codes.region_code) {
    note(
      grid.file,
      'site.yaml has no codes.region_code, so no regional figures were read',
      "add codes: {region_code: …} to site.yaml, with the code from the file's region_code column",
    );
  }
  if (!options.codes.statistical_neighbours?.length) {
    note(
      grid.file,
      "site.yaml lists no statistical_neighbours, so no neighbours' average was worked out",
      "add statistical_neighbours: with the new_la_code of each of the council's ten neighbours",
    );
  }
  const renames = options.mapping?.columns ?? {};
  const header = (grid.rows[0] ?? []).map((cell) => renames[cell.text] ?? cell.text);
  const index = new Map(header.map((name, i) => [name, i]));
  const fileOnly = grid.file;

  const missing = DFE_COLUMNS.filter((name) => !index.has(name));
  const unmatched: string[] = [];
  for (const name of missing) {
    const near = closest(
      name,
      header.filter((h) => !(DFE_COLUMNS as readonly string[]).includes(h)),
    );
    if (!near) {
      unmatched.push(name);
      continue;
    }
    error(
      cellPlace(grid, 1),
      `the file has no column "${name}" (it has "${near}")`,
      `if "${near}" is that column renamed, say so in ${options.mappingFile}: columns: {${near}: ${name}}`,
    );
  }
  if (unmatched.length > 0) {
    error(
      cellPlace(grid, 1),
      `the file has no ${unmatched.length === 1 ? 'column' : 'columns'} ${unmatched.map((n) => `"${n}"`).join(', ')}, so it is not in the DfE's published layout`,
      `download it again from Explore Education Statistics as CSV, or name each renamed column under columns: in ${options.mappingFile}`,
    );
  }
  const measures = header.filter((name) => !(DFE_COLUMNS as readonly string[]).includes(name));
  if (!index.has(options.measure)) {
    const near = closest(options.measure, measures);
    error(
      fileOnly,
      `the file has no column "${options.measure}"${near ? `. Did you mean "${near}"?` : ''}`,
      `${near ? `if "${near}" is the same measure renamed, say so in ${options.mappingFile}: columns: {${near}: ${options.measure}}; otherwise ` : ''}give one of its columns with --column: ${measures.join(', ')}`,
    );
  }
  const labels = options.mapping?.labels ?? {};
  const valueAt = (row: string[], name: string): string => {
    const text = row[index.get(name)!] ?? '';
    return labels[name]?.[text] ?? text;
  };
  const rows = grid.rows.slice(1).map((cells) => cells.map((c) => c.text));
  for (const [name, value] of options.filters) {
    if (!index.has(name)) {
      const near = closest(name, measures);
      error(
        fileOnly,
        `--filter names the column "${name}", which the file does not have${near ? `. Did you mean "${near}"?` : ''}`,
        `filter on one of: ${measures.join(', ')}`,
      );
      continue;
    }
    const seen = [...new Set(rows.map((row) => valueAt(row, name)))];
    if (!seen.includes(value)) {
      const near = closest(value, seen);
      error(
        fileOnly,
        `no row has ${name} "${value}"${near ? `. Did you mean "${near}"?` : ''}`,
        `${near ? `if "${near}" is the same label renamed, say so in ${options.mappingFile}: labels: {${name}: {"${near}": "${value}"}}; otherwise ` : ''}use one of: ${seen
          .slice(0, 12)
          .map((s) => `"${s}"`)
          .join(', ')}${seen.length > 12 ? '…' : ''}`,
      );
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { years: [], problems };

  const neighbours = options.codes.statistical_neighbours ?? [];
  const measureColumn = index.get(options.measure)! + 1;
  const groups = new Map<string, { level: Level; code: string; year: string; rows: number[] }>();
  const badPeriods = new Set<string>();
  rows.forEach((row, i) => {
    if (row.every((t) => t === '')) return;
    if (options.filters.some(([name, value]) => valueAt(row, name) !== value)) return;
    const level = levelOf(valueAt(row, 'geographic_level'));
    let kind: Level | undefined;
    let code = '';
    if (level === 'national') kind = 'england';
    else if (level === 'regional' && valueAt(row, 'region_code') === options.codes.region_code)
      [kind, code] = ['region', valueAt(row, 'region_code')];
    else if (level === 'local authority' && neighbours.includes(valueAt(row, 'new_la_code')))
      [kind, code] = ['neighbour', valueAt(row, 'new_la_code')];
    if (!kind) return;
    const period = reportingYearOf(valueAt(row, 'time_period'), valueAt(row, 'time_identifier'));
    if ('problem' in period) {
      if (!badPeriods.has(valueAt(row, 'time_period'))) {
        badPeriods.add(valueAt(row, 'time_period'));
        error(cellPlace(grid, i + 2, index.get('time_period')! + 1), period.problem, period.fix);
      }
      return;
    }
    const key = `${period.year}|${kind}|${code}`;
    const group = groups.get(key) ?? { level: kind, code, year: period.year, rows: [] };
    group.rows.push(i + 2);
    groups.set(key, group);
  });

  const ambiguous = [...groups.values()].filter((g) => g.rows.length > 1);
  if (ambiguous.length > 0) {
    const first = ambiguous[0]!;
    // Filters hold words; measures hold figures and symbols, and choosing between them means nothing.
    const isMeasure = (name: string): boolean =>
      rows.every((row) => !('unreadable' in readDfeValue(valueAt(row, name))));
    const varying = measures.filter(
      (name) => !isMeasure(name) && new Set(first.rows.map((r) => valueAt(rows[r - 2]!, name))).size > 1,
    );
    const choices = varying
      .slice(0, 3)
      .map(
        (name) =>
          `${name} (${[...new Set(first.rows.map((r) => valueAt(rows[r - 2]!, name)))].map((v) => `"${v}"`).join(', ')})`,
      )
      .join('; ');
    const what = first.level === 'england' ? 'England' : first.level === 'region' ? `region ${first.code}` : first.code;
    error(
      cellPlace(grid, first.rows[1]!),
      `${first.rows.length} rows give ${options.measure} for ${what} in ${first.year}, on rows ${first.rows.join(' and ')}${ambiguous.length > 1 ? ` (and ${ambiguous.length - 1} more like it)` : ''}`,
      `choose one with --filter <column>=<value>${choices ? `, on ${choices}` : ''}`,
    );
    return { years: [], problems };
  }

  const figureAt = (row: number): ComparatorFigure | undefined => {
    const place = cellPlace(grid, row, measureColumn);
    const read = readDfeValue(rows[row - 2]![measureColumn - 1] ?? '');
    if ('figure' in read) return { value: read.figure, place };
    if ('symbol' in read) return { symbol: read.symbol, place };
    if ('unreadable' in read) {
      error(
        place,
        `"${read.unreadable}" is neither a figure nor one of the DfE's symbols (${Object.keys(DFE_SYMBOLS).join(', ')})`,
        'check the file: it may have been changed by hand since it was downloaded',
      );
    }
    return undefined;
  };

  const byYear = new Map<string, ComparatorYear>();
  const yearOf = (year: string): ComparatorYear => byYear.get(year) ?? byYear.set(year, { year }).get(year)!;
  const neighbourValues = new Map<string, number[]>();
  const seenNeighbours = new Set<string>();
  for (const group of groups.values()) {
    const figure = figureAt(group.rows[0]!);
    const entry = yearOf(group.year);
    if (group.level === 'england' && figure) entry.england = figure;
    if (group.level === 'region' && figure) entry.region = figure;
    if (group.level === 'neighbour') {
      seenNeighbours.add(group.code);
      if (figure?.value !== undefined)
        neighbourValues.set(group.year, [...(neighbourValues.get(group.year) ?? []), figure.value]);
    }
  }
  if (neighbours.length > 0) {
    for (const entry of byYear.values()) {
      const values = neighbourValues.get(entry.year) ?? [];
      const figure: NeighbourFigure = { method: options.codes.average, had: values.length, of: neighbours.length };
      if (values.length > 0) figure.value = average(values, options.codes.average);
      entry.neighbours = figure;
    }
    const absent = neighbours.filter((code) => !seenNeighbours.has(code));
    if (absent.length > 0) {
      note(
        fileOnly,
        `${absent.length} of the council's statistical neighbours have no row in the file (${absent.join(', ')})`,
        'check their codes under statistical_neighbours: in site.yaml; the average uses the others',
      );
    }
  }
  return { years: [...byYear.values()].sort((a, b) => a.year.localeCompare(b.year)), problems };
}
