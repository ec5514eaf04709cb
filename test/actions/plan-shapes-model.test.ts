/**
 * Action plans as real councils write them, through the loader and the site model: references in
 * any format or none, the council's choice of what to show, its own status scale, percent complete,
 * related plans by name, and a plan judged as at its own date. The fixture council is
 * test/fixtures/plan-shapes/ (built and checked page by page in plan-shapes-site.test.ts).
 */
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { copyCouncil, loadValid } from '../support/fixture-council.ts';
import { FIXTURES } from '../support/paths.ts';
import { TEST_TODAY, day } from '../support/test-date.ts';

const PLAN_SHAPES = path.join(FIXTURES, 'plan-shapes/content');

/** The plan-shapes council's model with `from` in its site.yaml replaced by `to`. */
function withSite(from: string, to: string) {
  const dir = copyCouncil({
    from: PLAN_SHAPES,
    prepare: (content) => {
      const file = path.join(content, 'site.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    },
  });
  return buildSiteModel(loadValid(dir), TEST_TODAY);
}

/** The plan-shapes council with its site.yaml's action_plan.references set to `mode`. */
const withReferences = (mode: string) => withSite('references: as written', `references: ${mode}`);

describe('action references', () => {
  const model = buildSiteModel(loadValid(PLAN_SHAPES), TEST_TODAY);
  const rows = model.actions.all;

  it('shows references as written, and none for a plan that does not number its actions', () => {
    expect(rows.map((a) => [a.reference, a.label])).toEqual([
      [undefined, 'Recruit more foster carers who live in the borough.'],
      [undefined, 'Review every placement that has broken down.'],
      [undefined, "Open a second children's home in the borough."],
      ['2.01.01', 'Action 2.01.01'],
      ['2.01.02', 'Action 2.01.02'],
    ]);
  });

  it('gives every action an address editors never write: from its reference, else its objective and place', () => {
    expect(rows.map((a) => a.href)).toEqual([
      '/actions/1-1/',
      '/actions/1-2/',
      '/actions/1-3/',
      '/actions/2-01-01/',
      '/actions/2-01-02/',
    ]);
  });

  it('numbers every action itself when the council says "numbered", and shows none when it says "none"', () => {
    expect(withReferences('numbered').actions.all.map((a) => a.reference)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2']);
    expect(withReferences('none').actions.all.map((a) => a.reference)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // The addresses do not move with what is shown.
    expect(withReferences('numbered').actions.all.map((a) => a.href)).toEqual(rows.map((a) => a.href));
  });

  it('keeps an address when an unnumbered plan gains a row at the end', () => {
    const dir = copyCouncil({
      from: PLAN_SHAPES,
      prepare: (content) => {
        const file = path.join(content, 'actions/stable-homes.yaml');
        writeFileSync(
          file,
          `${readFileSync(file, 'utf8')}  - action: A new row.\n    outcome: Better.\n    lead: fostering-manager\n    timescale: ongoing\n`,
        );
      },
    });
    const grown = buildSiteModel(loadValid(dir), TEST_TODAY).actions.all.map((a) => a.href);
    expect(grown.slice(0, 3)).toEqual(rows.slice(0, 3).map((a) => a.href));
    expect(grown[3]).toBe('/actions/1-4/');
  });
});

describe("the council's status scale", () => {
  const model = buildSiteModel(loadValid(PLAN_SHAPES), TEST_TODAY);
  const rows = model.actions.all;

  it('reads each label as the state it stands for, and leaves an action without one not yet reported', () => {
    expect(rows.map((a) => [a.statusLabel?.label, a.status])).toEqual([
      ['Amber', 'at risk'],
      ['Red', 'off track'],
      [undefined, undefined],
      ['Blue', 'complete'],
      ['Grey', 'not started'],
    ]);
    expect(model.actionTally.notReported).toBe(1);
  });

  it('reads percent complete, and each update records the status and percent at its date', () => {
    expect(rows.map((a) => a.percent_complete)).toEqual([40, 10, undefined, 100, undefined]);
    expect(rows[0]!.updates.map((u) => [u.date, u.statusLabel?.label, u.percent_complete])).toEqual([
      ['2025-06-30', 'Green', 20],
      ['2025-09-15', 'Amber', 40],
    ]);
  });

  it('reads related plans as names, with a link only where one is given, and "Not applicable" as none', () => {
    expect(rows.map((a) => a.plans)).toEqual([
      [{ title: 'Sufficiency strategy 2025-28', url: undefined }],
      [],
      [],
      [
        { title: 'Virtual School improvement plan', url: undefined },
        { title: 'SEND strategy', url: 'https://www.lowbridge.gov.uk/send-strategy' },
      ],
      [],
    ]);
  });
});

describe('a plan as at a date', () => {
  it('judges overdue on the plan’s date, never on a later build day', () => {
    const model = buildSiteModel(loadValid(PLAN_SHAPES), TEST_TODAY);
    expect(model.actionPlan.judgedOn).toEqual({ date: day('2025-09-30'), source: 'as at' });
    // Due 30 June 2025 and Red: overdue on 30 September. Due 31 December 2025 and Amber: not yet,
    // though the build day (22 November 2026) is long past it. No status reported: never overdue.
    expect(model.actions.all.map((a) => a.overdue)).toEqual([false, true, false, false, false]);
  });

  it('is judged on the build day when it gives no date', () => {
    const dir = copyCouncil({
      from: PLAN_SHAPES,
      prepare: (content) => {
        const file = path.join(content, 'site.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('  as_at: 2025-09-30\n', ''));
      },
    });
    const model = buildSiteModel(loadValid(dir), TEST_TODAY);
    expect(model.actionPlan.judgedOn.source).toBe('build date');
    // Grey (not started) and due 31 July 2026 is overdue by 22 November 2026; still none without a status.
    expect(model.actions.all.map((a) => a.overdue)).toEqual([true, true, false, false, true]);
  });

  it('can stand as at its latest update', () => {
    const dir = copyCouncil({
      from: PLAN_SHAPES,
      prepare: (content) => {
        const file = path.join(content, 'site.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('as_at: 2025-09-30', 'as_at: latest update'));
      },
    });
    expect(buildSiteModel(loadValid(dir), TEST_TODAY).actionPlan.judgedOn).toEqual({
      date: day('2025-09-15'),
      source: 'latest update',
    });
  });
});

describe('organisation', () => {
  it("shows each lead's team and directorate when the plan asks for them", () => {
    const model = buildSiteModel(loadValid(PLAN_SHAPES), TEST_TODAY);
    expect(model.actions.all[1]!.leadOrganisation).toEqual([
      'Fostering, People Directorate',
      "Children's Services, People Directorate",
    ]);
    expect(model.actions.all[3]!.leadOrganisation).toEqual(['Virtual School']);
  });
});

describe('status over time', () => {
  const model = buildSiteModel(loadValid(PLAN_SHAPES), TEST_TODAY);
  const [recruit, review] = model.actions.all;
  const checks = model.actions.get('2.01.01');

  it('gives each action the dates its status or percent changed, from what to what', () => {
    expect(
      recruit!.history.steps.map((s) => [s.date, s.from.label?.label, s.to.label?.label, s.from.percent, s.to.percent]),
    ).toEqual([
      ['2025-06-30', undefined, 'Green', undefined, 20],
      ['2025-09-15', 'Green', 'Amber', 20, 40],
    ]);
    expect(recruit!.history.lastStatusChange?.date).toBe('2025-09-15');
    expect(recruit!.lastUpdateChange?.kind).toBe('worse');
    // Amber at its update, Red on the row since: after that update, on a day no update gives.
    expect(
      review!.history.steps.map((s) => [s.date, s.after, s.from.label?.label, s.to.label?.label, s.percentChanged]),
    ).toEqual([
      ['2025-06-30', undefined, undefined, 'Amber', true],
      [undefined, '2025-06-30', 'Amber', 'Red', false],
    ]);
    // It came after 30 June, which is before the period began on 1 July: it may not be in it, so it is not listed.
    expect(model.changes.all.map((c) => c.action.id)).not.toContain(review!.id);
  });

  it('lists what changed in the reporting period the plan’s date falls in: July to September 2025, by quarter', () => {
    const { changes } = model;
    expect([changes.period.inWords, changes.from, changes.to]).toEqual([
      'July to September 2025',
      day('2025-07-01'),
      day('2025-09-30'),
    ]);
    expect(
      changes.all.map((c) => [
        c.action.id,
        c.change.kind,
        c.change.from.label?.label,
        c.change.to.label?.label,
        c.change.date,
      ]),
    ).toEqual([
      [recruit!.id, 'worse', 'Green', 'Amber', '2025-09-15'],
      [checks.id, 'completed', 'Green', 'Blue', '2025-07-20'],
    ]);
    expect(changes.pages.map((p) => [p.href, p.groups.map((g) => g.kind)])).toEqual([
      ['/action-plan/changes/', ['worse', 'completed']],
    ]);
  });

  it('follows action_plan.reporting_period: a month holds only September’s change', () => {
    const { changes } = withSite('  as_at: 2025-09-30\n', '  as_at: 2025-09-30\n  reporting_period: month\n');
    expect(changes.period.inWords).toBe('September 2025');
    expect(changes.all.map((c) => c.action.id)).toEqual([recruit!.id]);
  });

  it('gives the board pack the same changes, for the year’s period', () => {
    const pack = model.scorecards.get('2025-26').exceptions;
    expect([pack.asOf, pack.since]).toEqual([day('2025-09-30'), day('2025-07-01')]);
    expect(pack.changed).toEqual(model.changes.all);
  });
});
