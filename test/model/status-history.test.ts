/**
 * An action's status over time (src/model/status-history.ts), from unit inputs on a Green, Amber,
 * Red, Blue scale: each date the status or percent changed, from what to what, the date the status
 * last changed, and what changed in a span of days or at the last update.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../../src/loader/model.ts';
import type { StatusLabel } from '../../src/schemas/site-action-plan.ts';
import {
  changeBetween,
  changeSinceLastUpdate,
  statusHistory,
  type StatusHistory,
  type TimelineStep,
} from '../../src/model/status-history.ts';
import { reportingWindow } from '../../src/lib/calendar/index.ts';

const GREEN: StatusLabel = { label: 'Green', means: 'on track' };
const AMBER: StatusLabel = { label: 'Amber', means: 'at risk' };
const RED: StatusLabel = { label: 'Red', means: 'off track' };
const BLUE: StatusLabel = { label: 'Blue', means: 'complete' };

const update = (date: string, label?: StatusLabel, percent?: number, text?: string): ProgressUpdate => ({
  date,
  text,
  status: label?.means,
  statusLabel: label,
  percent_complete: percent,
});

/** A step as words, so a failing test says what it saw: "2025-09-15 Green→Amber 20→40". */
const said = (s: TimelineStep): string =>
  [
    s.date ?? `after ${s.after ?? 'nothing'}`,
    s.statusChanged ? `${s.from.label?.label ?? '-'}→${s.to.label?.label}` : undefined,
    s.percentChanged ? `${s.from.percent ?? '-'}→${s.to.percent}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');

const history = (
  updates: ProgressUpdate[],
  current: { statusLabel?: StatusLabel; percent_complete?: number } = {},
): StatusHistory =>
  statusHistory({ updates, statusLabel: current.statusLabel, percent_complete: current.percent_complete });

describe('an action’s timeline', () => {
  it('has a step on each date the status or percent changed, oldest first, whatever order the updates are written in', () => {
    const h = history(
      [
        update('2025-09-15', AMBER, 40, 'Fewer households than planned.'),
        update('2025-06-30', GREEN, 20),
        update('2025-08-01', undefined, undefined, 'Words only: nothing changes.'),
        update('2025-12-20', AMBER, 60),
      ],
      { statusLabel: AMBER, percent_complete: 60 },
    );
    expect(h.steps.map(said)).toEqual(['2025-06-30 -→Green -→20', '2025-09-15 Green→Amber 20→40', '2025-12-20 40→60']);
    expect(h.lastStatusChange?.date).toBe('2025-09-15');
    expect(h.lastRecorded).toBe('2025-12-20');
  });

  it('takes the last value written on a day, and records no step when a day repeats what stood', () => {
    const h = history([update('2025-06-30', GREEN), update('2025-06-30', RED), update('2025-07-31', RED, undefined)]);
    expect(h.steps.map(said)).toEqual(['2025-06-30 -→Red']);
  });

  it('compares the council’s labels without regard to case', () => {
    const green = { ...GREEN, label: 'green' };
    expect(history([update('2025-06-30', GREEN), update('2025-09-30', green)]).steps.map(said)).toEqual([
      '2025-06-30 -→Green',
    ]);
  });

  it('keeps a status the row holds that no update records as an undated step after the newest update that recorded one', () => {
    const h = history([update('2025-06-30', GREEN, 20), update('2025-08-01', undefined, undefined, 'Words only.')], {
      statusLabel: RED,
      percent_complete: 20,
    });
    expect(h.steps.map(said)).toEqual(['2025-06-30 -→Green -→20', 'after 2025-06-30 Green→Red']);
    expect(h.lastStatusChange?.date).toBeUndefined();
    expect(h.lastStatusChange?.after).toBe('2025-06-30');
  });

  it('is empty for a row with a status and no update recording any: nothing says when it changed', () => {
    expect(history([update('2025-06-30', undefined, undefined, 'Words only.')], { statusLabel: BLUE }).steps).toEqual(
      [],
    );
    expect(history([]).steps).toEqual([]);
  });
});

describe('what changed in a span of days', () => {
  const h = history([update('2025-03-31', RED, 10), update('2025-06-30', AMBER, 20), update('2025-09-15', GREEN, 40)], {
    statusLabel: GREEN,
    percent_complete: 40,
  });

  it('gives the net change from where the action stood when the span opened, with the last change’s date', () => {
    const change = changeBetween(h, '2025-03-31', '2025-09-30')!;
    expect([change.kind, change.from.label?.label, change.to.label?.label, change.date]).toEqual([
      'improved',
      'Red',
      'Green',
      '2025-09-15',
    ]);
    expect(change.steps).toHaveLength(2);
  });

  it('leaves out changes after the day the plan is judged on, and says nothing when nothing changed', () => {
    expect(changeBetween(h, '2025-06-30', '2025-09-14')).toBeUndefined();
    expect(changeBetween(h, '2025-03-30', '2025-03-31')?.kind).toBe('new');
  });

  it('names a change for the worse, a completion, a first report and a change that ended where it began', () => {
    const kinds = (updates: ProgressUpdate[]) => changeBetween(history(updates), '2025-01-01', '2025-12-31')?.kind;
    expect(kinds([update('2024-12-01', GREEN), update('2025-07-01', AMBER)])).toBe('worse');
    expect(kinds([update('2024-12-01', AMBER), update('2025-07-01', RED)])).toBe('worse');
    expect(kinds([update('2024-12-01', BLUE), update('2025-07-01', GREEN)])).toBe('worse');
    expect(kinds([update('2024-12-01', RED), update('2025-07-01', BLUE)])).toBe('completed');
    expect(kinds([update('2025-07-01', GREEN)])).toBe('new');
    expect(kinds([update('2024-12-01', GREEN, 10), update('2025-07-01', GREEN, 30)])).toBe('other');
    expect(kinds([update('2024-12-01', GREEN), update('2025-05-01', AMBER), update('2025-07-01', GREEN)])).toBe(
      'other',
    );
  });

  it('counts an undated change in a span only when the update it came after is in it', () => {
    const later = history([update('2025-07-10', GREEN)], { statusLabel: AMBER });
    expect(changeBetween(later, '2025-06-30', '2025-09-30')?.undated).toBe(true);
    expect(changeBetween(later, '2025-06-30', '2025-09-30')?.kind).toBe('new');
    const earlier = history([update('2025-05-10', GREEN)], { statusLabel: AMBER });
    expect(changeBetween(earlier, '2025-06-30', '2025-09-30')).toBeUndefined();
  });
});

describe('what the last update changed', () => {
  it('is the change recorded by the newest update that gave a status or percent', () => {
    const change = changeSinceLastUpdate(history([update('2025-06-30', GREEN, 20), update('2025-09-15', AMBER, 40)]))!;
    expect([
      change.from.label?.label,
      change.to.label?.label,
      change.from.percent,
      change.to.percent,
      change.date,
    ]).toEqual(['Green', 'Amber', 20, 40, '2025-09-15']);
  });

  it('is nothing when the newest update repeated where the action stood', () => {
    expect(changeSinceLastUpdate(history([update('2025-06-30', GREEN), update('2025-09-15', GREEN)]))).toBeUndefined();
  });
});

describe('the reporting period a day falls in', () => {
  const day = new Date('2025-09-30T00:00:00Z');
  const words = (d: Date, length: Parameters<typeof reportingWindow>[1], start = 4) => {
    const w = reportingWindow(d, length, start);
    return [w.start.toISOString().slice(0, 10), w.end.toISOString().slice(0, 10), w.inWords];
  };
  it('counts quarters, half-years and years from the month the reporting year starts', () => {
    expect(words(day, 'quarter')).toEqual(['2025-07-01', '2025-09-30', 'July to September 2025']);
    expect(words(day, 'month')).toEqual(['2025-09-01', '2025-09-30', 'September 2025']);
    expect(words(day, 'half-year')).toEqual(['2025-04-01', '2025-09-30', 'April to September 2025']);
    expect(words(day, 'year')).toEqual(['2025-04-01', '2026-03-31', 'April 2025 to March 2026']);
    expect(words(new Date('2026-02-14T00:00:00Z'), 'half-year')).toEqual([
      '2025-10-01',
      '2026-03-31',
      'October 2025 to March 2026',
    ]);
    expect(words(new Date('2026-02-14T00:00:00Z'), 'quarter')).toEqual([
      '2026-01-01',
      '2026-03-31',
      'January to March 2026',
    ]);
  });
  it('follows a reporting year that starts in August', () => {
    expect(words(new Date('2026-01-05T00:00:00Z'), 'quarter', 8)).toEqual([
      '2025-11-01',
      '2026-01-31',
      'November 2025 to January 2026',
    ]);
    expect(words(new Date('2026-01-05T00:00:00Z'), 'year', 8)).toEqual([
      '2025-08-01',
      '2026-07-31',
      'August 2025 to July 2026',
    ]);
  });
});
