/** Reporting years for councils whose year starts in another month (Scotland: August to July). */
import { describe, expect, it } from 'vitest';
import { describePeriod, reportingYear, toIsoDate } from '../../src/lib/calendar/index.ts';

describe('a reporting year starting in August', () => {
  const year = reportingYear('2025-26', 8);

  it('runs from 1 August to 31 July', () => {
    expect([toIsoDate(year.start), toIsoDate(year.end), year.inWords, year.months]).toEqual([
      '2025-08-01',
      '2026-07-31',
      'August 2025 to July 2026',
      'August to July',
    ]);
  });

  it('has quarters of three months from August, one of them across the new year', () => {
    expect(Object.values(year.periods).map((p) => [p.period, toIsoDate(p.end), p.inWords])).toEqual([
      ['Q1', '2025-10-31', 'August to October 2025'],
      ['Q2', '2026-01-31', 'November 2025 to January 2026'],
      ['Q3', '2026-04-30', 'February to April 2026'],
      ['Q4', '2026-07-31', 'May to July 2026'],
      ['year', '2026-07-31', 'August 2025 to July 2026'],
    ]);
    expect(describePeriod('2025-26', 'Q2', 8)).toBe('Q2 2025-26 (November 2025 to January 2026)');
  });
});

describe('the English year, April to March', () => {
  it('says a period the way the content check names it', () => {
    expect(describePeriod('2026-27', 'Q2')).toBe('Q2 2026-27 (July to September 2026)');
    expect(describePeriod('2025-26', 'year')).toBe('the year 2025-26');
    expect(reportingYear('2099-00').next).toBe('2100-01');
  });
});
