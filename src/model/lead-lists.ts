/**
 * A lead's page is a summary a member of staff reads at a glance: everything the role leads and what
 * is due or overdue. A council many times the example's size gives one role hundreds of things to
 * do, agenda items and actions from meetings, which no page within the budget can list, so each
 * list longer than a page holds (src/model/paging.ts) gets pages of its own under the role's
 * address (`leadListHref`), and the lead's page keeps the list's head or its counts, with a link:
 * - the to-do list: its first PER_PAGE.toDo rows, overdue and soonest due first;
 * - agenda items and actions from meetings: how many, and when or how they stand;
 * - indicators: the first PER_PAGE.leadLists.
 * A list that fits stays on the lead's page as it always was, and has no pages of its own.
 */
import { pagesOf, PER_PAGE, type ListPage } from './paging.ts';
import type {
  AgendaEntry,
  ArisingEntry,
  IndicatorEntry,
  LeadListCounts,
  LeadListPage,
  LeadLongLists,
  WorkItem,
} from './types.ts';
import { LEAD_LISTS, leadListHref, type LeadList } from './urls.ts';

interface Lists {
  role: { id: string };
  worklist: readonly WorkItem[];
  agendaItems: readonly AgendaEntry[];
  arising: readonly ArisingEntry[];
  indicators: readonly IndicatorEntry[];
}

export function leadLongLists(r: Lists): LeadLongLists {
  const lists: LeadLongLists = {};
  const paged = <T>(items: readonly T[], list: LeadList, perPage: number): ListPage<T>[] | undefined =>
    items.length > perPage ? pagesOf(items, leadListHref(r.role.id, list), perPage) : undefined;
  const toDo = paged(r.worklist, 'to-do', PER_PAGE.toDo);
  const agendaItems = paged(r.agendaItems, 'agenda-items', PER_PAGE.leadLists);
  const arising = paged(r.arising, 'arising', PER_PAGE.leadLists);
  const indicators = paged(r.indicators, 'indicators', PER_PAGE.leadLists);
  if (toDo) lists['to-do'] = toDo;
  if (agendaItems) lists['agenda-items'] = agendaItems;
  if (arising) lists.arising = arising;
  if (indicators) lists.indicators = indicators;
  return lists;
}

/** `todayIso`: the build day, YYYY-MM-DD; a meeting on it or after is still to come. */
export function leadListCounts(r: Pick<Lists, 'agendaItems' | 'arising'>, todayIso: string): LeadListCounts {
  const arising = { done: 0, overdue: 0, open: 0 };
  for (const entry of r.arising) arising[entry.state] += 1;
  return {
    agendaMeetings: new Set(r.agendaItems.map((e) => e.meeting)).size,
    agendaItemsToCome: r.agendaItems.filter((e) => e.meeting.date >= todayIso).length,
    arising,
  };
}

/** Every page of a role's long lists, list by list in LEAD_LISTS order, first page to last. */
export function leadListPages(lists: LeadLongLists): LeadListPage[] {
  return LEAD_LISTS.flatMap((list) => (lists[list] ?? []).map((page) => ({ list, page }) as LeadListPage));
}
