/**
 * Which action plan rows match the filters on /action-plan/. Plain logic, so it is tested without a
 * browser; the client script reads the rows' data attributes and the form, and calls these.
 */

/** What a row says about itself: `data-lead` (space-separated role ids), `data-status`, `data-objective`. */
export interface ActionRowData {
  leads: string[];
  status: string;
  objective: string;
}

/** The chosen filters; an empty string means "any". */
export interface ActionFilter {
  lead: string;
  status: string;
  objective: string;
}

export const NO_FILTER: ActionFilter = { lead: '', status: '', objective: '' };

export function readRow(attributes: {
  lead?: string | undefined;
  status?: string | undefined;
  objective?: string | undefined;
}): ActionRowData {
  return {
    leads: (attributes.lead ?? '').split(/\s+/).filter(Boolean),
    status: attributes.status ?? '',
    objective: attributes.objective ?? '',
  };
}

export function rowMatches(row: ActionRowData, filter: ActionFilter): boolean {
  if (filter.lead && !row.leads.includes(filter.lead)) return false;
  if (filter.status && row.status !== filter.status) return false;
  if (filter.objective && row.objective !== filter.objective) return false;
  return true;
}

/** The sentence read out (and shown) after each change. */
export function matchSummary(shown: number, total: number): string {
  const noun = total === 1 ? 'action' : 'actions';
  if (shown === total) return `Showing all ${total} ${noun}.`;
  if (shown === 0) return `No actions match these filters. Showing 0 of ${total}.`;
  return `Showing ${shown} of ${total} ${noun}.`;
}

/** Filters from the page address (`?lead=virtual-school-head&status=at+risk`), so filtered views can be shared. */
export function filterFromQuery(search: string): ActionFilter {
  const params = new URLSearchParams(search);
  return {
    lead: params.get('lead') ?? '',
    status: params.get('status') ?? '',
    objective: params.get('objective') ?? '',
  };
}

export function queryFromFilter(filter: ActionFilter): string {
  const params = new URLSearchParams();
  for (const key of ['lead', 'status', 'objective'] as const) if (filter[key]) params.set(key, filter[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}
