/**
 * Turns a tracker's sheet into action plan rows: finds the header, recognises the columns, and reads
 * each cell's value (status, percent complete, timescale, leads, dates). Every cell that cannot be read
 * is reported with its place and how to fix it; rows that read cleanly are returned whatever else fails,
 * so one run lists every problem at once.
 */
import { actionSchema } from '../../schemas/actions.ts';
import type { ActionField, ActionsImportMapping } from '../../schemas/imports.ts';
import type { Role } from '../../schemas/roles.ts';
import { planColumns, type ColumnPlan, type QuarterColumns } from './action-columns.ts';
import { cellAt, cellPlace, isBlank, type Grid, type GridCell } from './cells.ts';
import { RoleMatcher } from './leads.ts';
import { readPercent } from './percent.ts';
import type { ImportProblem } from './problems.ts';
import { readStatus, type StatusReading } from './rag.ts';
import { statusScale, type StatusScale } from '../../lib/action-plan/status-scale.ts';
import { DEFAULT_STATUS_SCALE } from '../../schemas/site-action-plan.ts';
import { quarterEnd, readDay, readTimescale, type TimescaleReading } from './when.ts';

export interface ImportedUpdate {
  date: string;
  text?: string;
  status?: StatusReading;
  percent_complete?: number;
  /** Where the update's text (or status) is, for messages. */
  place: string;
}

export interface ImportedPlan {
  title: string;
  url?: string;
}

export interface ImportedAction {
  /** The row, as Excel numbers rows. */
  row: number;
  /** Where each field was read from, for messages: `plan.xlsx!Actions:C7`. */
  places: Partial<Record<ActionField, string>>;
  ref?: string;
  action: string;
  outcome?: string;
  lead?: string[];
  timescale?: TimescaleReading;
  status?: StatusReading;
  percent_complete?: number;
  /** An empty list means the tracker says "not applicable". */
  plans?: ImportedPlan[];
  partners?: string[];
  /** Oldest first. */
  updates: ImportedUpdate[];
}

export interface ReadActionsOptions {
  roles: readonly Role[];
  mapping?: ActionsImportMapping | undefined;
  /** Where the mapping file is or would be, for messages: `content/imports/tracker.yaml`. */
  mappingFile: string;
  /** The reporting year of quarterly columns that do not name one: `--year 2025-26`. */
  year?: string | undefined;
  /** The date of an update from a single "Update" column with no date beside it. */
  today: string;
  /** The council's status scale (site.yaml's `action_plan.statuses`): statuses are written in its labels. */
  scale?: StatusScale | undefined;
}

export interface ReadActions {
  plan?: ColumnPlan;
  actions: ImportedAction[];
  problems: ImportProblem[];
}

const NONE = /^(n\/?a|none|not applicable|-|–|no)\.?$/i;

function list(text: string, join: RegExp): string[] {
  return text
    .split(join)
    .map((s) => s.replace(/^[•\-*]\s*/, '').trim())
    .filter(Boolean);
}

function plansOf(cell: GridCell): ImportedPlan[] {
  if (NONE.test(cell.text)) return [];
  return list(cell.text, /\s*[\n;]\s*/).map((item, _, all) => {
    const url = /https?:\/\/[^\s()<>]+/.exec(item)?.[0];
    if (url) {
      const title = item
        .replace(url, '')
        .replace(/[\s:–()<>-]+$/, '')
        .replace(/^[\s:–()<>-]+/, '')
        .trim();
      return { title: title || url, url };
    }
    return all.length === 1 && cell.link ? { title: item, url: cell.link } : { title: item };
  });
}

/** A section heading inside the table: one cell, merged across, or not in the action column. */
function isHeading(grid: Grid, row: number, actionColumn: number): boolean {
  const cells = grid.rows[row - 1] ?? [];
  const filled = cells.map((c, i) => ({ c, column: i + 1 })).filter(({ c }) => !isBlank(c));
  if (filled.length !== 1) return false;
  const only = filled[0]!;
  const mergedAcross = cells.some((c) => c.mergedInto !== undefined);
  return mergedAcross || only.column !== actionColumn;
}

