/**
 * The site model's shapes: the content as pages show it, with every reference resolved, every
 * address made and every derived fact (overdue, latest update, figures, reporting years) worked out
 * once per build. Pages pick their slice; components receive these values and only render them.
 */
import type { Lookup } from './lookup.ts';
import type { ListPage } from './paging.ts';
import type { PageDates } from './page-dates.ts';
import type { SiteChrome } from './site-chrome.ts';
import type {
  Action,
  AnnualReport,
  Content,
  GlossaryTerm,
  Indicator,
  Meeting,
  Objective,
  ProgressUpdate,
  Role,
  Scorecard,
  YoungPeoplePage,
} from '../loader/model.ts';
import type { ActionTally } from '../lib/actions.ts';
import type { Period, ReportingCalendar, ReportingWindow, ReportingYear } from '../lib/calendar/index.ts';
import type { RagCounts } from '../lib/scorecards/rag-counts.ts';
import type { Figure, FigureIndex, Rag } from '../lib/scorecards/index.ts';
import type { YearReview } from '../lib/scorecards/year-review.ts';
import type { ActionStatus } from '../schemas/actions.ts';
import type { ActionReferenceMode, StatusLabel } from '../schemas/site-action-plan.ts';
import type { PlanDate } from '../lib/action-plan/as-at.ts';
import type { StatusScale } from '../lib/action-plan/status-scale.ts';
import type { FigureNotes } from '../lib/scorecards/page-notes.ts';
import type { LeadList } from './urls.ts';
import type { Change, ChangeKind, StatusHistory } from './status-history.ts';
import type { ActionArising, AgendaItem } from '../schemas/meetings.ts';
import type { Subgroup } from '../schemas/board.ts';

/** The footnote for each GSS symbol a page uses. */
export type SymbolNotes = Record<'c' | 'x' | 'z' | 'low' | 'r' | 'p', string>;

/** A figure a scorecard row is compared with, and how readers see it named. */
export interface ComparatorLabel {
  /** The key scorecards give its figures under (declared in site.yaml's `comparators:`). */
  key: string;
  label: string;
  /** How it reads mid-sentence ("the region"), when not as its label. */
  inASentence?: string | undefined;
}

/** A role, with the address of its page. */
export interface RoleEntry extends Role {
  href: string;
}

export interface ObjectiveEntry extends Objective {
  href: string;
  leadRoles: RoleEntry[];
  /** Its action plan rows, in number order. */
  actions: ActionEntry[];
  /** The same rows in pages: its own page holds the first (src/model/paging.ts). */
  actionPages: ListPage<ActionEntry>[];
  actionTally: ActionTally;
  /** The indicators it lists, in its order (the home page's glance). */
  listedIndicators: IndicatorEntry[];
  /** Every indicator that tracks it: those that name it and those it lists, in indicators.yaml order. */
  trackedBy: IndicatorEntry[];
  /** Its listed indicators by RAG rating at their latest figures. */
  ragCounts: RagCounts;
  /** The young people's page about it, when there is one. */
  youngPeopleHref: string | undefined;
  /** The newest date among the strategy's review, its actions' updates and its indicators' scorecards. */
  updated: string;
}

