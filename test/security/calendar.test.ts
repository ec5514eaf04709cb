/**
 * meetings.ics under hostile text (issue 13, class 5). The content check refuses bare carriage
 * returns and control characters; the calendar escapes every line break and drops control
 * characters anyway, so no text can add a property (an alarm, an attendee) to an event. Each case is
 * read as a lenient calendar program would: folded lines joined, then split at any CR or LF.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, meetingEvents } from '../../src/lib/ical.ts';
import type { Meeting } from '../../src/loader/model.ts';

const HOSTILE = [
  'Room 1\rBEGIN:VALARM\rTRIGGER:-PT1M\rACTION:DISPLAY\rEND:VALARM',
  'Room 1\nATTENDEE:mailto:everyone@example.org',
  'Room 1\r\nX-INJECTED:yes',
  'Room 1\u2028X-INJECTED:yes',
  'Room 1\u2029X-INJECTED:yes',
  'Room 1\u0085X-INJECTED:yes',
  'Room 1\u000bX-INJECTED:yes',
  'Room 1\u000cX-INJECTED:yes',
  'Room 1\u0000\u001b[31mred\u007f',
  'Town Hall, Room 2; bring papers\\notes',
  '\\n is not a new line, nor is \\\\n',
  `A very long location ${'with many words, commas; and semicolons '.repeat(20)}`,
  `${'é'.repeat(80)}\r${'ü'.repeat(80)}`,
  'END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Fake meeting',
  ':;,\\"\'<>&',
];

/** What a lenient calendar program sees: logical lines, each "NAME[;params]:value". */
function readLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n|\r|\n/)
    .filter(Boolean);
}

/** The TEXT value back, as RFC 5545 3.3.11 reads it. */
function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const meeting = (location: string, title = 'Placement stability'): Meeting =>
  ({
    id: '2026-01-20-board',
    file: 'content/meetings/2026-01-20-board.yaml',
    date: '2026-01-20',
    time: '14:00',
    body: 'board',
    location,
    agenda: [{ title, lead: ['fostering-manager'], actions: [], indicators: [] }],
    arising: [],
  }) as Meeting;

function calendarFor(text: string): string[] {
  const events = meetingEvents([meeting(text, text)], 'https://example.gov.uk', () => text);
  return readLines(buildCalendar(events, { publisher: text, name: text, stamp: new Date(Date.UTC(2026, 10, 22)) }));
}

const EXPECTED_NAMES = [
  'BEGIN',
  'VERSION',
  'PRODID',
  'CALSCALE',
  'METHOD',
  'X-WR-CALNAME',
  'TZID',
  'TZOFFSETFROM',
  'TZOFFSETTO',
  'TZNAME',
  'DTSTART',
  'RRULE',
  'END',
  'UID',
  'DTSTAMP',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'URL',
];

describe('meetings.ics cannot be given new lines or properties by the text in it', () => {
  it.each(HOSTILE)('%j', (text) => {
    const lines = calendarFor(text);
    const names = lines.map((line) => /^[A-Z-]+/.exec(line)?.[0]);
    expect(
      names.every((name) => name !== undefined && EXPECTED_NAMES.includes(name)),
      lines.join('\n'),
    ).toBe(true);
    expect(lines.filter((l) => l.startsWith('BEGIN:')).map((l) => l.slice(6))).toEqual([
      'VCALENDAR',
      'VTIMEZONE',
      'DAYLIGHT',
      'STANDARD',
      'VEVENT',
    ]);
    const location = lines.find((l) => l.startsWith('LOCATION:'))!.slice('LOCATION:'.length);
    // Line breaks of every kind come back as new lines; other control characters are gone; the rest is kept.
    const expected = text
      // eslint-disable-next-line no-control-regex -- the test is about control characters
      .replace(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g, '\n')
      // eslint-disable-next-line no-control-regex -- the test is about control characters
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');
    expect(unescape(location)).toBe(expected);
  });

  it('escapes as RFC 5545 says, pinned', () => {
    expect(escapeText('A, B; C\\D\rE\nF\r\nG\u2028H\u0000I')).toMatchInlineSnapshot(
      `"A\\, B\\; C\\\\D\\nE\\nF\\nG\\nHI"`,
    );
  });
});