export function readActions(grid: Grid, options: ReadActionsOptions): ReadActions {
  const { plan, problems } = planColumns(grid, options.mapping, options.mappingFile);
  if (!plan || problems.some((p) => p.severity === 'error'))
    return { actions: [], problems, ...(plan ? { plan } : {}) };
  const roles = new RoleMatcher(options.roles, options.mapping?.leads ?? {});
  const statuses = options.mapping?.statuses ?? {};
  const scale = options.scale ?? statusScale(DEFAULT_STATUS_SCALE);
  const actions: ImportedAction[] = [];
  const problem = (place: string, what: string, fix: string): void => {
    problems.push({ where: place, what, fix, severity: 'error' });
  };

  const yearOf = (q: QuarterColumns): string | undefined => q.year ?? options.mapping?.quarters?.year ?? options.year;
  for (const q of plan.quarters) {
    if (yearOf(q)) continue;
    const column = q.status ?? q.update ?? q.percent_complete!;
    const heading = cellAt(grid, plan.headerRow, column).text;
    problem(
      cellPlace(grid, plan.headerRow, column),
      `"${heading}" is a quarter's column, but nothing says which reporting year it is`,
      `add the year to the command (--year 2025-26), or write it under quarters: in ${options.mappingFile}`,
    );
  }

  for (let row = plan.headerRow + 1; row <= grid.rows.length; row++) {
    if ((grid.rows[row - 1] ?? []).every(isBlank)) continue;
    const column = (field: ActionField): number | undefined => plan.fields[field];
    const cell = (field: ActionField): GridCell => {
      const c = column(field);
      return c === undefined ? { value: null, text: '' } : cellAt(grid, row, c);
    };
    const place = (c: number): string => cellPlace(grid, row, c);
    if (isBlank(cell('action'))) {
      if (isHeading(grid, row, column('action')!)) continue;
      problem(place(column('action')!), 'this row has no action', 'write what will be done, or delete the row');
      continue;
    }
    const imported: ImportedAction = { row, places: {}, action: cell('action').text, updates: [] };
    for (const field of Object.keys(plan.fields) as ActionField[]) imported.places[field] = place(column(field)!);
    if (cell('ref').text) {
      // The schema's own rule for a reference, so the import and the check agree.
      const ref = actionSchema.shape.ref.safeParse(cell('ref').text);
      if (ref.success) imported.ref = cell('ref').text;
      else
        problem(
          place(column('ref')!),
          `"${cell('ref').text}" is not a reference the site can show: ${ref.error.issues[0]!.message}`,
          "write the action's reference as the plan numbers it, or leave the cell empty",
        );
    }
    if (cell('outcome').text) imported.outcome = cell('outcome').text;
    if (column('plans') !== undefined && cell('plans').text) {
      imported.plans = plansOf(cell('plans'));
      for (const plan of imported.plans.filter((p) => p.url !== undefined && !p.url.startsWith('https://')))
        problem(
          place(column('plans')!),
          `the link for "${plan.title}" is ${plan.url}, which the site cannot publish: links start with https://`,
          'give the https:// address of the plan, or leave the link out and keep its name',
        );
    }
    if (cell('partners').text)
      imported.partners = NONE.test(cell('partners').text) ? [] : list(cell('partners').text, /\s*[\n;,]\s*/);

    if (column('lead') !== undefined) {
      const leads = roles.read(cell('lead').text);
      if ('ok' in leads) imported.lead = leads.ok;
      else if ('problem' in leads) problem(place(column('lead')!), leads.problem, leads.fix);
    }
    if (column('timescale') !== undefined) {
      const when = readTimescale(cell('timescale'));
      if ('ok' in when) imported.timescale = when.ok;
      else if ('problem' in when) problem(place(column('timescale')!), when.problem, when.fix);
    }
    if (column('status') !== undefined) {
      const status = readStatus(cell('status'), scale, statuses);
      if ('ok' in status) imported.status = status.ok;
      else if ('problem' in status) problem(place(column('status')!), status.problem, status.fix);
    }
    if (column('percent_complete') !== undefined) {
      const percent = readPercent(cell('percent_complete'));
      if ('ok' in percent) imported.percent_complete = percent.ok;
      else if ('problem' in percent) problem(place(column('percent_complete')!), percent.problem, percent.fix);
    }

    for (const q of plan.quarters) {
      const year = yearOf(q);
      if (!year) continue;
      const update: ImportedUpdate = {
        date: quarterEnd(year, q.quarter),
        place: place(q.update ?? q.status ?? q.percent_complete!),
      };
      if (q.update !== undefined && cellAt(grid, row, q.update).text) update.text = cellAt(grid, row, q.update).text;
      if (q.status !== undefined) {
        const status = readStatus(cellAt(grid, row, q.status), scale, statuses);
        if ('ok' in status) update.status = status.ok;
        else if ('problem' in status) problem(place(q.status), status.problem, status.fix);
      }
      if (q.percent_complete !== undefined) {
        const percent = readPercent(cellAt(grid, row, q.percent_complete));
        if ('ok' in percent) update.percent_complete = percent.ok;
        else if ('problem' in percent) problem(place(q.percent_complete), percent.problem, percent.fix);
      }
      if (update.text !== undefined || update.status || update.percent_complete !== undefined)
        imported.updates.push(update);
    }
    const latest = imported.updates.at(-1);
    if (!imported.status && latest?.status) imported.status = latest.status;
    if (imported.percent_complete === undefined && latest?.percent_complete !== undefined)
      imported.percent_complete = latest.percent_complete;

    if (cell('update').text) {
      let date = options.today;
      if (column('update_date') !== undefined) {
        const day = readDay(cell('update_date'));
        if ('ok' in day) date = day.ok;
        else if ('problem' in day) problem(place(column('update_date')!), day.problem, day.fix);
      }
      const update: ImportedUpdate = { date, text: cell('update').text, place: place(column('update')!) };
      if (imported.status) update.status = imported.status;
      if (imported.percent_complete !== undefined) update.percent_complete = imported.percent_complete;
      imported.updates.push(update);
    }
    actions.push(imported);
  }
  return { plan, actions, problems };
}