export interface ActionEntry extends Action {
  /** The reference readers see, as site.yaml's action_plan.references says: "4.01.01", "A3", "3.4", or none. */
  reference: string | undefined;
  /** "Action 4.01.01"; the action itself when it shows no reference. */
  label: string;
  href: string;
  /** Its row in the action plan: on (the right page of) its objective's page. */
  planHref: string;
  /** The id of that row. */
  anchor: string;
  /** The last day it is due; undefined for ongoing actions. */
  due: Date | undefined;
  /** "By 31 March 2026", "January to March 2026", "Ongoing". */
  timescaleLabel: string;
  /** Past its due date and not complete, on the day the plan is judged (`SiteModel.actionPlan.judgedOn`). */
  overdue: boolean;
  /** Its progress updates, newest first. */
  updatesNewestFirst: ProgressUpdate[];
  latestUpdate: ProgressUpdate | undefined;
  leadRoles: RoleEntry[];
  /** Each lead's team and directorate ("Fostering, Children's Services"), when the plan shows them. */
  leadOrganisation: string[] | undefined;
  objectiveEntry: ObjectiveEntry;
  indicatorEntries: IndicatorEntry[];
  /** Agenda items that review it, oldest meeting first. */
  reviews: AgendaEntry[];
  /** Its status and percent complete over time, from its dated updates (src/model/status-history.ts). */
  history: StatusHistory;
  /** What its newest update recording a status or percent changed, if anything. */
  lastUpdateChange: Change | undefined;
}

/** An action, with what changed in a span of days. */
export interface ActionChange {
  action: ActionEntry;
  change: Change;
}

export interface ChangeGroup {
  kind: ChangeKind;
  items: ActionChange[];
}

/** "What changed" in the last reporting period (src/model/plan-changes.ts). */
export interface PlanChanges {
  /** The reporting period the plan's date falls in. */
  period: ReportingWindow;
  /** The span judged: the period's first day up to the plan's date. */
  from: Date;
  to: Date;
  /** Every change, in group order (worse, improved, completed, newly reported, other), newest first in each. */
  all: ActionChange[];
  /** The same in pages, each page's changes under their groups' headings. */
  pages: (ListPage<ActionChange> & { groups: ChangeGroup[] })[];
}

export interface IndicatorEntry extends Indicator {
  href: string;
  /** Every figure, oldest first. */
  figures: readonly Figure[];
  latest: Figure | undefined;
  objectiveEntry: ObjectiveEntry | undefined;
  leadRoles: RoleEntry[];
  /** Each year's commentary, newest year first. */
  commentary: { year: string; text: string }[];
  /** When the newest scorecard reporting it was updated. */
  updated: string | undefined;
  /** What its page explains below the figures: symbols, revisions, comparators from earlier years. */
  figureNotes: FigureNotes;
}

/** One agenda item of one meeting. */
export interface AgendaEntry {
  meeting: MeetingEntry;
  item: AgendaItem;
  leadRoles: RoleEntry[];
  /** The actions and indicators it reviews, as links. */
  reviews: { href: string; label: string }[];
}

/** An action a meeting agreed, with whether it is done. */
export interface ArisingEntry {
  meeting: MeetingEntry;
  arising: ActionArising;
  owner: RoleEntry;
  /** Done, overdue (past its due date and not done) or open, as of the build date. */
  state: 'done' | 'overdue' | 'open';
}

export interface MeetingEntry extends Meeting {
  /** The board's name or the sub-group's. */
  bodyName: string;
  anchor: string;
  href: string;
  agendaEntries: AgendaEntry[];
  arisingEntries: ArisingEntry[];
}

/** Everything one role leads, chairs, presents or owns. */
export interface RoleResponsibilities {
  role: RoleEntry;
  objectives: ObjectiveEntry[];
  actions: ActionEntry[];
  indicators: IndicatorEntry[];
  subgroups: Subgroup[];
  /** The board itself, when the role chairs or vice-chairs it. */
  board: ('chair' | 'vice chair')[];
  agendaItems: AgendaEntry[];
  arising: ArisingEntry[];
  /** The newest date among the strategy's review, its actions' updates, its indicators' scorecards and its meetings held. */
  updated: string;
  /** Its unfinished actions and what meetings asked of it, overdue first (see worklist.ts). */
  worklist: WorkItem[];
  /** Its actions in pages (src/model/paging.ts), the first at the role's own page. */
  actionPages: ListPage<ActionEntry>[];
  /** Its lists too long for its own page, in pages of their own (src/model/lead-lists.ts). */
  longLists: LeadLongLists;
  /** What its page says of the agenda items and actions from meetings it does not list. */
  listCounts: LeadListCounts;
}

