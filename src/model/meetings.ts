/**
 * Meetings as pages show them: the body's name, each agenda item with its leads and the actions and
 * indicators it reviews, each action agreed with its owner and whether it is done, and for every
 * action the agenda items that review it. One pass over the agendas, whatever the number of actions.
 */
import type { Content } from '../loader/model.ts';
import { arisingState } from '../lib/actions.ts';
import { meetingBodyName } from '../lib/meetings.ts';
import { words } from '../i18n/index.ts';
import type { Lookup } from './lookup.ts';
import { pagesOf, PER_PAGE } from './paging.ts';
import type { AgendaEntry, IndicatorEntry, MeetingEntry, MeetingYear, RoleEntry } from './types.ts';
import { actionHref, meetingAnchor, meetingHref, meetingsYearHref } from './urls.ts';

export interface Meetings {
  meetings: MeetingEntry[];
  /** Agenda items by the action they review, oldest meeting first. */
  reviewsByAction: Map<string, AgendaEntry[]>;
}

export function buildMeetings(
  content: Pick<Content, 'meetings' | 'board'>,
  roles: Lookup<RoleEntry>,
  indicators: Lookup<IndicatorEntry>,
  today: Date,
): Meetings {
  const reviewsByAction = new Map<string, AgendaEntry[]>();
  const meetings = content.meetings.map((meeting) => {
    const entry: MeetingEntry = {
      ...meeting,
      bodyName: meetingBodyName(content.board, meeting.body),
      anchor: meetingAnchor(meeting.id),
      href: meetingHref(meeting),
      agendaEntries: [],
      arisingEntries: [],
    };
    for (const item of meeting.agenda) {
      const agendaEntry: AgendaEntry = {
        meeting: entry,
        item,
        leadRoles: item.lead.map((id) => roles.get(id)),
        reviews: [
          ...item.actions.map((id) => ({ href: actionHref(id), label: words.actions.namedInText(id) })),
          ...item.indicators.map((id) => {
            const indicator = indicators.get(id);
            return { href: indicator.href, label: indicator.title };
          }),
        ],
      };
      entry.agendaEntries.push(agendaEntry);
      for (const actionId of item.actions) {
        const reviews = reviewsByAction.get(actionId);
        if (reviews) reviews.push(agendaEntry);
        else reviewsByAction.set(actionId, [agendaEntry]);
      }
    }
    for (const arising of meeting.arising) {
      entry.arisingEntries.push({
        meeting: entry,
        arising,
        owner: roles.get(arising.owner),
        state: arisingState(arising, today),
      });
    }
    return entry;
  });
  return { meetings, reviewsByAction };
}

/** Meetings on or after `today` (the forward plan), and before it (past meetings, newest first). */
export function splitMeetings<M extends { date: string }>(
  meetings: readonly M[],
  today: Date,
): { upcoming: M[]; past: M[] } {
  const todayIso = today.toISOString().slice(0, 10);
  return {
    upcoming: meetings.filter((m) => m.date >= todayIso),
    past: meetings.filter((m) => m.date < todayIso).reverse(),
  };
}

/**
 * Meetings by calendar year, newest year first: one page each, so no page of meetings grows without
 * bound, and a year with more meetings than a page holds runs over several (src/model/paging.ts).
 * A year's page shows those on or after `today` first (the forward plan, oldest first), then those
 * held (newest first); each meeting's address becomes the page it is on.
 */
export function meetingsByYear(meetings: readonly MeetingEntry[], today: Date): MeetingYear[] {
  const todayIso = today.toISOString().slice(0, 10);
  const years = new Map<string, MeetingEntry[]>();
  for (const meeting of meetings) {
    const year = meeting.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), meeting]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, inYear]) => {
      const planned = inYear.filter((m) => m.date >= todayIso);
      const held = inYear.filter((m) => m.date < todayIso).reverse();
      const pages = pagesOf([...planned, ...held], meetingsYearHref(year), PER_PAGE.meetings);
      for (const page of pages) for (const meeting of page.items) meeting.href = meetingHref(meeting, page.number);
      return { year, href: meetingsYearHref(year), meetings: inYear, pages };
    });
}
