/**
 * What the data says of a reporting year, for its annual report: actions completed, overdue and
 * started; each indicator's year-end figure; the meetings held and what they reviewed. Assembled at
 * build from the content, never typed by hand. A year still under way is judged as of the build date.
 */
import type { Action, Content, Meeting } from '../../loader/model.ts';
import { completedOn, wasOverdueOn } from '../actions.ts';
import { parseIsoDate, type ReportingYear } from '../calendar/index.ts';
import { meetingBodyName } from '../meetings.ts';
import type { FigureIndex } from './figure-index.ts';
import type { Figure } from './indicator-figures.ts';

export interface YearReview {
  year: string;
  /** The last day the review covers: the year's last day, or the build date for a year still under way. */
  asOf: Date;
  /** Completed in the year (the date of the last progress update of a complete action). */
  completed: Action[];
  /** Past their due date at `asOf` without being complete by then. */
  overdue: Action[];
  /** Whose first progress update falls in the year. */
  started: Action[];
  figures: Figure[];
  meetings: { meeting: Meeting; bodyName: string }[];
}

function firstUpdate(action: Action): Date | undefined {
  const first = action.updates
    .map((u) => u.date)
    .sort()
    .at(0);
  return first === undefined ? undefined : parseIsoDate(first);
}

export function yearReview(content: Content, figures: FigureIndex, year: ReportingYear, today: Date): YearReview {
  const { label, start, end } = year;
  const asOf = today.getTime() < end.getTime() ? today : end;
  const within = (date: Date | undefined): boolean =>
    date !== undefined && date.getTime() >= start.getTime() && date.getTime() <= asOf.getTime();

  const completed = content.actions.filter((a) => within(completedOn(a)));
  const overdue = content.actions.filter((a) => wasOverdueOn(a, asOf));
  const started = content.actions.filter((a) => a.status !== 'not started' && within(firstUpdate(a)));

  const card = content.scorecards.find((s) => s.year === label);
  const yearEnd = (card?.indicators ?? [])
    .map((row) => figures.yearEnd(row.indicator, label))
    .filter((f): f is Figure => f !== undefined);

  const meetings = content.meetings
    .filter((m) => within(parseIsoDate(m.date)))
    .map((meeting) => ({ meeting, bodyName: meetingBodyName(content.board, meeting.body) }));

  return { year: label, asOf, completed, overdue, started, figures: yearEnd, meetings };
}
