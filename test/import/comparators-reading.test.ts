/**
 * Reading the DfE's children looked after statistics: England, the region and the statistical
 * neighbours for each year, from two releases (the second revises 2023-24 and renames a column and a
 * label), with the file's symbols never taken for numbers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/cli/import/read-csv.ts';
import { readComparators, type ComparatorsOptions } from '../../src/cli/import/read-comparators.ts';
import { readDfeValue } from '../../src/cli/import/dfe-values.ts';
import { reportingYearOf } from '../../src/cli/import/reporting-year.ts';
import { formatImportProblem } from '../../src/cli/import/problems.ts';
import { council, DFE } from './helpers.ts';

const site = council().site;
const first = readCsv(path.join(DFE, 'cla-2024.csv'));
const second = readCsv(path.join(DFE, 'cla-2025.csv'));
const options: ComparatorsOptions = {
  measure: 'rate_per_10000',
  filters: [['population_type', 'Children looked after']],
  codes: { region_code: site.codes?.region_code, statistical_neighbours: site.statistical_neighbours, average: 'mean' },
  mappingFile: 'content/imports/cla-2025.yaml',
};
const renamed = {
  kind: 'comparators' as const,
  columns: { rate_per_10000_children: 'rate_per_10000' },
  labels: { population_type: { 'Looked after children': 'Children looked after' } },
};

describe('a DfE file in its published layout', () => {
  it('drops the byte-order mark and keeps quoted commas inside a field', () => {
    expect(first.rows[0]![0]!.text).toBe('time_period');
    expect(first.rows.flat().some((c) => c.text === 'Bristol, City of')).toBe(true);
  });

  it('gives England, the region and the neighbours’ mean for each reporting year', () => {
    const read = readComparators(first, options);
    expect(read.problems).toEqual([]);
    // 2022-23: neighbours 60, 62, 64, 66, 68, 70, 72, 74 (two are c and x): mean 67 of 8.
    // 2023-24: 61, 63, 65, 67, 69, 71, 73, 75, 77 (one is c): mean 69 of 9.
    expect(read.years).toEqual([
      {
        year: '2022-23',
        england: { value: 70, place: 'cla-2024.csv:M2' },
        region: { value: 58, place: 'cla-2024.csv:M4' },
        neighbours: { value: 67, method: 'mean', had: 8, of: 10 },
      },
      {
        year: '2023-24',
        england: { value: 71, place: 'cla-2024.csv:M18' },
        region: { value: 59, place: 'cla-2024.csv:M20' },
        neighbours: { value: 69, method: 'mean', had: 9, of: 10 },
      },
    ]);
  });

  it('gives the median when the council chooses it', () => {
    const read = readComparators(second, {
      ...options,
      mapping: renamed,
      codes: { ...options.codes, average: 'median' },
    });
    // 2024-25: 62, 64, 66, 68, 70, 72, 74, 80 ([c] and [low] left out): median (68 + 70) / 2 = 69, mean 69.5.
    expect(read.years.map((y) => y.neighbours)).toEqual([
      { value: 69, method: 'median', had: 9, of: 10 },
      { value: 69, method: 'median', had: 8, of: 10 },
    ]);
  });

  it('reads the second release through the mapping of its renamed column and label, with the revised year', () => {
    const read = readComparators(second, { ...options, mapping: renamed });
    expect(read.years.map((y) => [y.year, y.england?.value, y.region?.value, y.neighbours?.value])).toEqual([
      ['2023-24', 70, 59, 69.1],
      ['2024-25', 70, 60, 69.5],
    ]);
  });

  it('says how to map a renamed column and label when there is no mapping', () => {
    expect(readComparators(second, options).problems.map(formatImportProblem)).toMatchInlineSnapshot(`
      [
        "cla-2025.csv  the file has no column "rate_per_10000". Did you mean "rate_per_10000_children"? — if "rate_per_10000_children" is the same measure renamed, say so in content/imports/cla-2025.yaml: columns: {rate_per_10000_children: rate_per_10000}; otherwise give one of its columns with --column: population_type, number, rate_per_10000_children",
        "cla-2025.csv  no row has population_type "Children looked after". Did you mean "Looked after children"? — if "Looked after children" is the same label renamed, say so in content/imports/cla-2025.yaml: labels: {population_type: {"Looked after children": "Children looked after"}}; otherwise use one of: "Looked after children", "Children starting to be looked after"",
      ]
    `);
  });

  it('asks for a filter when several rows give the same figure', () => {
    expect(readComparators(first, { ...options, filters: [] }).problems.map(formatImportProblem))
      .toMatchInlineSnapshot(`
      [
        "cla-2024.csv:row 3  2 rows give rate_per_10000 for England in 2022-23, on rows 2 and 3 (and 1 more like it) — choose one with --filter <column>=<value>, on population_type ("Children looked after", "Children starting to be looked after")",
      ]
    `);
  });

  it('says what is missing when the file is not in the DfE layout', () => {
    const grid = {
      file: 'other.csv',
      sheet: undefined,
      rows: [['year', 'geographic_level', 'la_code', 'rate'].map((t) => ({ value: t, text: t }))],
    };
    expect(readComparators(grid, { ...options, measure: 'rate', filters: [] }).problems.map(formatImportProblem))
      .toMatchInlineSnapshot(`
      [
        "other.csv:row 1  the file has no column "old_la_code" (it has "la_code") — if "la_code" is that column renamed, say so in content/imports/cla-2025.yaml: columns: {la_code: old_la_code}",
        "other.csv:row 1  the file has no column "new_la_code" (it has "la_code") — if "la_code" is that column renamed, say so in content/imports/cla-2025.yaml: columns: {la_code: new_la_code}",
        "other.csv:row 1  the file has no columns "time_period", "time_identifier", "country_code", "country_name", "region_code", "region_name", "la_name", so it is not in the DfE's published layout — download it again from Explore Education Statistics as CSV, or name each renamed column under columns: in content/imports/cla-2025.yaml",
      ]
    `);
  });
});

describe('values and years', () => {
  it('never reads a symbol as a number', () => {
    expect(
      ['c', 'k', 'x', 'z', 'low', 'u', '[c]', '[x]', '[z]', '[low]', '[u]', 'C']
        .map(readDfeValue)
        .every((v) => 'symbol' in v),
    ).toBe(true);
    expect(['70', '0', '-1.5', '83,840', '0.25'].map(readDfeValue)).toEqual([
      { figure: 70 },
      { figure: 0 },
      { figure: -1.5 },
      { figure: 83840 },
      { figure: 0.25 },
    ]);
    expect(readDfeValue('seventy')).toEqual({ unreadable: 'seventy' });
  });

  it('puts a 31 March figure in the reporting year that ends that day', () => {
    expect(reportingYearOf('202425', 'Reporting year')).toEqual({ year: '2024-25' });
    expect(reportingYearOf('2025', 'Reporting year')).toEqual({ year: '2024-25' });
    expect(reportingYearOf('202426', 'Reporting year')).toMatchObject({
      problem: 'time_period "202426" is not two years that follow each other',
    });
    expect(reportingYearOf('2025', 'Calendar year')).toMatchObject({
      problem: 'time_period "2025" (Calendar year) is not a year the importer can place on a scorecard',
    });
  });
});
