/** /meetings.ics: every meeting as an iCalendar feed. */
import type { APIRoute } from 'astro';
import { getContent } from '../loader/load-content.ts';
import { buildDate } from '../lib/build-date.ts';
import { buildCalendar, meetingEvents } from '../lib/ical.ts';
import { bodyName } from '../lib/lookups.ts';

export const GET: APIRoute = () => {
  const content = getContent();
  const events = meetingEvents(content.meetings, content.site.url, (body) => bodyName(content, body));
  const body = buildCalendar(events, {
    publisher: content.site.council,
    name: `${content.site.branding.display_name} corporate parenting meetings`,
    stamp: buildDate(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
