import { describe, expect, it } from 'vitest';
import {
  addMonths,
  byDueDate,
  choosesNothing,
  countsOf,
  filterFromQuery,
  matchSummary,
  NO_FILTER,
  planMessages,
  queryFromFilter,
  readRow,
  rowMatches,
} from '../../src/lib/action-filter.ts';

const jointlyLed = readRow({
  lead: 'fostering-manager director-childrens-services',
  status: 'on track',
  objective: 'stable-homes',
});

const STATUSES = ['not started', 'on track', 'at risk', 'off track', 'complete'];

describe('action plan filters', () => {
  it('shows every row when nothing is chosen', () => {
    expect(rowMatches(jointlyLed, NO_FILTER)).toBe(true);
  });

  it('matches a joint lead by any of its roles', () => {
    expect(rowMatches(jointlyLed, { ...NO_FILTER, lead: 'director-childrens-services' })).toBe(true);
    expect(rowMatches(jointlyLed, { ...NO_FILTER, lead: 'virtual-school-head' })).toBe(false);
  });

  it('needs every chosen filter to match', () => {
    const both = { ...NO_FILTER, lead: 'fostering-manager', objective: 'stable-homes' };
    expect(rowMatches(jointlyLed, { ...both, status: 'on track' })).toBe(true);
    expect(rowMatches(jointlyLed, { ...both, status: 'at risk' })).toBe(false);
    expect(rowMatches(jointlyLed, { ...NO_FILTER, objective: 'education' })).toBe(false);
  });

  it('says in words how many actions are shown', () => {
    expect(matchSummary(12, 12)).toBe('Showing all 12 actions.');
    expect(matchSummary(3, 12)).toBe('Showing 3 of 12 actions.');
    expect(matchSummary(0, 12)).toBe('No actions match these filters. Showing 0 of 12.');
  });

  it('lists nothing on the summary page until a filter or an order is chosen, and says so', () => {
    expect(choosesNothing(NO_FILTER)).toBe(true);
    for (const choice of [{ lead: 'virtual-school-head' }, { due: 'overdue' as const }, { sort: 'due' as const }]) {
      expect(choosesNothing({ ...NO_FILTER, ...choice })).toBe(false);
    }
    expect(planMessages.choose(56)).toBe('56 actions in the plan. Choose a filter to list the ones that match.');
    expect(planMessages.choose(1)).toBe('1 action in the plan. Choose a filter to list the ones that match.');
  });

  it('keeps the filters in the address so a filtered view can be shared', () => {
    const filter = {
      ...NO_FILTER,
      lead: 'virtual-school-head',
      status: 'at risk',
      due: 'overdue' as const,
      sort: 'due' as const,
    };
    expect(queryFromFilter(filter)).toBe('?lead=virtual-school-head&status=at-risk&due=overdue&sort=due');
    expect(filterFromQuery(queryFromFilter(filter), STATUSES)).toEqual(filter);
    expect(queryFromFilter(NO_FILTER)).toBe('');
  });

  it('accepts a status in the address as at-risk, at risk or at+risk', () => {
    for (const query of ['?status=at-risk', '?status=at%20risk', '?status=at+risk', '?status=At_Risk']) {
      expect(filterFromQuery(query, STATUSES).status).toBe('at risk');
    }
    // Unknown words stay as written, so they match no row rather than silently showing everything.
    expect(filterFromQuery('?status=late', STATUSES).status).toBe('late');
    expect(filterFromQuery('?due=someday&sort=name', STATUSES)).toEqual(NO_FILTER);
  });

  it('filters to overdue rows, and to rows due in the next three months that are not complete', () => {
    const row = (due: string, status = 'on track', overdue = false) =>
      readRow({ status, due, ...(overdue ? { overdue: '' } : {}) });
    const today = '2026-11-22';
    const soon = { ...NO_FILTER, due: 'next-3-months' as const };
    expect(rowMatches(row('2026-03-31', 'at risk', true), { ...NO_FILTER, due: 'overdue' }, today)).toBe(true);
    expect(rowMatches(row('2026-12-31'), { ...NO_FILTER, due: 'overdue' }, today)).toBe(false);
    expect(rowMatches(row('2026-11-22'), soon, today)).toBe(true);
    expect(rowMatches(row('2027-02-22'), soon, today)).toBe(true);
    expect(rowMatches(row('2027-02-23'), soon, today)).toBe(false);
    expect(rowMatches(row('2026-11-21', 'on track', true), soon, today)).toBe(false);
    expect(rowMatches(row('2026-12-31', 'complete'), soon, today)).toBe(false);
    expect(rowMatches(row(''), soon, today)).toBe(false);
  });

  it('counts three months on to the same day, or the month end when it is shorter', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
  });

  it('orders by due date, soonest first, ongoing last', () => {
    const rows = ['2027-03-31', '', '2026-06-30', '2026-12-31'].map((due) => readRow({ due }));
    expect(rows.sort(byDueDate).map((r) => r.due)).toEqual(['2026-06-30', '2026-12-31', '2027-03-31', '']);
  });

  it('counts only the rows shown, by status in the given order, with overdue', () => {
    const rows = [
      readRow({ status: 'on track' }),
      readRow({ status: 'at risk', overdue: '' }),
      readRow({ status: 'on track' }),
    ];
    expect(countsOf(rows, STATUSES)).toEqual({
      total: 3,
      byStatus: [
        { status: 'on track', count: 2 },
        { status: 'at risk', count: 1 },
      ],
      overdue: 1,
    });
  });
});
