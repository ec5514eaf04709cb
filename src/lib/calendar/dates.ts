/**
 * Calendar dates as editors write them (`2026-01-05`) and as readers see them ("5 January 2026").
 * Dates are handled as UTC midnight so that no time zone can move a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Why `text` is not a real `YYYY-MM-DD` date, or undefined when it is one. */
export function isoDateProblem(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return `"${text}" is not a date: write it as YYYY-MM-DD, for example 2026-01-05`;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12) return `"${text}" is not a real date: there is no month ${m}`;
  const last = daysInMonth(y, m);
  if (d < 1 || d > last) {
    return `"${text}" is not a real date: ${monthName(m)} ${y} has ${last} days`;
  }
  return undefined;
}

/** Parses a `YYYY-MM-DD` string that has already been validated. */
export function parseIsoDate(text: string): Date {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "5 January 2026": the GOV.UK style for dates in text. */
export function formatDate(date: Date | string): string {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  return `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}
