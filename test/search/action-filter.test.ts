import { describe, expect, it } from 'vitest';
import {
  filterFromQuery,
  matchSummary,
  NO_FILTER,
  queryFromFilter,
  readRow,
  rowMatches,
} from '../../src/lib/action-filter.ts';

const jointlyLed = readRow({
  lead: 'fostering-manager director-childrens-services',
  status: 'on track',
  objective: 'stable-homes',
});

describe('action plan filters', () => {
  it('shows every row when nothing is chosen', () => {
    expect(rowMatches(jointlyLed, NO_FILTER)).toBe(true);
  });

  it('matches a joint lead by any of its roles', () => {
    expect(rowMatches(jointlyLed, { ...NO_FILTER, lead: 'director-childrens-services' })).toBe(true);
    expect(rowMatches(jointlyLed, { ...NO_FILTER, lead: 'virtual-school-head' })).toBe(false);
  });

  it('needs every chosen filter to match', () => {
    expect(rowMatches(jointlyLed, { lead: 'fostering-manager', status: 'on track', objective: 'stable-homes' })).toBe(
      true,
    );
    expect(rowMatches(jointlyLed, { lead: 'fostering-manager', status: 'at risk', objective: 'stable-homes' })).toBe(
      false,
    );
    expect(rowMatches(jointlyLed, { ...NO_FILTER, objective: 'education' })).toBe(false);
  });

  it('says in words how many actions are shown', () => {
    expect(matchSummary(12, 12)).toBe('Showing all 12 actions.');
    expect(matchSummary(3, 12)).toBe('Showing 3 of 12 actions.');
    expect(matchSummary(0, 12)).toBe('No actions match these filters. Showing 0 of 12.');
  });

  it('keeps the filters in the address so a filtered view can be shared', () => {
    const filter = { lead: 'virtual-school-head', status: 'at risk', objective: '' };
    expect(queryFromFilter(filter)).toBe('?lead=virtual-school-head&status=at+risk');
    expect(filterFromQuery(queryFromFilter(filter))).toEqual(filter);
    expect(queryFromFilter(NO_FILTER)).toBe('');
  });
});