/** What each of a lead's long lists holds. */
export interface LeadListItems {
  'to-do': WorkItem;
  'agenda-items': AgendaEntry;
  arising: ArisingEntry;
  indicators: IndicatorEntry;
}

/** A role's lists too long for its own page, each in pages of its own; a list that fits is not here. */
export type LeadLongLists = { [K in LeadList]?: ListPage<LeadListItems[K]>[] };

/** What a lead's page says of a list it does not show in full. */
export interface LeadListCounts {
  /** The meetings its agenda items are at, and how many of the items are at meetings still to come. */
  agendaMeetings: number;
  agendaItemsToCome: number;
  /** Its actions from meetings by where they stand. */
  arising: Record<ArisingEntry['state'], number>;
}

/** One page of one of a role's long lists, with which list it is, so a page knows how to show its items. */
export type LeadListPage = { [K in LeadList]: { list: K; page: ListPage<LeadListItems[K]> } }[LeadList];

/** One thing a role has still to do: an action it leads, or an action a meeting agreed it owns. */
export interface WorkItem {
  kind: 'action' | 'meeting';
  /** What is to be done. */
  what: string;
  /** The action's own page, or the meeting that agreed it. */
  href: string;
  action?: ActionEntry;
  meeting?: MeetingEntry;
  /** The last day it is due; undefined for ongoing actions. */
  due: Date | undefined;
  overdue: boolean;
  /** The latest progress update's date, for actions that have one. */
  lastUpdate: string | undefined;
  /** Days since that update (or undefined when there is none). */
  daysSinceUpdate: number | undefined;
  /** An action with no progress update for the staleness period, or none at all. */
  stale: boolean;
}

export interface ScorecardEntry extends Scorecard {
  href: string;
  csvHref: string;
  jsonHref: string;
  reportingYear: ReportingYear;
  /** Each row's latest figure in the year, in the scorecard's order. */
  figures: Figure[];
  /** What the page explains below the figures: symbols, revisions, comparators from earlier years. */
  figureNotes: FigureNotes;
  /** Those figures under their objectives, objectives in number order, empty ones left out. */
  byObjective: { objective: ObjectiveEntry; figures: Figure[] }[];
  /** The year as the board reads it: a table per objective and the summary above them. */
  board: ScorecardBoard;
  /** The action plan's exceptions in the year, for the board pack. */
  exceptions: ActionExceptions;
  /** The board pack's page, which `npm run pack` prints. */
  packHref: string;
  /**
   * A page per objective, for a year with more rows than one page holds (src/model/scorecard-sections.ts):
   * the year's own page is then its summary. Undefined when the year is one page.
   */
  sections: ScorecardSection[] | undefined;
  /** How many of its indicators are green, amber, red or not rated at their latest figure in the year. */
  ratingCounts: RagCounts;
  /**
   * The board pack's pages after its contents, for a year split into sections
   * (src/model/board-pack-sections.ts). Undefined when the year, and so its pack, is one page.
   */
  pack: BoardPackSections | undefined;
}

/** The actions a board pack lists. */
export interface ActionExceptions {
  /** The day they are judged on: the plan's date, or the year's last day for a year that has ended. */
  asOf: Date;
  /** The first day of the reporting period `asOf` falls in: "changed" means changed from then on. */
  since: Date;
  overdue: ActionEntry[];
  offTrack: ActionEntry[];
  /** Each action whose status or percent changed from `since` to `asOf`, from what to what. */
  changed: ActionChange[];
}

/** A period column: "Q1" with its months, or the year for annual figures. */
export interface BoardPeriod {
  period: Period;
  /** "Q1", or "Year". */
  short: string;
  /** "April to June 2026", or "April 2026 to March 2027". */
  inWords: string;
}

