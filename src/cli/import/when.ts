/**
 * Reads when something is due, or when an update was written, as trackers write it: UK dates
 * (30/09/2025), Excel dates and date serials, month words ("September 2025", "Sep-25"), a quarter of
 * the reporting year ("Q3 2025/26", April to June being Q1), a whole reporting year ("2025/26"),
 * "Ongoing" and "TBC". Timescales come out in the site's own form: 2025-09-30, 2025-09, 2025-Q4
 * (calendar quarters) or ongoing.
 */
import { daysInMonth, isoDateProblem, toIsoDate } from '../../lib/calendar/index.ts';
import type { GridCell } from './cells.ts';

export type TimescaleReading = { kind: 'timescale'; timescale: string } | { kind: 'to be confirmed' };
export type WhenResult<T> = { ok: T } | { problem: string; fix: string } | { empty: true };

const HOW =
  'write a date (30/09/2025), a month (September 2025), a quarter of the reporting year (Q3 2025/26), "Ongoing" or "TBC"';
const HOW_DAY = 'write the day it was written, such as 30/09/2025';

/** Excel counts days from 30 December 1899 (keeping its 1900 leap-year mistake, which this cancels). */
export function fromExcelSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
}

/** Serials from 1982 to 2118: a bare number outside that is not a date. */
function isSerial(n: number): boolean {
  return Number.isInteger(n) && n >= 30_000 && n <= 80_000;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1 to 12 for a month's name or its short form ("Sep", "Sept"), else undefined. */
function month(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(lower));
  return i === -1 ? undefined : i + 1;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A reporting year written 2025/26, 2025-26 or 25/26: its first calendar year, or undefined. */
function reportingYearStart(text: string): number | undefined {
  const match = /^(\d{2}|\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (!match) return undefined;
  const first = fullYear(match[1]!);
  return (first + 1) % 100 === Number(match[2]!) % 100 ? first : undefined;
}

type Day = { day: string } | { month: string } | undefined;

/** A day or a month written in words or figures, UK order. */
function dayOrMonth(text: string): Day {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return { day: text };
  const isoMonth = /^(\d{4})-(\d{2})$/.exec(text);
  if (isoMonth && Number(isoMonth[2]) >= 1 && Number(isoMonth[2]) <= 12) return { month: text };
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (uk) return { day: `${fullYear(uk[3]!)}-${pad(Number(uk[2]))}-${pad(Number(uk[1]))}` };
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (words && month(words[2]!)) return { day: `${words[3]}-${pad(month(words[2]!)!)}-${pad(Number(words[1]))}` };
  const monthWords = /^([a-z]+)\.?[\s-]+(\d{2}|\d{4})$/i.exec(text);
  if (monthWords && month(monthWords[1]!)) {
    return { month: `${fullYear(monthWords[2]!)}-${pad(month(monthWords[1]!)!)}` };
  }
  return undefined;
}

/** A day from a cell: an Excel date, a serial or UK text. */
function dayOfCell(cell: GridCell): string | undefined {
  if (cell.value instanceof Date) return toIsoDate(cell.value);
  if (typeof cell.value === 'number' && isSerial(cell.value)) return toIsoDate(fromExcelSerial(cell.value));
  if (/^\d{5}$/.test(cell.text) && isSerial(Number(cell.text))) return toIsoDate(fromExcelSerial(Number(cell.text)));
  return undefined;
}

/** Reads an action's timescale. */
export function readTimescale(cell: GridCell): WhenResult<TimescaleReading> {
  if (cell.text === '') return { empty: true };
  const serial = dayOfCell(cell);
  if (serial) return { ok: { kind: 'timescale', timescale: serial } };
  const text = cell.text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^((by|the|end|of|due|before)\s+)+/i, '')
    .trim();
  const lower = text.toLowerCase();
  if (/^(on-?going|continuous|throughout|rolling)$/.test(lower))
    return { ok: { kind: 'timescale', timescale: 'ongoing' } };
  if (/^(tbc|tba|to be confirmed|to be agreed)$/.test(lower)) return { ok: { kind: 'to be confirmed' } };
  const quarterFirst = /^q([1-4])\s+(?:of\s+)?(.+)$/i.exec(text);
  const quarterLast = /^(.+?)\s+q([1-4])$/i.exec(text);
  const quarter = quarterFirst
    ? { q: Number(quarterFirst[1]), year: quarterFirst[2]! }
    : quarterLast
      ? { q: Number(quarterLast[2]), year: quarterLast[1]! }
      : undefined;
  if (quarter || /^q[1-4]$/i.test(text)) {
    const start = quarter ? reportingYearStart(quarter.year.trim()) : undefined;
    if (!quarter || start === undefined) {
      return { problem: `"${cell.text}" names a quarter, but not a reporting year such as 2025/26`, fix: HOW };
    }
    // Q1 to Q3 of 2025/26 fall in 2025 (calendar quarters 2 to 4); Q4 is January to March 2026.
    return { ok: { kind: 'timescale', timescale: quarter.q === 4 ? `${start + 1}-Q1` : `${start}-Q${quarter.q + 1}` } };
  }
  const year = reportingYearStart(text);
  if (year !== undefined) return { ok: { kind: 'timescale', timescale: `${year + 1}-03` } };
  const found = dayOrMonth(text);
  if (found && 'month' in found) return { ok: { kind: 'timescale', timescale: found.month } };
  if (found) {
    const problem = isoDateProblem(found.day);
    if (problem) return { problem: `"${cell.text}" is not a real date`, fix: HOW };
    return { ok: { kind: 'timescale', timescale: found.day } };
  }
  return { problem: `"${cell.text}" is not a timescale the importer can read`, fix: HOW };
}

/** Reads the day an update was written. */
export function readDay(cell: GridCell): WhenResult<string> {
  if (cell.text === '') return { empty: true };
  const serial = dayOfCell(cell);
  if (serial) return { ok: serial };
  const found = dayOrMonth(cell.text.trim());
  if (found && 'day' in found && !isoDateProblem(found.day)) return { ok: found.day };
  return { problem: `"${cell.text}" is not a date`, fix: HOW_DAY };
}

/** The last day of a quarter of a reporting year: Q1 of 2025-26 ends on 30 June 2025. */
export function quarterEnd(year: string, quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4'): string {
  const start = Number(year.slice(0, 4));
  const q = Number(quarter[1]);
  const calendarYear = q === 4 ? start + 1 : start;
  const lastMonth = q === 4 ? 3 : q * 3 + 3;
  return `${calendarYear}-${pad(lastMonth)}-${pad(daysInMonth(calendarYear, lastMonth))}`;
}
