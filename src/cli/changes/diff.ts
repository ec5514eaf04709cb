/**
 * What changed between two versions of the content, as data: the questions a reviewer of a pull
 * request asks ("which actions are new? whose status moved? who leads what now?").
 */
import type {
  Action,
  Content,
  Indicator,
  Meeting,
  ProgressUpdate,
  ReportedStatus,
  YoungPeoplePage,
} from '../../loader/model.ts';
import { words } from '../../i18n/index.ts';
import { fieldChanges, renumbered, statusWords, updateChanges, type FieldChange } from './action-diff.ts';
import type { Period, ValueEntry } from '../../schemas/scorecards.ts';

export interface StatusChange {
  action: Action;
  /** As the council's scale names it; no status means none reported. */
  from: ReportedStatus;
  to: ReportedStatus;
}

export interface TimescaleChange {
  action: Action;
  from: string;
  to: string;
}

export interface LeadChange {
  /** What is led, in words: "Action 1.2 (Review every placement…)", "Objective 1 (Stable homes)", "Pledge 1 (…)". */
  what: string;
  /** "led" for actions, objectives and indicators; "chaired" for the board and its sub-groups. */
  verb: 'led' | 'chaired';
  from: string[];
  to: string[];
}

export interface NewUpdate {
  action: Action;
  update: ProgressUpdate;
}

/** An indicator's latest rating, as the scorecards show it. */
export interface LatestRating {
  rag: 'green' | 'amber' | 'red' | undefined;
  /** "Q2 2025-26" or "2025-26". */
  periodLabel: string;
}

/** Finds an indicator's latest rating in some content (the scorecards module provides it). */
export type RateLatest = (content: Content, indicatorId: string) => LatestRating | undefined;

export interface RatingChange {
  indicator: Indicator;
  from: LatestRating | undefined;
  to: LatestRating | undefined;
}

/** One period's figure in a scorecard, as the editor wrote it. */
export interface FigureEntry {
  indicator: Indicator;
  year: string;
  period: Period;
  entry: ValueEntry;
}

export interface FigureChange extends FigureEntry {
  was: ValueEntry;
}

/** One comparator figure in a scorecard row, as the editor wrote it. */
export interface ComparatorEntry {
  indicator: Indicator;
  /** The scorecard's year. */
  year: string;
  /** The comparator's key in site.yaml (england). */
  key: string;
  /** Its label in site.yaml (England), or the key when it has none. */
  label: string;
  value: number;
  /** The year the figure belongs to, when not the scorecard's. */
  period: string | undefined;
  /** The value first published, when it was revised. */
  firstPublished: number | undefined;
}

export interface ComparatorChange extends ComparatorEntry {
  was: ComparatorEntry;
}

export interface EditedUpdate extends NewUpdate {
  was: ProgressUpdate;
}

/** An action whose key changed (a new `ref`, say): the same action, at a new address. */
export interface RenumberedAction {
  was: Action;
  action: Action;
}

