/**
 * An action's status over time, from its dated progress updates: each date its status or percent
 * complete changed, from what to what, and what changed in a span of days (since the last update,
 * or in the last reporting period). Statuses are compared by the council's label, so a change from
 * "Green" to "Amber" is a change even where a scale gives two labels the same meaning.
 *
 * Where the row's own status or percent differs from what its newest update recorded, it changed
 * after that update on a day no update records: the step is kept, undated, with the date it came
 * after, rather than given a date the council did not write. A row whose updates record no status
 * or percent at all has no timeline: where it stands is all that is known.
 */
import type { Action } from '../loader/model.ts';
import type { ActionStatus } from '../schemas/actions.ts';
import type { StatusLabel } from '../schemas/site-action-plan.ts';

/** Where an action stood: its status (the council's label) and percent complete, each if known. */
export interface Reading {
  label: StatusLabel | undefined;
  percent: number | undefined;
}

export interface TimelineStep {
  /** The date of the update(s) that recorded it; undefined when no update records the day. */
  date: string | undefined;
  /** For an undated step, the date of the newest update that recorded a status or percent before it. */
  after: string | undefined;
  from: Reading;
  to: Reading;
  statusChanged: boolean;
  percentChanged: boolean;
}

export interface StatusHistory {
  /** Oldest first: every change of status or percent, the first one reported included. */
  steps: TimelineStep[];
  /** The step at which the status last changed (it may be undated). */
  lastStatusChange: TimelineStep | undefined;
  /** The date of the newest update that recorded a status or percent complete. */
  lastRecorded: string | undefined;
}

/** How a span of days left an action, judged by the states its labels stand for. */
export const CHANGE_KINDS = ['worse', 'improved', 'completed', 'new', 'other'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  /** Where it stood when the span began, and at its end. */
  from: Reading;
  to: Reading;
  /** The steps in the span, oldest first (at least one). */
  steps: TimelineStep[];
  /** The last step's date, or for an undated last step the date it came after. */
  date: string | undefined;
  /** True when the last step is undated: it came after `date`, on a day no update records. */
  undated: boolean;
}

const sameLabel = (a: StatusLabel | undefined, b: StatusLabel | undefined): boolean =>
  a?.label.toLowerCase() === b?.label.toLowerCase();

/** What differs between two readings: the status (by label), the percent complete, either or both. */
export function differs(from: Reading, to: Reading): { status: boolean; percent: boolean } {
  return {
    status: to.label !== undefined && !sameLabel(from.label, to.label),
    percent: to.percent !== undefined && from.percent !== to.percent,
  };
}

function step(
  date: string | undefined,
  after: string | undefined,
  from: Reading,
  to: Reading,
): TimelineStep | undefined {
  const { status: statusChanged, percent: percentChanged } = differs(from, to);
  if (!statusChanged && !percentChanged) return undefined;
  return { date, after, from, to, statusChanged, percentChanged };
}

export function statusHistory(action: Pick<Action, 'updates' | 'statusLabel' | 'percent_complete'>): StatusHistory {
  // Oldest first, ties in the order written: the last one on a day giving a value wins.
  const byDate = action.updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => a.update.date.localeCompare(b.update.date) || a.index - b.index)
    .map(({ update }) => update);
  const steps: TimelineStep[] = [];
  let now: Reading = { label: undefined, percent: undefined };
  let lastRecorded: string | undefined;
  for (let i = 0; i < byDate.length;) {
    const date = byDate[i]!.date;
    let next = now;
    for (; i < byDate.length && byDate[i]!.date === date; i += 1) {
      const u = byDate[i]!;
      next = { label: u.statusLabel ?? next.label, percent: u.percent_complete ?? next.percent };
      if (u.statusLabel !== undefined || u.percent_complete !== undefined) lastRecorded = date;
    }
    const found = step(date, undefined, now, next);
    if (found) steps.push(found);
    now = next;
  }
  const current: Reading = {
    label: action.statusLabel ?? now.label,
    percent: action.percent_complete ?? now.percent,
  };
  // Only a change from something recorded: a row's status with no update before it is where it
  // stands (its page says so), not a change over time.
  const undated = lastRecorded === undefined ? undefined : step(undefined, lastRecorded, now, current);
  if (undated) steps.push(undated);
  return { steps, lastStatusChange: steps.findLast((s) => s.statusChanged), lastRecorded };
}

/** The day a step is known to have happened by, or after: its date, else the date it came after. */
const stepDay = (s: TimelineStep): string | undefined => s.date ?? s.after;

/** How much a state worries a reader: off track most, then at risk; the rest not at all. */
const CONCERN: Record<ActionStatus, number> = {
  'not started': 0,
  'on track': 0,
  complete: 0,
  'at risk': 1,
  'off track': 2,
};

function kindOf(from: Reading, to: Reading): ChangeKind {
  const was = from.label?.means;
  const is = to.label?.means;
  if (was === undefined) return is === undefined ? 'other' : 'new';
  if (is === undefined || was === is) return 'other';
  if (is === 'complete') return 'completed';
  if (was === 'complete' || CONCERN[is] > CONCERN[was]) return 'worse';
  if (CONCERN[is] < CONCERN[was] || was === 'not started') return 'improved';
  return 'other';
}

/**
 * What changed after `since` (exclusive) up to `until` (inclusive), both `YYYY-MM-DD`: undefined when
 * nothing did. An undated step counts when the update it came after falls in the span: it happened
 * after that and by the day the plan is judged on. With nothing recorded before it, it cannot be
 * placed in any span.
 */
export function changeBetween(history: StatusHistory, since: string, until: string): Change | undefined {
  const inSpan = history.steps.filter((s) => {
    const day = stepDay(s);
    return day !== undefined && day > since && day <= until;
  });
  return inSpan.length === 0 ? undefined : changeOf(inSpan);
}

/** The net change over consecutive steps (at least one). */
function changeOf(steps: TimelineStep[]): Change {
  const from = steps[0]!.from;
  const last = steps.at(-1)!;
  return {
    kind: kindOf(from, last.to),
    from,
    to: last.to,
    steps,
    date: stepDay(last),
    undated: last.date === undefined,
  };
}

/**
 * What the newest update that recorded a status or percent changed, from where the updates before
 * it had left the action, with any undated change after it. Undefined when it changed nothing.
 */
export function changeSinceLastUpdate(history: StatusHistory): Change | undefined {
  const last = history.lastRecorded;
  if (last === undefined) return undefined;
  const steps = history.steps.filter((s) => (s.date ?? s.after) === last);
  return steps.length === 0 ? undefined : changeOf(steps);
}