/** A comparator's figure on a row: its value and the reporting year it is for. */
export interface BoardComparator {
  key: string;
  label: string;
  /** Undefined when not published: tables show [x]. */
  value: number | undefined;
  /** The reporting year the figure belongs to ("2024-25"). */
  year: string;
  /** True when a later release revised it: shown [r]. */
  revised: boolean;
  /** The figure as first published, when revised. */
  firstPublished: number | undefined;
}

export interface BoardRow {
  indicator: IndicatorEntry;
  /** One per period column, in the columns' order; undefined where the indicator has no figure for it. */
  cells: (Figure | undefined)[];
  /** The latest figure in the year: its rating and change are the row's. */
  latest: Figure | undefined;
  /** The figure for the period before the latest (which may be last year's), if there is one. */
  previous: Figure | undefined;
  /** The rating moved between the previous period and the latest, both rated. */
  ratingChanged: boolean;
  comparators: BoardComparator[];
  /** The row's id on the page, which the summary links to. */
  anchor: string;
}

export interface ScorecardBoard {
  periods: BoardPeriod[];
  byObjective: { objective: ObjectiveEntry; rows: BoardRow[] }[];
  red: BoardRow[];
  amber: BoardRow[];
  changed: BoardRow[];
  /** Every rating shown, for the key: only the ratings the page uses are explained. */
  ratings: Rag[];
}

/** A long year's objective, with its own page or pages (src/model/scorecard-sections.ts). */
/** How an objective's indicators stood at their latest figure in the year. */
export interface SectionCounts {
  total: number;
  green: number;
  amber: number;
  red: number;
  unrated: number;
  /** Those whose rating moved since the period before. */
  changed: number;
}

export interface ScorecardSection {
  objective: ObjectiveEntry;
  /**
   * Its pages' title, naming the objective by number ("Scorecard 2025-26: Objective 4"): the h1 has its
   * name, which with the year, the page number and the council's name can run past what a browser's tab
   * or a search result shows (verify allows 120 characters).
   */
  title: string;
  /** Its first page: the objective's table, at `/scorecards/<year>/<objective>/`. */
  href: string;
  counts: SectionCounts;
  /** The year's board restricted to this objective: its summary and key name only its rows. */
  board: ScorecardBoard;
  /** Its rows in pages of PER_PAGE.scorecardRows (one page unless it has more), each with its rows' board. */
  pages: (ListPage<BoardRow> & { board: ScorecardBoard })[];
  /** The notes under its table: symbols and the revisions behind each [r] among its figures. */
  figureNotes: FigureNotes;
  /** Where each of its rows is: the page holding it and the row's anchor, by indicator id. */
  rowHrefs: Record<string, string>;
}

/** The groups of the board pack's exceptions, in order (src/model/board-pack-sections.ts). */
export type ExceptionGroup = 'overdue' | 'offTrack' | 'changed';

/** One row of the exceptions: an action overdue or off track, or an action's change in the period. */
export type ExceptionRow =
  { group: 'overdue' | 'offTrack'; action: ActionEntry } | { group: 'changed'; change: ActionChange };

/** A group's part of one page of the exceptions: its heading, and its rows on that page. */
export type ExceptionsPageGroup = {
  /** The id of its heading on this page (unique across the pages). */
  anchor: string;
  /** How many the group has on every page together: its heading's count. */
  total: number;
  /** True on every page of the group but the one it starts on. */
  continued: boolean;
} & ({ group: 'overdue' | 'offTrack'; actions: ActionEntry[] } | { group: 'changed'; changes: ActionChange[] });

export interface ExceptionsPage extends ListPage<ExceptionRow> {
  /** The id of the page's heading. */
  anchor: string;
  /**
   * The groups with rows on this page, in order; a group with none is on the page where its rows
   * would begin (so each says "None." once, in its place).
   */
  groups: ExceptionsPageGroup[];
}

