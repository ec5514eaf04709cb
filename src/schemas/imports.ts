/**
 * `content/imports/<name>.yaml`: how to read one spreadsheet or statistics file, saved so that the
 * same import can be run again each quarter. Everything in it is optional: the importer recognises the
 * usual column names by itself, and a mapping only says what it cannot guess.
 */
import { z } from 'zod';
import { ACTION_STATUSES } from './actions.ts';
import { reportingYear, roleId, text } from './common.ts';

/** The action plan fields a spreadsheet column can fill. */
export const ACTION_FIELDS = [
  'ref',
  'action',
  'lead',
  'timescale',
  'outcome',
  'plans',
  'partners',
  'status',
  'percent_complete',
  'update',
  'update_date',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

const header = text.meta({ description: 'A column heading exactly as the file writes it, or its letter (C).' });

const quarterColumnsSchema = z.strictObject({
  /** Which quarter of the reporting year: Q1 is April to June. */
  quarter: z.enum(['Q1', 'Q2', 'Q3', 'Q4']).meta({ description: 'Q1 (April to June), Q2, Q3 or Q4.' }),
  status: header.optional(),
  percent_complete: header.optional(),
  update: header.optional(),
});

export const actionsImportSchema = z.strictObject({
  kind: z.literal('actions'),
  /** The worksheet to read, when the workbook has more than one. */
  sheet: text.optional().meta({ description: 'The worksheet to read, by its name on the tab.' }),
  /** The row that holds the column headings, counted as Excel counts (1 is the first row). */
  header_row: z.int().min(1).optional().meta({ description: 'The row of column headings, as Excel numbers rows.' }),
  /** Field → column heading, for headings the importer does not recognise by itself. */
  columns: z
    .partialRecord(z.enum(ACTION_FIELDS), header)
    .default({})
    .meta({ description: 'For each field (action, lead, timescale…), the heading of the column that holds it.' }),
  /** Quarterly columns ("Q1 RAG", "Q1 update"…), and the reporting year they belong to. */
  quarters: z
    .strictObject({
      year: reportingYear.optional(),
      columns: z.array(quarterColumnsSchema).default([]),
    })
    .optional(),
  /** Job titles as the file writes them → role ids in content/roles.yaml. */
  leads: z
    .record(text, roleId)
    .default({})
    .meta({ description: 'Job titles as the spreadsheet writes them, each with the id of its role in roles.yaml.' }),
  /** Words in the status column → the site's statuses. */
  statuses: z
    .record(text, z.enum(ACTION_STATUSES))
    .default({})
    .meta({ description: 'Words the spreadsheet uses for status, each with one of the site\'s statuses.' }),
});

export const comparatorsImportSchema = z.strictObject({
  kind: z.literal('comparators'),
  /** A column's name in this release → the name the importer and earlier releases use. */
  columns: z
    .record(text, text)
    .default({})
    .meta({ description: 'Renamed columns: the name in this file, then the name it had before (or the standard one).' }),
  /** For a column, a label in this release → the label used before. */
  labels: z
    .record(text, z.record(text, text))
    .default({})
    .meta({ description: 'Renamed labels, by column: the label in this file, then the label it had before.' }),
});

export const importMappingSchema = z.discriminatedUnion('kind', [actionsImportSchema, comparatorsImportSchema]);

export type ActionsImportMapping = z.infer<typeof actionsImportSchema>;
export type ComparatorsImportMapping = z.infer<typeof comparatorsImportSchema>;
export type ImportMapping = z.infer<typeof importMappingSchema>;
