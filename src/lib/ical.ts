/**
 * The meetings as an iCalendar feed (RFC 5545), so people can subscribe to the forward plan.
 * Timed meetings carry TZID=Europe/London with its VTIMEZONE; meetings without a time are all-day.
 */
import type { Meeting } from '../loader/model.ts';
import { addDays } from './calendar/index.ts';
import { meetingHref } from '../model/urls.ts';

export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, Europe/London; absent for an all-day event. */
  time?: string | undefined;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
}

export interface CalendarOptions {
  /** Who publishes it, for PRODID and the calendar's name. */
  publisher: string;
  name: string;
  /** When the feed was generated (DTSTAMP of every event). */
  stamp: Date;
}

/** The UK's rules since 1996: clocks go forward on the last Sunday of March, back on the last of October. */
const LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma, and every kind of line
 * break as the two characters "\n". Calendar programs end a property at any CR or LF, so a bare
 * carriage return left in a location would start a property of the content's choosing (an alarm,
 * an attendee). Other control characters are not allowed in TEXT at all, so they are dropped. The
 * content check refuses them too; this keeps the feed well formed whatever reaches it.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines too
      .replace(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this drops
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
  );
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character (3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string): string => iso.replaceAll('-', '');

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcStamp(stamp)}`];
  if (event.time) {
    lines.push(`DTSTART;TZID=Europe/London:${compactDate(event.date)}T${event.time.replace(':', '')}00`);
  } else {
    const next = addDays(new Date(`${event.date}T00:00:00Z`), 1)
      .toISOString()
      .slice(0, 10);
    lines.push(`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${compactDate(next)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A complete VCALENDAR with CRLF line endings. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(options.publisher).replace(/\/\//g, '/')}//Corporate parenting meetings//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(events.some((e) => e.time) ? LONDON : []),
    ...events.flatMap((event) => eventLines(event, options.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** One event per meeting: the body's name, the agenda as its description, a link to the forward plan. */
export function meetingEvents(
  meetings: readonly Meeting[],
  siteUrl: string,
  nameOf: (body: string) => string,
): CalendarEvent[] {
  const host = new URL(siteUrl).host;
  return meetings.map((meeting) => ({
    uid: `${meeting.id}@${host}`,
    date: meeting.date,
    time: meeting.time,
    summary: nameOf(meeting.body),
    description: ['Agenda:', ...meeting.agenda.map((item, i) => `${i + 1}. ${item.title}`)].join('\n'),
    location: meeting.location,
    url: new URL(meetingHref(meeting), siteUrl).href,
  }));
}