export interface BoardPackObjective {
  /** The scorecard's section for the objective: its objective, counts, board and notes. */
  section: ScorecardSection;
  /** Its pages' title, naming the objective by number, as the scorecard's section does: "Board pack 2025-26: Objective 4". */
  title: string;
  /** Its first page. */
  href: string;
  /** Its rows in pages of PER_PAGE.scorecardRows, each with its rows' board and its heading's id. */
  pages: (ListPage<BoardRow> & { board: ScorecardBoard; anchor: string })[];
  /** Where each of its rows is in the pack: the page holding it and the row's anchor, by indicator id. */
  rowHrefs: Record<string, string>;
}

export interface BoardPackSections {
  objectives: BoardPackObjective[];
  exceptions: {
    href: string;
    pages: ExceptionsPage[];
    /** Where each group's heading first is: its page and anchor. */
    groupHrefs: Record<ExceptionGroup, string>;
    /** How many rows each group has. */
    totals: Record<ExceptionGroup, number>;
  };
  /** Every page after the contents, in the order the printed pack has them. */
  hrefs: string[];
}

export interface AnnualReportEntry extends AnnualReport {
  href: string;
  reportingYear: ReportingYear;
  review: YearReview;
  /** The review's lists as the report shows them: in full, or summed up with a link to the whole list. */
  lists: AnnualLists;
}

/** A year's lists of actions on its annual report (src/model/annual-lists.ts). */
export type AnnualActionListKind = 'completed' | 'overdue' | 'started';

export interface AnnualActionList {
  kind: AnnualActionListKind;
  /** Every action of the list, in plan order. */
  actions: ActionEntry[];
  /** Longer than the report shows in full (PER_PAGE.annualActions): the report sums it up. */
  summarised: boolean;
  /**
   * When summarised, the few the report names (at most PER_PAGE.annualHighlights), each with the day
   * it was completed or was due: the latest completed first, the longest overdue first; none for the
   * started, which are counted by status.
   */
  highlights: { action: ActionEntry; day: Date | undefined }[];
  /** How the list's actions stand now, by status. */
  tally: ActionTally;
  /** When summarised, where the whole list is: its own first page, or the action plan's page of the same actions. */
  fullHref: string | undefined;
  /** Its own pages (src/model/paging.ts), when it is summarised and no other page lists the same actions; otherwise none. */
  pages: ListPage<ActionEntry>[];
}

export interface AnnualIndicators {
  /** More rows than the report shows in full (PER_PAGE.annualIndicators). */
  summarised: boolean;
  /** The year-end figures by rating. */
  counts: RagCounts;
  /** The year-end figures rated red, in scorecard order. */
  red: Figure[];
  /** When summarised, the red the report shows (at most PER_PAGE.annualHighlights). */
  highlights: Figure[];
  /** The year's scorecard, which has every indicator. */
  fullHref: string | undefined;
}

export interface AnnualMeetings {
  /** More meetings than the report shows in full with their agendas (PER_PAGE.annualMeetings). */
  summarised: boolean;
  total: number;
  /** How many each body held, in the order of their first meeting in the year. */
  byBody: { bodyName: string; count: number }[];
  agendaItems: number;
  /** The calendar years the meetings fall in, whose pages list them with their agendas, oldest first. */
  years: { year: string; href: string }[];
}

export interface AnnualLists {
  actions: AnnualActionList[];
  indicators: AnnualIndicators;
  meetings: AnnualMeetings;
}

export interface YoungPeoplePageEntry extends YoungPeoplePage {
  href: string;
  /** The objective it explains (kind: objective). */
  objectiveEntry: ObjectiveEntry | undefined;
}

/**
 * A progress update with words, with the action it belongs to. Updates that only record a status
 * (a quarter's RAG with no commentary) show on their action's page, not in the lists of news.
 */
export type UpdateEntry = ProgressUpdate & { text: string; action: ActionEntry };

