/**
 * An action's timescale: a date (`2026-03-31`), a month (`2026-03`), a quarter (`2025-Q3`,
 * calendar quarters) or `ongoing`. Each resolves to the last day it covers, so that "overdue" means
 * the same thing whichever way an editor wrote it.
 */
import { daysInMonth, formatDate, isoDateProblem, monthName, parseIsoDate } from './dates.ts';

export type Timescale =
  | { kind: 'date'; text: string; due: Date; label: string }
  | { kind: 'month'; text: string; due: Date; label: string }
  | { kind: 'quarter'; text: string; due: Date; label: string }
  | { kind: 'ongoing'; text: string; due: undefined; label: string };

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export const TIMESCALE_HELP = 'write a date (2026-03-31), a month (2026-03), a quarter (2026-Q1) or "ongoing"';

/** Why `text` is not a timescale, or undefined when it is one. */
export function timescaleProblem(text: string): string | undefined {
  if (text === 'ongoing' || MONTH.test(text) || QUARTER.test(text)) {
    const month = MONTH.exec(text);
    if (month && (Number(month[2]) < 1 || Number(month[2]) > 12)) {
      return `"${text}" is not a real month: ${TIMESCALE_HELP}`;
    }
    return undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isoDateProblem(text);
  return `"${text}" is not a timescale: ${TIMESCALE_HELP}`;
}

export function parseTimescale(text: string): Timescale {
  if (text === 'ongoing') return { kind: 'ongoing', text, due: undefined, label: 'Ongoing' };
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = Number(quarter[2]);
    const lastMonth = q * 3;
    const due = new Date(Date.UTC(year, lastMonth - 1, daysInMonth(year, lastMonth)));
    return {
      kind: 'quarter',
      text,
      due,
      label: `${monthName(lastMonth - 2)} to ${monthName(lastMonth)} ${year}`,
    };
  }
  const month = MONTH.exec(text);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return {
      kind: 'month',
      text,
      due: new Date(Date.UTC(year, m - 1, daysInMonth(year, m))),
      label: `${monthName(m)} ${year}`,
    };
  }
  const due = parseIsoDate(text);
  return { kind: 'date', text, due, label: `By ${formatDate(due)}` };
}
