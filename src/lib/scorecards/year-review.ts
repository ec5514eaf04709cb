/**
 * What the data says of a reporting year, for its annual report: actions completed, overdue and
 * started; each indicator's year-end figure; the meetings held and what they reviewed. Assembled at
 * build from the content, never typed by hand. A year still under way is judged as of the build date.
 */
import type { Action, Content, Meeting } from '../../loader/model.ts';
import { parseIsoDate } from '../dates.ts';
import { parseTimescale } from '../timescale.ts';
import { yearEndFigure, type Figure } from './index.ts';

export interface YearReview {
  year: string;
  /** The last day the review covers: 31 March, or the build date for a year still under way. */
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

export function yearBounds(year: string): { start: Date; end: Date } {
  const first = Number(year.slice(0, 4));
  return { start: new Date(Date.UTC(first, 3, 1)), end: new Date(Date.UTC(first + 1, 2, 31)) };
}

function updateDates(action: Action): Date[] {
  return action.updates.map((u) => parseIsoDate(u.date)).sort((a, b) => a.getTime() - b.getTime());
}

export function yearReview(content: Content, year: string, today: Date): YearReview {
  const { start, end } = yearBounds(year);
  const asOf = today.getTime() < end.getTime() ? today : end;
  const within = (date: Date | undefined): boolean =>
    date !== undefined && date.getTime() >= start.getTime() && date.getTime() <= asOf.getTime();
  const completedOn = (action: Action): Date | undefined =>
    action.status === 'complete' ? (updateDates(action).at(-1) ?? parseTimescale(action.timescale).due) : undefined;

  const completed = content.actions.filter((a) => within(completedOn(a)));
  const overdue = content.actions.filter((a) => {
    const { due } = parseTimescale(a.timescale);
    if (due === undefined || due.getTime() >= asOf.getTime()) return false;
    const done = completedOn(a);
    return done === undefined || done.getTime() > asOf.getTime();
  });
  const started = content.actions.filter((a) => a.status !== 'not started' && within(updateDates(a)[0]));

  const card = content.scorecards.find((s) => s.year === year);
  const figures = (card?.indicators ?? [])
    .map((row) => yearEndFigure(content, row.indicator, year))
    .filter((f): f is Figure => f !== undefined);

  const names = new Map(content.board.subgroups.map((g) => [g.id, g.name]));
  const meetings = content.meetings
    .filter((m) => within(parseIsoDate(m.date)))
    .map((meeting) => ({
      meeting,
      bodyName: meeting.body === 'board' ? content.board.name : (names.get(meeting.body) ?? meeting.body),
    }));

  return { year, asOf, completed, overdue, started, figures, meetings };
}
