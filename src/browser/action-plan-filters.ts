/**
 * Progressive enhancement for /action-plan/: shows the filter form, hides the rows that do not
 * match, hides a group when none of its rows match, orders each group's rows by due date when asked,
 * rewrites the counts above the plan for the rows shown, and says how many match in a live region.
 * Without JavaScript the form stays hidden and the full static action plan is shown.
 */
import {
  byDueDate,
  countsOf,
  filterFromQuery,
  matchSummary,
  queryFromFilter,
  readRow,
  rowMatches,
} from '../lib/action-filter.ts';
import type { ActionFilter, ActionRowData, DueChoice } from '../lib/action-filter.ts';

function currentFilter(form: HTMLFormElement): ActionFilter {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return {
    lead: value('lead'),
    status: value('status'),
    objective: value('objective'),
    due: value('due') as DueChoice,
    sort: value('sort') === 'due' ? 'due' : '',
  };
}

/** The block that holds one objective's rows: its section if it has one, else its table. */
function groupOf(row: HTMLElement): HTMLElement | null {
  return row.closest<HTMLElement>('section') ?? row.closest<HTMLElement>('table');
}

const dataOf = (row: HTMLTableRowElement): ActionRowData =>
  readRow({
    lead: row.dataset['lead'],
    status: row.dataset['status'],
    objective: row.dataset['objective'],
    due: row.dataset['due'],
    overdue: row.dataset['overdue'],
  });

/** Rows back in each table in the chosen order: the plan's own (as first read) or soonest due first. */
function order(rows: HTMLTableRowElement[], sort: ActionFilter['sort']): void {
  const sorted = sort === 'due' ? [...rows].sort((a, b) => byDueDate(dataOf(a), dataOf(b))) : rows;
  for (const row of sorted) row.parentElement?.append(row);
}

/** The counts above the plan, rewritten for the rows shown, in the same words and tags. */
function showCounts(target: HTMLElement, shown: ActionRowData[], statuses: string[]): void {
  const counts = countsOf(shown, statuses);
  const tag = (className: string, text: string) => {
    const strong = document.createElement('strong');
    strong.className = className;
    strong.textContent = text;
    return strong;
  };
  const total = document.createElement('span');
  total.className = 'action-counts__total';
  total.textContent = `${counts.total} ${counts.total === 1 ? 'action' : 'actions'}`;
  const parts: Node[] = [total];
  for (const { status, count } of counts.byStatus) {
    parts.push(document.createTextNode(' '), tag(`tag tag--${status.replaceAll(' ', '-')}`, `${count} ${status}`));
  }
  if (counts.overdue > 0)
    parts.push(document.createTextNode(' '), tag('tag tag--overdue', `${counts.overdue} overdue`));
  target.replaceChildren(...parts);
}

function apply(
  form: HTMLFormElement,
  rows: HTMLTableRowElement[],
  count: HTMLElement,
  counts: HTMLElement | null,
  statuses: string[],
): void {
  const filter = currentFilter(form);
  const today = form.dataset['today'] ?? '';
  const groups = new Map<HTMLElement, boolean>();
  const shown: ActionRowData[] = [];
  for (const row of rows) {
    const data = dataOf(row);
    const matches = rowMatches(data, filter, today);
    row.hidden = !matches;
    if (matches) shown.push(data);
    const group = groupOf(row);
    if (group) groups.set(group, (groups.get(group) ?? false) || matches);
  }
  for (const [group, anyShown] of groups) group.hidden = !anyShown;
  order(rows, filter.sort);
  count.textContent = matchSummary(shown.length, rows.length);
  if (counts) showCounts(counts, shown, statuses);
  window.history.replaceState(null, '', `${window.location.pathname}${queryFromFilter(filter)}${window.location.hash}`);
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-action-filters]');
  const count = form?.querySelector<HTMLElement>('[data-action-count]');
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-status]')];
  if (!form || !count || rows.length === 0) return;
  const counts = document.querySelector<HTMLElement>('[data-action-counts]');
  const statusSelect = form.elements.namedItem('status');
  const statuses =
    statusSelect instanceof HTMLSelectElement ? [...statusSelect.options].map((o) => o.value).filter(Boolean) : [];

  const initial = filterFromQuery(window.location.search, statuses);
  for (const [name, value] of Object.entries(initial)) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement && [...select.options].some((option) => option.value === value)) {
      select.value = value;
    }
  }

  const run = () => apply(form, rows, count, counts, statuses);
  form.hidden = false;
  form.addEventListener('change', run);
  // The reset event fires before the fields are cleared: apply once they are.
  form.addEventListener('reset', () => setTimeout(run));
  // Filtering happens as each choice changes; the button (which forms need, for people who expect one)
  // applies the same choice and stays on the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  run();
}

start();
