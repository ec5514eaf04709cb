/**
 * Finding things by id and answering "who leads what" and "which meetings review this". Pages only
 * render what these return, so tests can check the answers without building the site.
 */
import type { Action, Content, Indicator, Meeting, Objective, Role } from '../loader/model.ts';
import type { ActionArising, AgendaItem } from '../schemas/meetings.ts';
import type { Subgroup } from '../schemas/board.ts';

/** A lookup that fails loudly: the loader has already checked every reference. */
function finder<T>(items: readonly T[], key: (item: T) => string, what: string): (id: string) => T {
  const byId = new Map(items.map((item) => [key(item), item]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`No ${what} with id "${id}"`);
    return found;
  };
}

export interface Lookups {
  role: (id: string) => Role;
  objective: (id: string) => Objective;
  indicator: (id: string) => Indicator;
  action: (id: string) => Action;
}

export function lookups(content: Content): Lookups {
  return {
    role: finder(content.roles, (r) => r.id, 'role'),
    objective: finder(content.objectives, (o) => o.id, 'objective'),
    indicator: finder(content.indicators, (i) => i.id, 'indicator'),
    action: finder(content.actions, (a) => a.id, 'action'),
  };
}

/** The name of the body that meets: the board's, or a sub-group's. */
export function bodyName(content: Content, body: string): string {
  if (body === 'board') return content.board.name;
  return content.board.subgroups.find((s) => s.id === body)?.name ?? body;
}

export interface AgendaEntry {
  meeting: Meeting;
  item: AgendaItem;
}

export interface ArisingEntry {
  meeting: Meeting;
  arising: ActionArising;
}

export interface RoleResponsibilities {
  role: Role;
  objectives: Objective[];
  actions: Action[];
  indicators: Indicator[];
  subgroups: Subgroup[];
  /** The board itself, when the role chairs or vice-chairs it. */
  board: ('chair' | 'vice chair')[];
  agendaItems: AgendaEntry[];
  arising: ArisingEntry[];
}

/** Everything one role leads, chairs, presents or owns. */
export function responsibilitiesOf(content: Content, role: Role): RoleResponsibilities {
  const leads = (lead: readonly string[]): boolean => lead.includes(role.id);
  const board: RoleResponsibilities['board'] = [];
  if (content.board.chair === role.id) board.push('chair');
  if (content.board.vice_chair === role.id) board.push('vice chair');
  return {
    role,
    objectives: content.objectives.filter((o) => leads(o.lead)),
    actions: content.actions.filter((a) => leads(a.lead)),
    indicators: content.indicators.filter((i) => leads(i.lead)),
    subgroups: content.board.subgroups.filter((s) => s.chair === role.id),
    board,
    agendaItems: content.meetings.flatMap((meeting) =>
      meeting.agenda.filter((item) => leads(item.lead)).map((item) => ({ meeting, item })),
    ),
    arising: content.meetings.flatMap((meeting) =>
      meeting.arising.filter((a) => a.owner === role.id).map((arising) => ({ meeting, arising })),
    ),
  };
}

/** How many things a role is responsible for; a role with none gets no page. */
export function responsibilityCount(r: RoleResponsibilities): number {
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

/** The roles that lead anything, in roles.yaml order, with what they lead. */
export function rolesWithResponsibilities(content: Content): RoleResponsibilities[] {
  return content.roles.map((role) => responsibilitiesOf(content, role)).filter((r) => responsibilityCount(r) > 0);
}

/** Agenda items that review an action, oldest meeting first. */
export function meetingsReviewingAction(content: Content, actionId: string): AgendaEntry[] {
  return content.meetings.flatMap((meeting) =>
    meeting.agenda.filter((item) => item.actions.includes(actionId)).map((item) => ({ meeting, item })),
  );
}

/** Meetings on or after `today` (the forward plan) and before it (past meetings, newest first). */
export function splitMeetings(meetings: readonly Meeting[], today: Date): { upcoming: Meeting[]; past: Meeting[] } {
  const todayIso = today.toISOString().slice(0, 10);
  return {
    upcoming: meetings.filter((m) => m.date >= todayIso),
    past: meetings.filter((m) => m.date < todayIso).reverse(),
  };
}
