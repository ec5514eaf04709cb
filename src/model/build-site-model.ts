/**
 * The site model: the loaded content indexed and derived once for a given day. Every reference is
 * resolved to its entry, every address made, and every fact pages show (overdue, latest update,
 * figures, reporting years, who leads what, which meetings review an action) worked out here, in
 * passes that grow with the content. Pages then take their slice; none scans the content again.
 */
import type { Content } from '../loader/model.ts';
import {
  allUpdatesNewestFirst,
  groupByObjective,
  isOverdue,
  tallyActions,
  updatesNewestFirst,
} from '../lib/actions.ts';
import { MONTHS, parseTimescale, reportingCalendar, toIsoDate } from '../lib/calendar/index.ts';
import { words } from '../i18n/index.ts';
import { buildFigureIndex, type Figure } from '../lib/scorecards/index.ts';
import { ragCounts } from '../lib/scorecards/rag-counts.ts';
import { figureNotes } from '../lib/scorecards/page-notes.ts';
import { yearReview } from '../lib/scorecards/year-review.ts';
import { ACTION_STATUSES, type ActionStatus } from '../schemas/actions.ts';
import { planDate } from '../lib/action-plan/as-at.ts';
import { statusScale } from '../lib/action-plan/status-scale.ts';
import { lookup } from './lookup.ts';
import { pagesOf, PER_PAGE, type ListPage } from './paging.ts';
import { organisationOf, shownReference } from './action-references.ts';
import { newestDate, pageDates } from './page-dates.ts';
import { updatesByYear } from './updates-by-year.ts';
import { buildMeetings, meetingsByYear, splitMeetings } from './meetings.ts';
import { buildResponsibilities, responsibilityCount } from './responsibilities.ts';
import { actionExceptions } from './action-exceptions.ts';
import { annualLists } from './annual-lists.ts';
import { planChanges } from './plan-changes.ts';
import { changeSinceLastUpdate, statusHistory } from './status-history.ts';
import { worklist } from './worklist.ts';
import { leadListCounts, leadLongLists } from './lead-lists.ts';
import { scorecardBoard } from './scorecard-board.ts';
import { scorecardSections, yearRagCounts } from './scorecard-sections.ts';
import { boardPackSections } from './board-pack-sections.ts';
import { siteChrome } from './site-chrome.ts';
import type {
  ActionEntry,
  ActionPlanView,
  ComparatorLabel,
  AnnualReportEntry,
  IndicatorEntry,
  ObjectiveEntry,
  RoleEntry,
  ScorecardEntry,
  SiteModel,
  UpdateEntry,
  YoungPeoplePageEntry,
} from './types.ts';
import * as urls from './urls.ts';

/** Each indicator's commentary (newest year first) and the date its newest scorecard was updated. */
function scorecardNotes(content: Content): Map<string, { commentary: IndicatorEntry['commentary']; updated?: string }> {
  const notes = new Map<string, { commentary: IndicatorEntry['commentary']; updated?: string }>();
  for (const card of [...content.scorecards].reverse()) {
    for (const row of card.indicators) {
      const note = notes.get(row.indicator) ?? { commentary: [], updated: card.updated };
      if (row.commentary) note.commentary.push({ year: card.year, text: row.commentary });
      notes.set(row.indicator, note);
    }
  }
  return notes;
}

/** The council's comparators (site.yaml's `comparators:`, England, statistical neighbours and region by default), in table order. */
function comparatorLabels(site: Content['site']): ComparatorLabel[] {
  return site.comparators.map(({ key, label, in_a_sentence }) => ({ key, label, inASentence: in_a_sentence }));
}

