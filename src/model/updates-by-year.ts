/**
 * Progress updates split by calendar year, each year's by month, so no page of updates grows without
 * bound (a page stays within the 14 kB budget however long the strategy runs) and every update
 * keeps one address: its year's page.
 */
import { monthName } from '../lib/calendar/index.ts';
import type { UpdateEntry, UpdateYear } from './types.ts';
import { updatesMonthAnchor, updatesYearHref } from './urls.ts';

/** `updates` newest first (as the model keeps them) → years newest first. */
export function updatesByYear(updates: readonly UpdateEntry[]): UpdateYear[] {
  const years: UpdateYear[] = [];
  for (const update of updates) {
    const year = update.date.slice(0, 4);
    const month = update.date.slice(0, 7);
    let y = years.at(-1);
    if (y?.year !== year) {
      y = { year, href: updatesYearHref(year), months: [], count: 0, newest: update.date };
      years.push(y);
    }
    let m = y.months.at(-1);
    if (m?.anchor !== updatesMonthAnchor(month)) {
      m = { label: `${monthName(Number(month.slice(5, 7)))} ${year}`, anchor: updatesMonthAnchor(month), updates: [] };
      y.months.push(m);
    }
    m.updates.push(update);
    y.count += 1;
  }
  return years;
}
