/**
 * The example council is the project's embedded default and its demonstration: it must be valid and
 * as complete as the foundation issue asks (sizes, overdue and complete actions, small numbers).
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/loader/content-folder.ts';
import { loadContent } from '../../src/loader/load-content.ts';
import { errorsIn, formatProblem } from '../../src/loader/problems.ts';
import { parseTimescale } from '../../src/lib/calendar/index.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

const { content, problems } = loadContent(CONTENT_DIR, { today: TODAY });

describe('the example council', () => {
  it('passes the check', () => {
    expect(errorsIn(problems).map(formatProblem)).toEqual([]);
  });

  it('is a complete authority', () => {
    const c = content!;
    expect(c.objectives.length).toBeGreaterThanOrEqual(6);
    expect(c.actions.length).toBeGreaterThanOrEqual(50);
    expect(c.roles.length).toBeGreaterThanOrEqual(15);
    expect(c.board.subgroups.length).toBeGreaterThanOrEqual(2);
    expect(c.meetings.length).toBeGreaterThanOrEqual(6);
    expect(c.indicators.length).toBeGreaterThanOrEqual(15);
    expect(c.scorecards.length).toBeGreaterThanOrEqual(3);
    expect(c.glossary.length).toBeGreaterThanOrEqual(30);
    expect(c.annualReports.length).toBeGreaterThanOrEqual(2);
    for (const objective of c.objectives) {
      expect(
        c.youngPeople.some((p) => p.data.objective === objective.id),
        objective.id,
      ).toBe(true);
    }
  });

  it('has actions in every state, joint leads, progress updates, and some overdue', () => {
    const c = content!;
    const statuses = new Set(c.actions.map((a) => a.status));
    expect([...statuses].sort()).toEqual(['at risk', 'complete', 'not started', 'off track', 'on track']);
    expect(c.actions.some((a) => a.lead.length > 1)).toBe(true);
    expect(c.actions.filter((a) => a.updates.length > 0).length).toBeGreaterThan(40);
    const overdue = c.actions.filter((a) => {
      const due = parseTimescale(a.timescale).due;
      return a.status !== 'complete' && due !== undefined && due < TODAY;
    });
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(new Set(c.actions.map((a) => parseTimescale(a.timescale).kind))).toEqual(
      new Set(['date', 'month', 'quarter', 'ongoing']),
    );
  });

  it('has small counts of children that the site must suppress, and real zeros', () => {
    const countsChildren = new Set(content!.indicators.filter((i) => i.counts_children).map((i) => i.id));
    const figures = content!.scorecards.flatMap((s) =>
      s.indicators.filter((r) => countsChildren.has(r.indicator)).flatMap((r) => r.values),
    );
    const small = figures.filter(
      (v) =>
        (v.value !== undefined && v.value >= 1 && v.value <= 5) ||
        (v.numerator !== undefined && (v.numerator <= 5 || v.denominator! <= 10)),
    );
    expect(small.length).toBeGreaterThanOrEqual(3);
    expect(figures.some((v) => v.value === 0)).toBe(true);
  });
});