export interface ContentChanges {
  actionsAdded: Action[];
  actionsRemoved: Action[];
  actionsRenumbered: RenumberedAction[];
  /** Changes to every other field an action holds (action-diff.ts), in plan order. */
  fieldChanges: FieldChange[];
  statusChanges: StatusChange[];
  timescaleChanges: TimescaleChange[];
  newUpdates: NewUpdate[];
  /** Updates whose date is unchanged but whose words, status or percent complete were edited. */
  editedUpdates: EditedUpdate[];
  removedUpdates: NewUpdate[];
  leadChanges: LeadChange[];
  indicatorsAdded: Indicator[];
  indicatorsRemoved: Indicator[];
  meetingsAdded: Meeting[];
  meetingsRemoved: Meeting[];
  figuresAdded: FigureEntry[];
  figuresChanged: FigureChange[];
  comparatorsAdded: ComparatorEntry[];
  /** Comparators whose figure, period or first-published value changed; revisions among them. */
  comparatorsChanged: ComparatorChange[];
  comparatorsRemoved: ComparatorEntry[];
  youngPeoplePagesAdded: YoungPeoplePage[];
  youngPeoplePagesRemoved: YoungPeoplePage[];
  /** Indicators in both versions whose latest RAG rating differs; empty when no rater was given. */
  ratingChanges: RatingChange[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Items of `after` whose id is not in `before`, in `after`'s order. */
function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const old = byId(before);
  return after.filter((item) => !old.has(item.id));
}

export function diffContent(before: Content, after: Content, rateLatest?: RateLatest): ContentChanges {
  const oldActions = byId(before.actions);
  const actionsAdded = added(before.actions, after.actions);
  const actionsRemoved = added(after.actions, before.actions);
  const actionsRenumbered = renumbered(actionsRemoved, actionsAdded);
  const wasOf = new Map<Action, Action>(actionsRenumbered.map(({ was, action }) => [action, was]));
  const statusChanges: StatusChange[] = [];
  const timescaleChanges: TimescaleChange[] = [];
  const newUpdates: NewUpdate[] = [];
  const editedUpdates: EditedUpdate[] = [];
  const removedUpdates: NewUpdate[] = [];
  const changedFields: FieldChange[] = [];
  const leadChanges: LeadChange[] = [];

  for (const action of after.actions) {
    const renumberedFrom = wasOf.get(action);
    const old = oldActions.get(action.id) ?? renumberedFrom;
    // A new action's updates come with it: "Actions added" says so.
    if (!old) continue;
    const updates = updateChanges(old.updates, action.updates);
    newUpdates.push(...updates.added.map((update) => ({ action, update })));
    removedUpdates.push(...updates.removed.map((update) => ({ action, update })));
    editedUpdates.push(...updates.edited.map(({ update, was }) => ({ action, update, was })));
    // A renumbered action's new reference is its renumbering.
    changedFields.push(...fieldChanges(old, action, renumberedFrom ? ['ref'] : []));
    if (statusWords(old) !== statusWords(action)) statusChanges.push({ action, from: old, to: action });
    if (old.timescale !== action.timescale)
      timescaleChanges.push({ action, from: old.timescale, to: action.timescale });
    if (!sameList(old.lead, action.lead)) {
      leadChanges.push({
        what: `Action ${action.id} (${action.action})`,
        verb: 'led',
        from: old.lead,
        to: action.lead,
      });
    }
  }

  const oldObjectives = byId(before.objectives);
  for (const objective of after.objectives) {
    const old = oldObjectives.get(objective.id);
    if (old && !sameList(old.lead, objective.lead)) {
      leadChanges.push({
        what: `${words.objectives.named(after.site.words.objectives, objective.number)} (${objective.title})`,
        verb: 'led',
        from: old.lead,
        to: objective.lead,
      });
    }
  }

  const oldIndicators = byId(before.indicators);
  for (const indicator of after.indicators) {
    const old = oldIndicators.get(indicator.id);
    if (old && !sameList(old.lead, indicator.lead)) {
      leadChanges.push({ what: `Indicator "${indicator.title}"`, verb: 'led', from: old.lead, to: indicator.lead });
    }
  }

  if (before.board.chair !== after.board.chair) {
    leadChanges.push({
      what: `Chair of the ${after.board.name}`,
      verb: 'chaired',
      from: [before.board.chair],
      to: [after.board.chair],
    });
  }
  const oldSubgroups = byId(before.board.subgroups);
  for (const subgroup of after.board.subgroups) {
    const old = oldSubgroups.get(subgroup.id);
    if (old && old.chair !== subgroup.chair) {
      leadChanges.push({
        what: `Chair of the ${subgroup.name}`,
        verb: 'chaired',
        from: [old.chair],
        to: [subgroup.chair],
      });
    }
  }

  const oldFigures = new Map(figureEntries(before).map((f) => [figureKey(f), f]));
  const figuresAdded: FigureEntry[] = [];
  const figuresChanged: FigureChange[] = [];
  for (const figure of figureEntries(after)) {
    const old = oldFigures.get(figureKey(figure));
    if (!old) figuresAdded.push(figure);
    else if (JSON.stringify(old.entry) !== JSON.stringify(figure.entry))
      figuresChanged.push({ ...figure, was: old.entry });
  }

  const oldComparators = new Map(comparatorEntries(before).map((c) => [comparatorKey(c), c]));
  const comparatorsAdded: ComparatorEntry[] = [];
  const comparatorsChanged: ComparatorChange[] = [];
  const newComparators = comparatorEntries(after);
  for (const comparator of newComparators) {
    const old = oldComparators.get(comparatorKey(comparator));
    if (!old) comparatorsAdded.push(comparator);
    else if (
      old.value !== comparator.value ||
      old.period !== comparator.period ||
      old.firstPublished !== comparator.firstPublished
    )
      comparatorsChanged.push({ ...comparator, was: old });
  }
  const kept = new Set(newComparators.map(comparatorKey));
  const comparatorsRemoved = [...oldComparators.values()].filter((c) => !kept.has(comparatorKey(c)));

  const ratingChanges: RatingChange[] = [];
  if (rateLatest) {
    for (const indicator of after.indicators) {
      if (!oldIndicators.has(indicator.id)) continue;
      const from = rateLatest(before, indicator.id);
      const to = rateLatest(after, indicator.id);
      if (from?.rag !== to?.rag) ratingChanges.push({ indicator, from, to });
    }
  }

  return {
    actionsAdded: actionsAdded.filter((a) => !wasOf.has(a)),
    actionsRemoved: actionsRemoved.filter((a) => !actionsRenumbered.some((r) => r.was === a)),
    actionsRenumbered,
    fieldChanges: changedFields,
    statusChanges,
    timescaleChanges,
    newUpdates,
    editedUpdates,
    removedUpdates,
    leadChanges,
    indicatorsAdded: added(before.indicators, after.indicators),
    indicatorsRemoved: added(after.indicators, before.indicators),
    meetingsAdded: added(before.meetings, after.meetings),
    meetingsRemoved: added(after.meetings, before.meetings),
    figuresAdded,
    figuresChanged,
    comparatorsAdded,
    comparatorsChanged,
    comparatorsRemoved,
    youngPeoplePagesAdded: added(before.youngPeople, after.youngPeople),
    youngPeoplePagesRemoved: added(after.youngPeople, before.youngPeople),
    ratingChanges,
  };
}

function figureEntries(content: Content): FigureEntry[] {
  const indicators = byId(content.indicators);
  return content.scorecards.flatMap((card) =>
    card.indicators.flatMap((row) => {
      const indicator = indicators.get(row.indicator);
      return indicator ? row.values.map((entry) => ({ indicator, year: card.year, period: entry.period, entry })) : [];
    }),
  );
}

const figureKey = (f: FigureEntry): string => `${f.year} ${f.indicator.id} ${f.period}`;

function comparatorEntries(content: Content): ComparatorEntry[] {
  const indicators = byId(content.indicators);
  const labels = new Map(content.site.comparators.map((c) => [c.key, c.label]));
  return content.scorecards.flatMap((card) =>
    card.indicators.flatMap((row) => {
      const indicator = indicators.get(row.indicator);
      if (!indicator) return [];
      return Object.entries(row.comparators).map(([key, given]) => ({
        indicator,
        year: card.year,
        key,
        label: labels.get(key) ?? key,
        value: typeof given === 'number' ? given : given.value,
        period: typeof given === 'number' ? undefined : given.period,
        firstPublished: typeof given === 'number' ? undefined : given.first_published,
      }));
    }),
  );
}

const comparatorKey = (c: ComparatorEntry): string => `${c.year} ${c.indicator.id} ${c.key}`;
