import { describe, expect, it } from 'vitest';
import {
  buildDate,
  formatDate,
  isoDateProblem,
  parseTimescale,
  timescaleProblem,
} from '../../src/lib/calendar/index.ts';

describe('dates', () => {
  it('shows dates the GOV.UK way', () => {
    expect(formatDate('2026-01-05')).toBe('5 January 2026');
    expect(formatDate('2025-12-31')).toBe('31 December 2025');
  });

  it('knows real dates from impossible ones, leap years included', () => {
    expect(isoDateProblem('2024-02-29')).toBeUndefined();
    expect(isoDateProblem('2025-02-29')).toBe('"2025-02-29" is not a real date: February 2025 has 28 days');
    expect(isoDateProblem('2025-04-31')).toBe('"2025-04-31" is not a real date: April 2025 has 30 days');
    expect(isoDateProblem('2025-00-10')).toBe('"2025-00-10" is not a real date: there is no month 0');
    expect(isoDateProblem('5/1/2026')).toBe('"5/1/2026" is not a date: write it as YYYY-MM-DD, for example 2026-01-05');
  });

  it('builds as of BUILD_DATE when set, and refuses an impossible one', () => {
    expect(buildDate({ BUILD_DATE: '2026-11-22' }).toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(() => buildDate({ BUILD_DATE: '2026-11-31' })).toThrow('BUILD_DATE: "2026-11-31" is not a real date');
  });
});

describe('timescales resolve to the last day they cover', () => {
  it.each([
    ['2026-03-31', 'date', '2026-03-31', 'By 31 March 2026'],
    ['2026-02', 'month', '2026-02-28', 'February 2026'],
    ['2024-02', 'month', '2024-02-29', 'February 2024'],
    ['2025-Q3', 'quarter', '2025-09-30', 'July to September 2025'],
    ['2025-Q4', 'quarter', '2025-12-31', 'October to December 2025'],
  ])('%s', (text, kind, due, label) => {
    const timescale = parseTimescale(text);
    expect(timescale.kind).toBe(kind);
    expect(timescale.due?.toISOString().slice(0, 10)).toBe(due);
    expect(timescale.label).toBe(label);
  });

  it('"ongoing" has no due date', () => {
    expect(parseTimescale('ongoing')).toMatchObject({ kind: 'ongoing', due: undefined, label: 'Ongoing' });
  });

  it('explains what a timescale can be', () => {
    expect(timescaleProblem('2026-13')).toBe(
      '"2026-13" is not a real month: write a date (2026-03-31), a month (2026-03), a quarter (2026-Q1) or "ongoing"',
    );
    expect(timescaleProblem('2026-Q5')).toContain('is not a timescale');
    expect(timescaleProblem('soon')).toContain('is not a timescale');
  });
});