/** How the council writes its action plan (site.yaml's action_plan), resolved once. */
export interface ActionPlanView {
  references: ActionReferenceMode;
  scale: StatusScale;
  /** The day overdue is judged on, and where that date comes from. */
  judgedOn: PlanDate;
  /** Show each lead's directorate and team in the plan. */
  showOrganisation: boolean;
  /** Each state as readers see it named: "Green (on track)", or "on track" on the default scale. */
  stateNames: Record<ActionStatus, string>;
}

export type { StatusLabel };

export interface UpdateMonth {
  /** "November 2026". */
  label: string;
  anchor: string;
  updates: UpdateEntry[];
}

/** One page of a year's updates: newest month first, each month's updates newest first. */
export interface UpdatePage extends ListPage<UpdateEntry> {
  months: UpdateMonth[];
  /** Its newest update's date: the page's "last updated". */
  newest: string;
}

export interface UpdateYear {
  year: string;
  href: string;
  /** The year's updates in pages, newest first (one page unless the year has more than a page holds). */
  pages: UpdatePage[];
  count: number;
  /** The newest update's date: the year page's "last updated". */
  newest: string;
}

/** A calendar year's meetings: one page each, so no page of meetings grows without bound. */
export interface MeetingYear {
  year: string;
  href: string;
  /** Oldest first, as a forward plan reads. */
  meetings: MeetingEntry[];
  /** As its page shows them: the forward plan (oldest first), then those held (newest first), in pages. */
  pages: ListPage<MeetingEntry>[];
}

export interface SiteModel {
  /** The day the site is built as of: upcoming meetings and stale figures are judged against it. */
  today: Date;
  /** The action plan's settings, and the day its actions are judged overdue on. */
  actionPlan: ActionPlanView;
  content: Content;
  site: Content['site'];
  calendar: ReportingCalendar;
  /** What figures are compared with, in the order tables show them. */
  comparators: ComparatorLabel[];
  /** What each GSS symbol means, [c] under the council's small-number rule. */
  symbolNotes: SymbolNotes;
  /** What every page's frame shows: the council, navigation, contact, default review dates. */
  chrome: SiteChrome;
  roles: Lookup<RoleEntry>;
  objectives: Lookup<ObjectiveEntry>;
  actions: Lookup<ActionEntry>;
  indicators: Lookup<IndicatorEntry>;
  /** Oldest first. */
  meetings: Lookup<MeetingEntry>;
  /** On or after today, oldest first. */
  upcomingMeetings: MeetingEntry[];
  /** Before today, newest first. */
  pastMeetings: MeetingEntry[];
  /** Every meeting by calendar year, newest year first (each year's oldest first): one page each. */
  meetingYears: MeetingYear[];
  /** Oldest year first. */
  scorecards: Lookup<ScorecardEntry>;
  annualReports: Lookup<AnnualReportEntry>;
  youngPeople: YoungPeoplePageEntry[];
  glossary: GlossaryTerm[];
  figures: FigureIndex;
  /** Counts of all actions by status, and how many are overdue. */
  actionTally: ActionTally;
  /** Actions with each status, and overdue ones, in plan order (not yet reported ones in neither). */
  actionsByStatus: Record<ActionStatus, ActionEntry[]>;
  overdueActions: ActionEntry[];
  /** "What changed" in the last reporting period, on its own pages and in the board pack. */
  changes: PlanChanges;
  /** The same lists in pages, as the status and overdue views show them (src/model/paging.ts). */
  statusPages: Record<ActionStatus, ListPage<ActionEntry>[]>;
  overduePages: ListPage<ActionEntry>[];
  /** Every progress update, newest first (ties in action number order). */
  updates: UpdateEntry[];
  /** The same updates by calendar year, newest year first: one page each. */
  updateYears: UpdateYear[];
  /** The roles that lead anything, in roles.yaml order, with what they lead. */
  responsibilities: RoleResponsibilities[];
  /** "Last updated" for the pages that list many things: the newest date among what each shows. */
  pageDates: PageDates;
}
