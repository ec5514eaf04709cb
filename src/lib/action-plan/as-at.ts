/**
 * The day the action plan is judged on. A plan published as it stood on a date (site.yaml's
 * `action_plan.as_at`) is judged on that date, or on its newest progress update's date when it says
 * "latest update": a snapshot built months later must not call its actions overdue for the months
 * that passed since. Without `as_at`, the plan is live and judged on the build day.
 */
import { parseIsoDate } from '../calendar/index.ts';

export interface PlanDate {
  date: Date;
  /** Where the date comes from, so that pages can say which date they use. */
  source: 'as at' | 'latest update' | 'build date';
}

export function planDate(asAt: string | undefined, updateDates: Iterable<string>, today: Date): PlanDate {
  if (asAt === undefined) return { date: today, source: 'build date' };
  if (asAt !== 'latest update') return { date: parseIsoDate(asAt), source: 'as at' };
  let newest: string | undefined;
  for (const date of updateDates) if (newest === undefined || date > newest) newest = date;
  // A plan with no update yet stands as at the build day: there is nothing older to judge it by.
  return newest === undefined
    ? { date: today, source: 'build date' }
    : { date: parseIsoDate(newest), source: 'latest update' };
}
