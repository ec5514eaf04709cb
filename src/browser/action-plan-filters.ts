/**
 * Progressive enhancement for /action-plan/: shows the filter form and, once a filter or an order is
 * chosen, lists the matching rows of the whole plan below it. The rows live on the objectives' pages
 * (each `[data-plan-pages]` item lists an objective's pages), so the summary page stays small: they
 * are fetched once, on the first choice, and put here under their objectives. Then it hides the rows
 * that do not match, hides a group when none of its rows match, orders each group's rows by due date
 * when asked, rewrites the counts above for the rows shown, and says how many match in a live region.
 * Without JavaScript the form stays hidden; the summary, the status and overdue views and the
 * objectives' pages list every action.
 */
import {
  byDueDate,
  choosesNothing,
  countsOf,
  filterFromQuery,
  matchSummary,
  planMessages,
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

interface PlanSource {
  objective: string;
  /** "3. Education", as the summary's link says. */
  label: string;
  href: string;
  /** The objective's pages: its own and any continuation pages. */
  pages: string[];
}

function sourcesOf(items: HTMLElement[]): PlanSource[] {
  return items.map((item) => {
    const link = item.querySelector('a');
    return {
      objective: item.dataset['planObjective'] ?? '',
      label: link?.textContent?.trim() ?? '',
      href: link?.getAttribute('href') ?? '',
      pages: (item.dataset['planPages'] ?? '').split(/\s+/).filter(Boolean),
    };
  });
}

/** Every objective's rows, from its pages, each objective's in one table under its heading, into `results`. */
async function loadPlan(sources: PlanSource[], results: HTMLElement): Promise<HTMLTableRowElement[]> {
  const parser = new DOMParser();
  const hrefs = sources.flatMap((source) => source.pages);
  const pages = await Promise.all(
    hrefs.map(async (href) => {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
      return parser.parseFromString(await response.text(), 'text/html');
    }),
  );
  const byHref = new Map(hrefs.map((href, i) => [href, pages[i]!]));
  const sections: HTMLElement[] = [];
  for (const source of sources) {
    let table: HTMLTableElement | undefined;
    for (const href of source.pages) {
      const found = byHref.get(href)?.querySelector<HTMLTableElement>('main table.action-table');
      if (!found) continue;
      if (!table) table = document.importNode(found, true);
      else
        table.tBodies[0]?.append(...[...(found.tBodies[0]?.rows ?? [])].map((row) => document.importNode(row, true)));
    }
    if (!table) continue;
    const section = document.createElement('section');
    section.className = 'action-plan-section';
    const heading = document.createElement('h2');
    heading.id = `plan-results-${source.objective}`;
    const link = document.createElement('a');
    link.href = source.href;
    link.textContent = source.label;
    heading.append(link);
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading, table);
    sections.push(section);
  }
  results.replaceChildren(...sections);
  return [...results.querySelectorAll<HTMLTableRowElement>('tr[data-status]')];
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
  const results = document.querySelector<HTMLElement>('[data-action-results]');
  const sources = sourcesOf([...document.querySelectorAll<HTMLElement>('[data-plan-pages]')]);
  if (!form || !count || !results || sources.length === 0) return;
  const counts = document.querySelector<HTMLElement>('[data-action-counts]');
  const asBuilt = counts ? [...counts.childNodes].map((node) => node.cloneNode(true)) : [];
  const total = Number(results.dataset['total'] ?? 0);
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

  let loading: Promise<HTMLTableRowElement[]> | undefined;
  const run = async (): Promise<void> => {
    const filter = currentFilter(form);
    if (choosesNothing(filter)) {
      results.hidden = true;
      count.textContent = planMessages.choose(total);
      counts?.replaceChildren(...asBuilt.map((node) => node.cloneNode(true)));
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
      return;
    }
    if (!loading) {
      count.textContent = planMessages.loading;
      loading = loadPlan(sources, results);
    }
    let rows: HTMLTableRowElement[];
    try {
      rows = await loading;
    } catch {
      loading = undefined;
      count.textContent = planMessages.failed;
      return;
    }
    // The choice may have changed while the pages loaded: apply the one made now.
    if (choosesNothing(currentFilter(form))) return;
    results.hidden = false;
    apply(form, rows, count, counts, statuses);
  };
  form.hidden = false;
  form.addEventListener('change', () => void run());
  // The reset event fires before the fields are cleared: apply once they are.
  form.addEventListener('reset', () => setTimeout(() => void run()));
  // Filtering happens as each choice changes; the button (which forms need, for people who expect one)
  // applies the same choice and stays on the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  void run();
}

start();
