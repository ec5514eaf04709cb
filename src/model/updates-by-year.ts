/**
 * Progress updates split by calendar year, each year's by month, so no page of updates grows without
 * bound: a year with more updates than a page holds runs over several (src/model/paging.ts), newest
 * first, each page under its own month headings.
 */
import { monthName } from '../lib/calendar/index.ts';
import type { UpdateEntry, UpdateMonth, UpdateYear } from './types.ts';
import { pagesOf, PER_PAGE } from './paging.ts';
import { updatesMonthAnchor, updatesYearHref } from './urls.ts';

/** Updates newest first → months newest first, each month's updates newest first. */
function byMonth(updates: readonly UpdateEntry[]): UpdateMonth[] {
  const months: UpdateMonth[] = [];
  for (const update of updates) {
    const month = update.date.slice(0, 7);
    let m = months.at(-1);
    if (m?.anchor !== updatesMonthAnchor(month)) {
      m = {
        label: `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`,
        anchor: updatesMonthAnchor(month),
        updates: [],
      };
      months.push(m);
    }
    m.updates.push(update);
  }
  return months;
}

/** `updates` newest first (as the model keeps them) → years newest first. */
export function updatesByYear(updates: readonly UpdateEntry[]): UpdateYear[] {
  const years = new Map<string, UpdateEntry[]>();
  for (const update of updates) {
    const year = update.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), update]);
  }
  return [...years.entries()].map(([year, inYear]) => ({
    year,
    href: updatesYearHref(year),
    count: inYear.length,
    newest: inYear[0]!.date,
    pages: pagesOf(inYear, updatesYearHref(year), PER_PAGE.updates).map((page) => ({
      ...page,
      months: byMonth(page.items),
      newest: page.items[0]?.date ?? inYear[0]!.date,
    })),
  }));
}
