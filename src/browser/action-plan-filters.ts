/**
 * Progressive enhancement for /action-plan/: shows the filter form, hides the rows that do not
 * match, hides a group when none of its rows match, and says how many match in a live region.
 * Without JavaScript the form stays hidden and the full static action plan is shown.
 */
import { filterFromQuery, matchSummary, queryFromFilter, readRow, rowMatches } from '../lib/action-filter.ts';
import type { ActionFilter } from '../lib/action-filter.ts';

function currentFilter(form: HTMLFormElement): ActionFilter {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return { lead: value('lead'), status: value('status'), objective: value('objective') };
}

/** The block that holds one objective's rows: its section if it has one, else its table. */
function groupOf(row: HTMLElement): HTMLElement | null {
  return row.closest<HTMLElement>('section') ?? row.closest<HTMLElement>('table');
}

function apply(form: HTMLFormElement, rows: HTMLTableRowElement[], count: HTMLElement): void {
  const filter = currentFilter(form);
  const groups = new Map<HTMLElement, boolean>();
  let shown = 0;
  for (const row of rows) {
    const matches = rowMatches(
      readRow({ lead: row.dataset['lead'], status: row.dataset['status'], objective: row.dataset['objective'] }),
      filter,
    );
    row.hidden = !matches;
    if (matches) shown += 1;
    const group = groupOf(row);
    if (group) groups.set(group, (groups.get(group) ?? false) || matches);
  }
  for (const [group, anyShown] of groups) group.hidden = !anyShown;
  count.textContent = matchSummary(shown, rows.length);
  window.history.replaceState(null, '', `${window.location.pathname}${queryFromFilter(filter)}${window.location.hash}`);
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-action-filters]');
  const count = form?.querySelector<HTMLElement>('[data-action-count]');
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-status]')];
  if (!form || !count || rows.length === 0) return;

  const initial = filterFromQuery(window.location.search);
  for (const [name, value] of Object.entries(initial)) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement && [...select.options].some((option) => option.value === value)) {
      select.value = value;
    }
  }

  form.hidden = false;
  form.addEventListener('change', () => apply(form, rows, count));
  // The reset event fires before the fields are cleared: apply once they are.
  form.addEventListener('reset', () => setTimeout(() => apply(form, rows, count)));
  // Filtering happens as each choice changes; the button (which forms need, for people who expect one)
  // applies the same choice and stays on the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(form, rows, count);
  });
  apply(form, rows, count);
}

start();
