/**
 * What a year's annual report shows of its long lists (issue 15): at 20 times the example the report
 * for the latest year listed 300 actions completed, 940 started, 480 indicators and some 80 meetings
 * with their agendas, 78 kB gzipped against the 14 kB budget. A list up to its limit in PER_PAGE
 * (src/model/paging.ts) is shown in full, as it always was; a longer one is summed up: its count, the
 * few that tell most, and a link to the whole list.
 *
 * The whole list is wherever the site already lists the same thing: the year's scorecard for the
 * indicators, the calendar years' pages of meetings for the meetings, and the action plan's page of
 * complete or overdue actions when it holds exactly the year's list. Otherwise the year's actions get
 * pages of their own, at `/annual-reports/<year>/<list>/`.
 */
import { completedOn, tallyActions } from '../lib/actions.ts';
import type { YearReview } from '../lib/scorecards/year-review.ts';
import type { ActionStatus } from '../schemas/actions.ts';
import type { Lookup } from './lookup.ts';
import { pagesOf, PER_PAGE } from './paging.ts';
import type {
  ActionEntry,
  AnnualActionList,
  AnnualActionListKind,
  AnnualIndicators,
  AnnualLists,
  AnnualMeetings,
  ScorecardEntry,
} from './types.ts';
import { annualListHref, meetingsYearHref, overdueHref, statusHref } from './urls.ts';

/** The action lists of a report, in the order it shows them. */
export const ANNUAL_ACTION_LISTS = [
  'completed',
  'overdue',
  'started',
] as const satisfies readonly AnnualActionListKind[];

export interface AnnualListSources {
  actions: Lookup<ActionEntry>;
  scorecards: Lookup<ScorecardEntry>;
  actionsByStatus: Record<ActionStatus, ActionEntry[]>;
  overdueActions: readonly ActionEntry[];
  stateNames: Record<ActionStatus, string>;
}

const sameActions = (a: readonly ActionEntry[], b: readonly ActionEntry[]): boolean => {
  if (a.length !== b.length) return false;
  const ids = new Set(b.map((action) => action.id));
  return a.every((action) => ids.has(action.id));
};

/** Newest first by `key`, or oldest first; ties keep plan order, and a missing key goes last. */
function byTime(actions: readonly ActionEntry[], key: (a: ActionEntry) => Date | undefined, newest: boolean) {
  const time = (a: ActionEntry): number => key(a)?.getTime() ?? (newest ? -Infinity : Infinity);
  return [...actions].sort((a, b) => (newest ? time(b) - time(a) : time(a) - time(b)));
}

export function annualLists(review: YearReview, sources: AnnualListSources): AnnualLists {
  const entries = (list: readonly { id: string }[]): ActionEntry[] => list.map((a) => sources.actions.get(a.id));
  const lists: Record<AnnualActionListKind, ActionEntry[]> = {
    completed: entries(review.completed),
    overdue: entries(review.overdue),
    started: entries(review.started),
  };
  // A page of the action plan that lists exactly the same actions, which the report links to instead of a copy.
  const samePage: Record<AnnualActionListKind, string | undefined> = {
    completed: sameActions(lists.completed, sources.actionsByStatus.complete) ? statusHref('complete') : undefined,
    overdue: sameActions(lists.overdue, sources.overdueActions) ? overdueHref : undefined,
    started: undefined,
  };
  // The day that orders each list's highlights: completed (latest first), due (longest overdue first).
  const dayOf: Record<AnnualActionListKind, ((a: ActionEntry) => Date | undefined) | undefined> = {
    completed: completedOn,
    overdue: (a) => a.due,
    started: undefined,
  };
  const highlightsOf = (kind: AnnualActionListKind, list: readonly ActionEntry[]): AnnualActionList['highlights'] => {
    const day = dayOf[kind];
    if (day === undefined) return [];
    return byTime(list, day, kind === 'completed')
      .slice(0, PER_PAGE.annualHighlights)
      .map((action) => ({ action, day: day(action) }));
  };

  const actions = ANNUAL_ACTION_LISTS.map((kind): AnnualActionList => {
    const list = lists[kind];
    const summarised = list.length > PER_PAGE.annualActions;
    const pages =
      summarised && samePage[kind] === undefined
        ? pagesOf(list, annualListHref(review.year, kind), PER_PAGE.annualListLines)
        : [];
    return {
      kind,
      actions: list,
      summarised,
      highlights: summarised ? highlightsOf(kind, list) : [],
      tally: tallyActions(list, sources.stateNames),
      fullHref: summarised ? (samePage[kind] ?? pages[0]!.href) : undefined,
      pages,
    };
  });

  const figures = review.figures;
  const red = figures.filter((f) => f.rag === 'red');
  const indicatorsSummarised = figures.length > PER_PAGE.annualIndicators;
  const indicators: AnnualIndicators = {
    summarised: indicatorsSummarised,
    counts: {
      total: figures.length,
      byRag: (['green', 'amber', 'red'] as const)
        .map((rag) => ({ rag, count: figures.filter((f) => f.rag === rag).length }))
        .filter((c) => c.count > 0),
      unrated: figures.filter((f) => f.rag === undefined).length,
    },
    red,
    highlights: indicatorsSummarised ? red.slice(0, PER_PAGE.annualHighlights) : [],
    fullHref: sources.scorecards.find(review.year)?.href,
  };

  const bodies = new Map<string, number>();
  for (const { bodyName } of review.meetings) bodies.set(bodyName, (bodies.get(bodyName) ?? 0) + 1);
  const years = [...new Set(review.meetings.map(({ meeting }) => meeting.date.slice(0, 4)))].sort();
  const meetings: AnnualMeetings = {
    summarised: review.meetings.length > PER_PAGE.annualMeetings,
    total: review.meetings.length,
    byBody: [...bodies].map(([bodyName, count]) => ({ bodyName, count })),
    agendaItems: review.meetings.reduce((n, { meeting }) => n + meeting.agenda.length, 0),
    years: years.map((year) => ({ year, href: meetingsYearHref(year) })),
  };

  return { actions, indicators, meetings };
}
