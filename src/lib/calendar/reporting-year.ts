/**
 * Reporting years: a year written "2025-26" runs for twelve months from the month the council's
 * reporting year starts (April in England, so 1 April 2025 to 31 March 2026). Q1 is its first three
 * months, Q4 its last three; "year" is the whole year. Every page, rule and download that slices a
 * year into periods, or says one in words, asks this module, so a council whose year starts in
 * another month changes one setting, not the engine.
 */
import { PERIODS, type Period } from './periods.ts';
import { daysInMonth, monthName } from './dates.ts';

/** April: the English (and Welsh) reporting year, April to March. */
export const DEFAULT_START_MONTH = 4;

export interface ReportingPeriod {
  period: Period;
  /** The reporting year it belongs to: "2025-26". */
  year: string;
  /** "Q2 2025-26", or "2025-26" for the whole year. */
  label: string;
  /** Its first and last days (UTC midnight). */
  start: Date;
  end: Date;
  /** "July to September 2025"; "April 2025 to March 2026" for the whole year. */
  inWords: string;
}

export interface ReportingYear {
  /** "2025-26". */
  label: string;
  start: Date;
  end: Date;
  /** "2024-25" and "2026-27". */
  previous: string;
  next: string;
  /** "April 2025 to March 2026". */
  inWords: string;
  /** "April to March": the months a year covers, whichever year. */
  months: string;
  /** Q1 to Q4 and the whole year, in that order. */
  periods: Record<Period, ReportingPeriod>;
}

/** "2025-26" for the year starting in 2025. */
export function yearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The calendar year a reporting year label starts in: "2025-26" → 2025. */
export function startYearOf(label: string): number {
  return Number(label.slice(0, 4));
}

/** "2024-25" → "2025-26". */
export function followingYear(label: string): string {
  return yearLabel(startYearOf(label) + 1);
}

/** "2025-26" → "2024-25". */
export function previousYear(label: string): string {
  return yearLabel(startYearOf(label) - 1);
}

/** "Q2 2025-26", or "2025-26" for an annual figure. */
export function periodLabel(period: Period, year: string): string {
  return period === 'year' ? year : `${period} ${year}`;
}

/** The period just before: Q1's is the previous year's Q4; an annual figure's is the previous year's. */
export function previousPeriod(period: Period, year: string): { period: Period; year: string } {
  if (period === 'year') return { period, year: previousYear(year) };
  const index = PERIODS.indexOf(period);
  return index === 0 ? { period: 'Q4', year: previousYear(year) } : { period: PERIODS[index - 1]!, year };
}

/** The first day of the month `offset` months after the year's start (0 is its first month). */
function monthStart(startYear: number, startMonth: number, offset: number): Date {
  return new Date(Date.UTC(startYear, startMonth - 1 + offset, 1));
}

function monthEnd(startYear: number, startMonth: number, offset: number): Date {
  const first = monthStart(startYear, startMonth, offset);
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  return new Date(Date.UTC(year, month - 1, daysInMonth(year, month)));
}

/** "July to September 2025", or "November 2025 to January 2026" across a new year. */
function spanInWords(start: Date, end: Date): string {
  const from = monthName(start.getUTCMonth() + 1);
  const to = `${monthName(end.getUTCMonth() + 1)} ${end.getUTCFullYear()}`;
  return start.getUTCFullYear() === end.getUTCFullYear()
    ? `${from} to ${to}`
    : `${from} ${start.getUTCFullYear()} to ${to}`;
}

function reportingPeriod(year: string, period: Period, startMonth: number): ReportingPeriod {
  const startYear = startYearOf(year);
  const first = period === 'year' ? 0 : PERIODS.indexOf(period) * 3;
  const last = period === 'year' ? 11 : first + 2;
  const start = monthStart(startYear, startMonth, first);
  const end = monthEnd(startYear, startMonth, last);
  return { period, year, label: periodLabel(period, year), start, end, inWords: spanInWords(start, end) };
}

/** Everything the site says about one reporting year, from its label and the month years start. */
export function reportingYear(label: string, startMonth: number = DEFAULT_START_MONTH): ReportingYear {
  const periods = Object.fromEntries(PERIODS.map((p) => [p, reportingPeriod(label, p, startMonth)])) as Record<
    Period,
    ReportingPeriod
  >;
  const whole = periods.year;
  return {
    label,
    start: whole.start,
    end: whole.end,
    previous: previousYear(label),
    next: followingYear(label),
    inWords: whole.inWords,
    months: `${monthName(whole.start.getUTCMonth() + 1)} to ${monthName(whole.end.getUTCMonth() + 1)}`,
    periods,
  };
}

/** "Q2 2026-27 (July to September 2026)" or "the year 2025-26", for messages to editors. */
export function describePeriod(year: string, period: Period, startMonth: number = DEFAULT_START_MONTH): string {
  if (period === 'year') return `the year ${year}`;
  return `${period} ${year} (${reportingPeriod(year, period, startMonth).inWords})`;
}

/** Reporting years for one council: each worked out once, then looked up by label. */
export interface ReportingCalendar {
  /** The month years start, 1 to 12. */
  startMonth: number;
  year(label: string): ReportingYear;
  period(year: string, period: Period): ReportingPeriod;
}

export function reportingCalendar(startMonth: number = DEFAULT_START_MONTH): ReportingCalendar {
  const years = new Map<string, ReportingYear>();
  const year = (label: string): ReportingYear => {
    let found = years.get(label);
    if (!found) {
      found = reportingYear(label, startMonth);
      years.set(label, found);
    }
    return found;
  };
  return { startMonth, year, period: (label, period) => year(label).periods[period] };
}
