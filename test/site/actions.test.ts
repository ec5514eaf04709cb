/** Overdue, status counts and update order: what the action plan, home page and feeds show. */
import { describe, expect, it } from 'vitest';
import {
  allUpdatesNewestFirst,
  arisingState,
  groupByObjective,
  isOverdue,
  latestUpdate,
  tallyActions,
  updatesNewestFirst,
} from '../../src/lib/actions.ts';
import { words } from '../../src/i18n/index.ts';
import type { Action, Objective } from '../../src/loader/model.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function action(overrides: Partial<Action>): Action {
  return {
    id: '1.1',
    position: 1,
    action: 'Do a thing.',
    outcome: 'Things are better.',
    lead: ['lead-role'],
    partners: [],
    plans: [],
    timescale: '2026-03-31',
    status: 'on track',
    indicators: [],
    updates: [],
    objective: 'homes',
    file: 'content/actions/homes.yaml',
    ...overrides,
  };
}

describe('isOverdue', () => {
  it('is overdue the day after the due date, not on it', () => {
    expect(isOverdue(action({ timescale: '2026-03-31' }), day('2026-03-31'))).toBe(false);
    expect(isOverdue(action({ timescale: '2026-03-31' }), day('2026-04-01'))).toBe(true);
  });

  it('judges a quarter and a month by their last day', () => {
    expect(isOverdue(action({ timescale: '2026-Q1' }), day('2026-03-31'))).toBe(false);
    expect(isOverdue(action({ timescale: '2026-Q1' }), day('2026-04-01'))).toBe(true);
    expect(isOverdue(action({ timescale: '2026-02' }), day('2026-02-28'))).toBe(false);
    expect(isOverdue(action({ timescale: '2026-02' }), day('2026-03-01'))).toBe(true);
  });

  it('never marks an ongoing or a complete action overdue', () => {
    expect(isOverdue(action({ timescale: 'ongoing' }), day('2099-01-01'))).toBe(false);
    expect(isOverdue(action({ timescale: '2020-01-01', status: 'complete' }), day('2026-01-01'))).toBe(false);
  });

  it('marks late actions overdue whatever their other status', () => {
    for (const status of ['not started', 'on track', 'at risk', 'off track'] as const) {
      expect(isOverdue(action({ timescale: '2025-12', status }), day('2026-01-01')), status).toBe(true);
    }
  });
});

describe('status words', () => {
  it('capitalises the status for tags', () => {
    expect(words.actions.status('on track')).toBe('On track');
  });

  it('counts every status in the order the site lists them, keeping zeros, and the overdue ones', () => {
    const tally = tallyActions([
      { status: 'complete', overdue: false },
      { status: 'on track', overdue: true },
      { status: 'complete', overdue: false },
    ]);
    expect(tally.total).toBe(3);
    expect(tally.overdue).toBe(1);
    expect(tally.byStatus).toEqual([
      { status: 'not started', name: 'not started', count: 0 },
      { status: 'on track', name: 'on track', count: 1 },
      { status: 'at risk', name: 'at risk', count: 0 },
      { status: 'off track', name: 'off track', count: 0 },
      { status: 'complete', name: 'complete', count: 2 },
    ]);
  });

  it("counts actions with no status as not yet reported, names states in the council's labels, and never counts them overdue", () => {
    const tally = tallyActions(
      [
        { status: undefined, overdue: false },
        { status: 'on track', overdue: false },
      ],
      { 'on track': 'Green (on track)' },
    );
    expect(tally.notReported).toBe(1);
    expect(tally.byStatus.find((s) => s.status === 'on track')).toEqual({
      status: 'on track',
      name: 'Green (on track)',
      count: 1,
    });
    expect(isOverdue(action({ status: undefined, timescale: '2025-01-31' }), day('2026-04-01'))).toBe(false);
  });
});

describe('grouping and updates', () => {
  const objectives = [
    { id: 'homes', number: 1, title: 'Homes' },
    { id: 'school', number: 2, title: 'School' },
    { id: 'health', number: 3, title: 'Health' },
  ] as Objective[];

  it('groups actions under their objectives in objective order, keeping empty objectives', () => {
    const groups = groupByObjective(objectives, [
      action({ id: '2.1', objective: 'school' }),
      action({ id: '1.1', objective: 'homes' }),
    ]);
    expect(groups.map((g) => [g.objective.id, g.actions.map((a) => a.id)])).toEqual([
      ['homes', ['1.1']],
      ['school', ['2.1']],
      ['health', []],
    ]);
  });

  it('puts the newest update first, keeping the written order on the same day', () => {
    const updates = [
      { date: '2026-01-10', text: 'first of the day' },
      { date: '2026-03-01', text: 'newest' },
      { date: '2026-01-10', text: 'second of the day' },
    ];
    expect(updatesNewestFirst(updates).map((u) => u.text)).toEqual(['newest', 'first of the day', 'second of the day']);
    expect(latestUpdate(action({ updates }))?.text).toBe('newest');
    expect(latestUpdate(action({ updates: [] }))).toBeUndefined();
  });

  it("merges every action's updates newest first", () => {
    const merged = allUpdatesNewestFirst([
      action({ id: '1.1', updates: [{ date: '2026-01-01', text: 'a' }] }),
      action({
        id: '1.2',
        updates: [
          { date: '2026-02-01', text: 'b' },
          { date: '2025-12-01', text: 'c' },
        ],
      }),
    ]);
    expect(merged.map((u) => `${u.action.id} ${u.text}`)).toEqual(['1.2 b', '1.1 a', '1.2 c']);
  });
});

describe('actions agreed at meetings', () => {
  it('is done, overdue after its due date, or still open', () => {
    expect(arisingState({ due: '2026-01-31', done: true }, day('2026-06-01'))).toBe('done');
    expect(arisingState({ due: '2026-01-31', done: false }, day('2026-01-31'))).toBe('open');
    expect(arisingState({ due: '2026-01-31', done: false }, day('2026-02-01'))).toBe('overdue');
  });
});
