/**
 * Who leads what: for each role, everything it leads, chairs, presents or owns. Each collection is
 * walked once and its items dealt to their roles, so the work grows with the content, not with
 * roles × content.
 */
import type { Board } from '../loader/model.ts';
import { newestDate } from './page-dates.ts';
import type {
  ActionEntry,
  AgendaEntry,
  ArisingEntry,
  IndicatorEntry,
  MeetingEntry,
  ObjectiveEntry,
  RoleEntry,
  RoleResponsibilities,
} from './types.ts';

/** A role's responsibilities as they are dealt, before its work list and pages are made from them. */
export type RoleHoldings = Omit<RoleResponsibilities, 'worklist' | 'actionPages' | 'longLists' | 'listCounts'>;

/** How many things a role is responsible for; a role with none gets no page. */
export function responsibilityCount(r: RoleHoldings): number {
  return (
    r.objectives.length +
    r.actions.length +
    r.indicators.length +
    r.subgroups.length +
    r.board.length +
    r.agendaItems.length +
    r.arising.length
  );
}

export interface ResponsibilitySources {
  roles: readonly RoleEntry[];
  board: Board;
  objectives: readonly ObjectiveEntry[];
  actions: readonly ActionEntry[];
  indicators: readonly IndicatorEntry[];
  meetings: readonly MeetingEntry[];
  /** The strategy's last review: the oldest "last updated" a role's page can show. */
  strategyReviewed: string;
  /** The build day, YYYY-MM-DD: meetings after it have not happened, so have changed nothing yet. */
  todayIso: string;
}

/** Every role's responsibilities, in roles.yaml order, including roles with none. */
export function buildResponsibilities(sources: ResponsibilitySources): RoleHoldings[] {
  const byRole = new Map<string, RoleHoldings>(
    sources.roles.map((role) => [
      role.id,
      {
        role,
        objectives: [],
        actions: [],
        indicators: [],
        subgroups: [],
        board: [],
        agendaItems: [],
        arising: [],
        updated: sources.strategyReviewed,
      },
    ]),
  );
  const of = (roleId: string): RoleHoldings | undefined => byRole.get(roleId);
  const deal = <K extends 'objectives' | 'actions' | 'indicators'>(
    key: K,
    items: readonly (RoleResponsibilities[K][number] & { lead: readonly string[] })[],
  ): void => {
    for (const item of items) {
      for (const roleId of new Set(item.lead)) (of(roleId)?.[key] as (typeof item)[]).push(item);
    }
  };
  deal('objectives', sources.objectives);
  deal('actions', sources.actions);
  deal('indicators', sources.indicators);
  for (const subgroup of sources.board.subgroups) of(subgroup.chair)?.subgroups.push(subgroup);
  of(sources.board.chair)?.board.push('chair');
  if (sources.board.vice_chair) of(sources.board.vice_chair)?.board.push('vice chair');
  for (const meeting of sources.meetings) {
    for (const entry of meeting.agendaEntries) {
      for (const roleId of new Set(entry.item.lead)) of(roleId)?.agendaItems.push(entry as AgendaEntry);
    }
    for (const entry of meeting.arisingEntries) of(entry.arising.owner)?.arising.push(entry as ArisingEntry);
  }
  for (const r of byRole.values()) {
    const held = (meeting: MeetingEntry): string | undefined =>
      meeting.date <= sources.todayIso ? meeting.date : undefined;
    r.updated = newestDate(
      sources.strategyReviewed,
      ...r.actions.map((a) => a.latestUpdate?.date),
      ...r.indicators.map((i) => i.updated),
      ...r.agendaItems.map((e) => held(e.meeting)),
      ...r.arising.map((e) => held(e.meeting)),
    );
  }
  return [...byRole.values()];
}
