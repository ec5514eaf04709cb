/**
 * The reporting period a day falls in: a quarter, month, half-year or year, counted from the month
 * the council's reporting year starts (April by default: quarters April to June, July to
 * September…; half-years April to September and October to March). "What changed in the last
 * period" runs from the first day of the period the plan's date falls in up to that date, so a plan
 * as at 30 September reports July to September, and a live plan the quarter so far.
 */
import { daysInMonth, monthName } from './dates.ts';

/**
 * How long "the last reporting period" is (site.yaml's action_plan.reporting_period), each period
 * aligned to the month the reporting year starts.
 */
export const REPORTING_PERIODS = ['quarter', 'month', 'half-year', 'year'] as const;
export type ReportingPeriodLength = (typeof REPORTING_PERIODS)[number];

const MONTHS_IN: Record<ReportingPeriodLength, number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

export interface ReportingWindow {
  length: ReportingPeriodLength;
  /** The period's first and last days (UTC midnight). */
  start: Date;
  end: Date;
  /** "July to September 2025", "October 2025", "October 2025 to March 2026". */
  inWords: string;
}

function spanInWords(start: Date, end: Date): string {
  const to = `${monthName(end.getUTCMonth() + 1)} ${end.getUTCFullYear()}`;
  if (start.getTime() === Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1)) return to;
  const from = monthName(start.getUTCMonth() + 1);
  return start.getUTCFullYear() === end.getUTCFullYear()
    ? `${from} to ${to}`
    : `${from} ${start.getUTCFullYear()} to ${to}`;
}

/** The period of `length` that `day` falls in, periods counted from `startMonth` (1 to 12). */
export function reportingWindow(day: Date, length: ReportingPeriodLength, startMonth: number): ReportingWindow {
  const months = MONTHS_IN[length];
  // Months since the start of the reporting year `day` falls in, 0 to 11.
  const intoYear = (day.getUTCMonth() + 1 - startMonth + 12) % 12;
  const first = day.getUTCMonth() - (intoYear % months);
  const start = new Date(Date.UTC(day.getUTCFullYear(), first, 1));
  const lastMonth = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months - 1, 1));
  const end = new Date(
    Date.UTC(
      lastMonth.getUTCFullYear(),
      lastMonth.getUTCMonth(),
      daysInMonth(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() + 1),
    ),
  );
  return { length, start, end, inWords: spanInWords(start, end) };
}
