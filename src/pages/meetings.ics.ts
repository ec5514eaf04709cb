/** /meetings.ics: every meeting as an iCalendar feed. */
import type { APIRoute } from 'astro';
import { words } from '../i18n/index.ts';
import { buildCalendar, meetingEvents } from '../lib/ical.ts';
import { meetingBodyName } from '../lib/meetings.ts';
import { getSiteModel } from '../model/site-model.ts';

export const GET: APIRoute = async () => {
  const { content, site, today } = await getSiteModel();
  const events = meetingEvents(content.meetings, site.url, (body) => meetingBodyName(content.board, body));
  const body = buildCalendar(events, {
    publisher: site.council,
    name: words.feeds.calendarName(site.branding.display_name),
    stamp: today,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
