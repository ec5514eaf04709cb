/**
 * Which action plan rows match the filters on /action-plan/, and in what order. Plain logic, so it
 * is tested without a browser; the client script reads the rows' data attributes and the form, and
 * calls these.
 */
import { daysInMonth } from './calendar/dates.ts';

/**
 * What a row says about itself: `data-lead` (space-separated role ids), `data-status`,
 * `data-objective`, `data-due` (the last day of its timescale, YYYY-MM-DD, empty for ongoing) and
 * `data-overdue` (set at build time, judged on the build date as the page says).
 */
export interface ActionRowData {
  leads: string[];
  status: string;
  objective: string;
  due: string;
  overdue: boolean;
}

/** When it is due: any time, overdue, or due within the next three months of the page's date. */
export const DUE_CHOICES = ['', 'overdue', 'next-3-months'] as const;
export type DueChoice = (typeof DUE_CHOICES)[number];

/** The chosen filters; an empty string means "any". */
export interface ActionFilter {
  lead: string;
  status: string;
  objective: string;
  due: DueChoice;
  /** "due": soonest due first (ongoing last); empty: the plan's own order. */
  sort: '' | 'due';
}

export const NO_FILTER: ActionFilter = { lead: '', status: '', objective: '', due: '', sort: '' };

export function readRow(attributes: {
  lead?: string | undefined;
  status?: string | undefined;
  objective?: string | undefined;
  due?: string | undefined;
  overdue?: string | undefined;
}): ActionRowData {
  return {
    leads: (attributes.lead ?? '').split(/\s+/).filter(Boolean),
    status: attributes.status ?? '',
    objective: attributes.objective ?? '',
    due: attributes.due ?? '',
    overdue: attributes.overdue !== undefined,
  };
}

/**
 * `today` is the date the page is as of (YYYY-MM-DD); "next 3 months" runs from it to the same day
 * three months on, and leaves out what is complete.
 */
export function rowMatches(row: ActionRowData, filter: ActionFilter, today = ''): boolean {
  if (filter.lead && !row.leads.includes(filter.lead)) return false;
  if (filter.status && row.status !== filter.status) return false;
  if (filter.objective && row.objective !== filter.objective) return false;
  if (filter.due === 'overdue' && !row.overdue) return false;
  if (filter.due === 'next-3-months') {
    if (!row.due || !today || row.status === 'complete') return false;
    if (row.due < today || row.due > addMonths(today, 3)) return false;
  }
  return true;
}

/** The same day `months` later (YYYY-MM-DD), or that month's last day when it is shorter. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Soonest due first; ongoing (no due date) last; ties keep the plan's order. */
export function byDueDate(a: ActionRowData, b: ActionRowData): number {
  if (a.due === b.due) return 0;
  if (!a.due) return 1;
  if (!b.due) return -1;
  return a.due < b.due ? -1 : 1;
}

/** The sentence read out (and shown) after each change. */
export function matchSummary(shown: number, total: number): string {
  const noun = total === 1 ? 'action' : 'actions';
  if (shown === total) return `Showing all ${total} ${noun}.`;
  if (shown === 0) return `No actions match these filters. Showing 0 of ${total}.`;
  return `Showing ${shown} of ${total} ${noun}.`;
}

/** No filter and no order chosen: the page as it loads. */
export const choosesNothing = (filter: ActionFilter): boolean =>
  !filter.lead && !filter.status && !filter.objective && !filter.due && !filter.sort;

/**
 * What the live region says on the action plan's summary page, whose rows are on the objectives'
 * pages: before any filter is chosen, while those pages load, and if they cannot be loaded.
 */
export const planMessages = {
  choose: (total: number): string =>
    `${total} ${total === 1 ? 'action' : 'actions'} in the plan. Choose a filter to list the ones that match.`,
  loading: 'Loading the action plan…',
  failed: 'The action plan could not be loaded. The pages listed above have every action.',
};

/**
 * A status as written in an address, matched to the statuses the page offers: "at-risk", "at risk",
 * "at+risk" and "At_Risk" all mean "at risk". Unknown text stays as it is, matching nothing.
 */
export function statusFromText(text: string, statuses: readonly string[]): string {
  const key = (value: string) =>
    value
      .toLowerCase()
      .replace(/[\s_+-]+/g, ' ')
      .trim();
  return statuses.find((status) => key(status) === key(text)) ?? text;
}

/** Filters from the page address (`?lead=virtual-school-head&status=at-risk`), so filtered views can be shared. */
export function filterFromQuery(search: string, statuses: readonly string[] = []): ActionFilter {
  const params = new URLSearchParams(search);
  const due = params.get('due') ?? '';
  const status = params.get('status') ?? '';
  return {
    lead: params.get('lead') ?? '',
    status: status ? statusFromText(status, statuses) : '',
    objective: params.get('objective') ?? '',
    due: (DUE_CHOICES as readonly string[]).includes(due) ? (due as DueChoice) : '',
    sort: params.get('sort') === 'due' ? 'due' : '',
  };
}

/** The address for a filter; a status is written with hyphens (`at-risk`), which needs no escaping. */
export function queryFromFilter(filter: ActionFilter): string {
  const params = new URLSearchParams();
  for (const key of ['lead', 'status', 'objective', 'due', 'sort'] as const) {
    if (filter[key]) params.set(key, key === 'status' ? filter[key].replace(/ /g, '-') : filter[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The counts shown above the plan, for the rows now shown: in the order of `statuses`, zeros left out. */
export function countsOf(
  rows: readonly ActionRowData[],
  statuses: readonly string[],
): { total: number; byStatus: { status: string; count: number }[]; overdue: number } {
  return {
    total: rows.length,
    byStatus: statuses
      .map((status) => ({ status, count: rows.filter((row) => row.status === status).length }))
      .filter((entry) => entry.count > 0),
    overdue: rows.filter((row) => row.overdue).length,
  };
}
