/**
 * Staleness: content that was right when it was written but has gone out of date. These are
 * warnings, never errors: the site still builds, and the check tells editors what to bring up to date.
 * Everything is judged against `context.today` (BUILD_DATE, or today), so the result does not
 * depend on the calendar in tests.
 */
import type { LoadedFiles } from '../types.ts';
import { ProblemList } from '../located.ts';
import type { Problem } from '../problems.ts';
import type { RuleContext } from '../types.ts';
import {
  addDays,
  daysBetween,
  describePeriod,
  followingYear,
  formatDate,
  parseIsoDate,
  parseTimescale,
  reportingCalendar,
  MONTHS,
  type Period,
  type ReportingCalendar,
} from '../../lib/calendar/index.ts';
import type { StalenessPolicy } from '../../schemas/site-policy.ts';
import { planDate } from '../../lib/action-plan/as-at.ts';
import { statusScale } from '../../lib/action-plan/status-scale.ts';
import { keyedActionRows, type KeyedRow } from '../action-rows.ts';
import { readActionRow } from '../read-action-row.ts';

/** How a message names an action: by the id or reference the file gives it, else by its own words. */
function messageName({ row, key }: KeyedRow): string {
  return row.id !== undefined || row.ref !== undefined ? `action ${key}` : `the action "${row.action}"`;
}

/** The council's periods (policy.staleness in site.yaml) and its reporting years. */
interface Timing {
  rules: StalenessPolicy;
  calendar: ReportingCalendar;
}

export function staleness(files: LoadedFiles, context: RuleContext): Problem[] {
  const problems = new ProblemList();
  const timing: Timing = {
    rules: context.policy.staleness,
    calendar: reportingCalendar(MONTHS.indexOf(context.policy.reporting_year_starts) + 1),
  };
  const describe = (year: string, period: Period): string => describePeriod(year, period, timing.calendar.startMonth);
  const due = (year: string, period: Period): string => formatDate(figuresDue(year, period, timing));
  const latestDuePeriod = (year: string, frequency: 'quarterly' | 'annual', today: Date): Period | undefined =>
    latestDue(year, frequency, today, timing);
  const { today } = context;

  // The plan is judged on the day it stands as at (site.yaml's action_plan.as_at), else today.
  const settings = files.site[0]!.data!.action_plan;
  const scale = statusScale(settings.statuses);
  const rows = keyedActionRows(files).map((keyed) => ({ keyed, action: readActionRow(keyed, scale) }));
  const judgedOn = planDate(
    settings.as_at,
    rows.flatMap(({ action }) => action.updates.map((u) => u.date)),
    today,
  ).date;
  for (const { keyed, action } of rows) {
    const due = parseTimescale(action.timescale).due;
    if (!due || due >= judgedOn || action.status === 'complete') continue;
    // An update dated after the plan's day is a slip (the future-dates rule says so): it is not news.
    const latest = action.updates
      .map((u) => u.date)
      .filter((date) => parseIsoDate(date) <= judgedOn)
      .sort()
      .at(-1);
    const since = latest === undefined ? undefined : daysBetween(parseIsoDate(latest), judgedOn);
    if (since !== undefined && since < timing.rules.update_overdue_actions_every_days) continue;
    const lastUpdate =
      latest === undefined
        ? 'it has no progress update'
        : `its last progress update was on ${formatDate(latest)}, ${since} days ago`;
    problems.at(
      keyed.source,
      ['actions', keyed.index, 'timescale'],
      `${messageName(keyed)} was due by ${formatDate(due)} and ${lastUpdate}: add an update under "updates:" saying where it stands, set its status to complete if it is done, or agree a new timescale`,
      'warning',
    );
  }

  for (const f of files.board) {
    const board = f.data;
    if (!board || parseIsoDate(board.next_review) >= today) continue;
    problems.at(
      f.source,
      ['next_review'],
      `the terms of reference were due for review on ${formatDate(board.next_review)}: once the board has reviewed them, change last_reviewed to the date it did and next_review to the next review date`,
      'warning',
    );
  }

  const frequencyOf = new Map<string, 'quarterly' | 'annual'>();
  for (const f of files.indicators) f.data?.forEach((indicator) => frequencyOf.set(indicator.id, indicator.frequency));

  for (const f of files.scorecards) {
    const card = f.data;
    if (!card) continue;
    card.indicators.forEach((row, i) => {
      const frequency = frequencyOf.get(row.indicator);
      if (!frequency) return;
      const expected = latestDuePeriod(card.year, frequency, today);
      if (!expected || row.values.some((v) => v.period === expected)) return;
      problems.at(
        f.source,
        ['indicators', i, 'values'],
        `"${row.indicator}" has no figure for ${describe(card.year, expected)}, due by ${due(card.year, expected)}: add "- period: ${expected}" with its figure, or with symbol: x if it is not available`,
        'warning',
      );
    });
  }

  const newest = [...files.scorecards]
    .filter((f) => f.data)
    .sort((a, b) => a.id.localeCompare(b.id))
    .at(-1);
  if (newest?.data) {
    // In the newest year, an indicator with no row at all is missing its latest period too. Older
    // years are left alone: an indicator added later has no figures for them, and that is fine.
    const year = newest.data.year;
    const rows = new Set(newest.data.indicators.map((row) => row.indicator));
    for (const [indicator, frequency] of frequencyOf) {
      const expected = latestDuePeriod(year, frequency, today);
      if (!expected || rows.has(indicator)) continue;
      problems.at(
        newest.source,
        ['indicators'],
        `"${indicator}" has no row in this scorecard, but its figure for ${describe(year, expected)} was due by ${due(year, expected)}: add "- indicator: ${indicator}" with its values, or with symbol: x if it is not available`,
        'warning',
      );
    }
    const nextYear = followingYear(newest.id);
    if (latestDuePeriod(nextYear, 'quarterly', today)) {
      problems.at(
        newest.source,
        [],
        `there is no scorecard for ${nextYear} yet, but its first quarter's figures were due by ${due(nextYear, 'Q1')}: create it with "npm run new -- scorecard ${nextYear}"`,
        'warning',
      );
    }
  }

  return problems.items;
}

function figuresDue(year: string, period: Period, timing: Timing): Date {
  return addDays(timing.calendar.period(year, period).end, timing.rules.figures_due_days_after_period);
}

/** The latest period of the year whose figures are due by `today`, or undefined if none is yet. */
function latestDue(year: string, frequency: 'quarterly' | 'annual', today: Date, timing: Timing): Period | undefined {
  const periods: Period[] = frequency === 'annual' ? ['year'] : ['Q1', 'Q2', 'Q3', 'Q4'];
  return periods.filter((p) => figuresDue(year, p, timing) <= today).at(-1);
}