export function buildSiteModel(content: Content, today: Date): SiteModel {
  // The month the council's reporting years start (site.yaml's policy; April by default).
  const calendar = reportingCalendar(MONTHS.indexOf(content.site.policy.reporting_year_starts) + 1);
  const figures = buildFigureIndex(content);

  const roles = lookup<RoleEntry>(
    content.roles.map((role) => ({ ...role, href: urls.leadHref(role.id) })),
    (r) => r.id,
    'role',
  );

  const youngPeopleObjectives = new Set(
    content.youngPeople.flatMap((page) =>
      page.data.kind === 'objective' && page.data.objective ? [page.data.objective] : [],
    ),
  );
  const objectives = lookup<ObjectiveEntry>(
    content.objectives.map((objective) => ({
      ...objective,
      href: urls.objectiveHref(objective.id),
      leadRoles: objective.lead.map((id) => roles.get(id)),
      actions: [],
      actionPages: [],
      actionTally: tallyActions([]),
      listedIndicators: [],
      trackedBy: [],
      ragCounts: ragCounts(figures, objective.indicators),
      youngPeopleHref: youngPeopleObjectives.has(objective.id)
        ? urls.youngPeopleObjectiveHref(objective.id)
        : undefined,
      updated: content.site.last_reviewed,
    })),
    (o) => o.id,
    'objective',
  );

  const notes = scorecardNotes(content);
  const comparators = comparatorLabels(content.site);
  const councilName = content.site.branding.display_name;
  const indicators = lookup<IndicatorEntry>(
    content.indicators.map((indicator) => {
      const all = figures.all(indicator.id);
      const note = notes.get(indicator.id);
      return {
        ...indicator,
        href: urls.indicatorHref(indicator.id),
        figures: all,
        latest: all.at(-1),
        objectiveEntry: objectives.find(indicator.objective),
        leadRoles: indicator.lead.flatMap((id) => roles.find(id) ?? []),
        commentary: note?.commentary ?? [],
        updated: note?.updated,
        figureNotes: figureNotes(all, comparators, { councilName }),
      };
    }),
    (i) => i.id,
    'indicator',
  );
  for (const objective of objectives.all) {
    const listed = new Set(objective.indicators);
    objective.listedIndicators.push(...objective.indicators.flatMap((id) => indicators.find(id) ?? []));
    objective.trackedBy.push(
      ...indicators.all.filter((indicator) => indicator.objective === objective.id || listed.has(indicator.id)),
    );
  }

  const { meetings: meetingList, reviewsByAction } = buildMeetings(content, roles, indicators, today);
  const meetings = lookup(meetingList, (m) => m.id, 'meeting');
  const { upcoming, past } = splitMeetings(meetingList, today);
  // Before anything reads a meeting's address: a year's page may run over several.
  const meetingYears = meetingsByYear(meetingList, today);

  const settings = content.site.action_plan;
  const scale = statusScale(settings.statuses);
  const actionPlan: ActionPlanView = {
    references: settings.references,
    scale,
    stateNames: Object.fromEntries(
      ACTION_STATUSES.map((state) => [
        state,
        words.actions.stateWithLabels(
          state,
          scale.forState(state).map((l) => l.label),
        ),
      ]),
    ) as Record<ActionStatus, string>,
    judgedOn: planDate(
      settings.as_at,
      content.actions.flatMap((a) => a.updates.map((u) => u.date)),
      today,
    ),
    showOrganisation: settings.show_organisation,
  };
  const judgedOn = actionPlan.judgedOn.date;

  const actions = lookup<ActionEntry>(
    content.actions.map((action) => {
      const timescale = parseTimescale(action.timescale);
      const newestFirst = updatesNewestFirst(action.updates);
      const objectiveEntry = objectives.get(action.objective);
      const reference = shownReference(action, objectiveEntry.number, settings.references);
      const history = statusHistory(action);
      return {
        ...action,
        reference,
        label: reference === undefined ? action.action : words.actions.named(reference),
        href: urls.actionHref(action.id),
        // Set below, once its objective's rows are in pages.
        planHref: '',
        anchor: urls.actionAnchor(action.id),
        due: timescale.due,
        timescaleLabel: timescale.label,
        overdue: isOverdue(action, judgedOn),
        updatesNewestFirst: newestFirst,
        latestUpdate: newestFirst[0],
        leadRoles: action.lead.map((id) => roles.get(id)),
        leadOrganisation: actionPlan.showOrganisation
          ? action.lead.map((id) => organisationOf(roles.get(id)))
          : undefined,
        objectiveEntry,
        indicatorEntries: action.indicators.map((id) => indicators.get(id)),
        reviews: reviewsByAction.get(action.id) ?? [],
        history,
        lastUpdateChange: changeSinceLastUpdate(history),
      };
    }),
    (a) => a.id,
    'action',
  );
  for (const { objective, actions: rows } of groupByObjective(objectives.all, actions.all)) {
    objective.actions.push(...rows);
    objective.actionTally = tallyActions(rows, actionPlan.stateNames);
  }
  for (const objective of objectives.all) {
    objective.actionPages = pagesOf(objective.actions, objective.href, PER_PAGE.actions);
    for (const page of objective.actionPages)
      for (const action of page.items) action.planHref = urls.actionInPlanHref(action.id, page.href);
  }
  for (const objective of objectives.all) {
    objective.updated = newestDate(
      content.site.last_reviewed,
      ...objective.actions.map((a) => a.latestUpdate?.date),
      ...objective.trackedBy.map((i) => i.updated),
    );
  }

  const actionsByStatus = Object.fromEntries(
    ACTION_STATUSES.map((status) => [status, actions.all.filter((a) => a.status === status)]),
  ) as Record<ActionStatus, ActionEntry[]>;

  const scorecards = lookup<ScorecardEntry>(
    content.scorecards.map((card) => {
      const board = scorecardBoard(
        calendar.year(card.year),
        card.indicators.map((row) => row.indicator),
        { figures, indicators, objectives: objectives.all, comparators },
      );
      const notesFor = (ids: readonly string[]) =>
        figureNotes(
          ids.flatMap((id) => figures.inYear(id, card.year)),
          comparators,
          { councilName, withIndicator: true },
        );
      const sections = scorecardSections(card.year, board, content.site.words.objectives, (rows) =>
        notesFor(rows.map((row) => row.indicator.id)),
      );
      const exceptions = actionExceptions(actions.all, calendar.year(card.year), judgedOn, settings.reporting_period);
      const yearEnd = card.indicators
        .map((row) => figures.yearEnd(row.indicator, card.year))
        .filter((f): f is Figure => f !== undefined);
      return {
        ...card,
        href: urls.scorecardHref(card.year),
        csvHref: urls.scorecardCsvHref(card.year),
        jsonHref: urls.scorecardJsonHref(card.year),
        reportingYear: calendar.year(card.year),
        figures: yearEnd,
        figureNotes: notesFor(card.indicators.map((row) => row.indicator)),
        board,
        sections,
        ratingCounts: yearRagCounts(board),
        exceptions,
        pack: boardPackSections(card.year, sections, board, exceptions, content.site.words.objectives),
        packHref: urls.boardPackHref(card.year),
        byObjective: objectives.all
          .map((objective) => ({ objective, figures: yearEnd.filter((f) => f.indicator.objective === objective.id) }))
          .filter((group) => group.figures.length > 0),
      };
    }),
    (s) => s.year,
    'scorecard',
  );

  const overdueActions = actions.all.filter((a) => a.overdue);
  const annualReports = lookup<AnnualReportEntry>(
    content.annualReports.map((report) => {
      const year = calendar.year(report.data.year);
      const review = yearReview(content, figures, year, today);
      return {
        ...report,
        href: urls.annualReportHref(report.data.year),
        reportingYear: year,
        review,
        lists: annualLists(review, {
          actions,
          scorecards,
          actionsByStatus,
          overdueActions,
          stateNames: actionPlan.stateNames,
        }),
      };
    }),
    (r) => r.data.year,
    'annual report',
  );

  const youngPeople: YoungPeoplePageEntry[] = content.youngPeople.map((page) => ({
    ...page,
    href: urls.youngPersonHref(page),
    objectiveEntry: page.data.objective === undefined ? undefined : objectives.find(page.data.objective),
  }));

  // The lists of news (the updates pages, the feed, the home page) carry updates that say something.
  const updates = allUpdatesNewestFirst(actions.all).filter((u): u is UpdateEntry => u.text !== undefined);

  const responsibilities = buildResponsibilities({
    roles: roles.all,
    board: content.board,
    objectives: objectives.all,
    actions: actions.all,
    indicators: indicators.all,
    meetings: meetingList,
    strategyReviewed: content.site.last_reviewed,
    todayIso: toIsoDate(today),
  })
    .filter((r) => responsibilityCount(r) > 0)
    .map((r) => {
      const toDo = worklist(
        r.actions,
        r.arising,
        today,
        content.site.policy.staleness.update_overdue_actions_every_days,
      );
      return {
        ...r,
        worklist: toDo,
        actionPages: pagesOf(r.actions, r.role.href, PER_PAGE.actions),
        longLists: leadLongLists({ ...r, worklist: toDo }),
        listCounts: leadListCounts(r, toIsoDate(today)),
      };
    });

  return {
    today,
    actionPlan,
    content,
    site: content.site,
    calendar,
    comparators,
    symbolNotes: words.scorecards.symbolNotes(content.site.policy.small_numbers),
    chrome: siteChrome(content.site, content.youngPeople),
    roles,
    objectives,
    actions,
    indicators,
    meetings,
    upcomingMeetings: upcoming,
    pastMeetings: past,
    meetingYears,
    scorecards,
    annualReports,
    youngPeople,
    glossary: content.glossary,
    figures,
    actionTally: tallyActions(actions.all, actionPlan.stateNames),
    actionsByStatus,
    overdueActions,
    statusPages: Object.fromEntries(
      ACTION_STATUSES.map((status) => [
        status,
        pagesOf(actionsByStatus[status], urls.statusHref(status), PER_PAGE.actions),
      ]),
    ) as Record<ActionStatus, ListPage<ActionEntry>[]>,
    overduePages: pagesOf(overdueActions, urls.overdueHref, PER_PAGE.actions),
    changes: planChanges(actions.all, judgedOn, settings.reporting_period, calendar.startMonth),
    updates,
    updateYears: updatesByYear(updates),
    responsibilities,
    pageDates: pageDates({
      strategyReviewed: content.site.last_reviewed,
      updateDates: updates.map((u) => u.date),
      scorecardDates: content.scorecards.map((card) => card.updated),
      pastMeetingDates: past.map((m) => m.date),
      boardReviewed: content.board.last_reviewed,
      accessibilityReviewed: content.accessibility.last_reviewed,
    }),
  };
}
