/** The iCalendar feed (RFC 5545), the Atom feed (RFC 4287) and the sitemap, as files other software reads. */
import { DOMParser } from 'linkedom';
import { xmlProblem } from './well-formed-xml.ts';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed, tagUri } from '../../src/lib/atom.ts';
import { buildCalendar, escapeText, foldLine } from '../../src/lib/ical.ts';
import { buildSitemap, pagePath } from '../../src/lib/sitemap.ts';

const stamp = new Date(Date.UTC(2026, 10, 22));

describe('iCalendar', () => {
  it('escapes commas, semicolons, backslashes and new lines in text', () => {
    expect(escapeText('Room 1, Town Hall; bring notes\\papers\nthanks')).toBe(
      'Room 1\\, Town Hall\\; bring notes\\\\papers\\nthanks',
    );
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('writes timed meetings in London time and others as all-day events, with CRLF endings', () => {
    const ics = buildCalendar(
      [
        { uid: 'a@example', date: '2026-07-01', time: '14:30', summary: 'Board, summer', location: 'Room 2' },
        { uid: 'b@example', date: '2026-12-31', summary: 'Sub-group' },
      ],
      { publisher: 'Testford Council', name: 'Meetings', stamp },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('TZID:Europe/London');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260701T143000');
    expect(lines).toContain('SUMMARY:Board\\, summer');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines.filter((l) => l === 'DTSTAMP:20261122T000000Z')).toHaveLength(2);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
  });

  it('leaves out the time zone when no meeting has a time', () => {
    const ics = buildCalendar([{ uid: 'b@example', date: '2026-12-31', summary: 'Sub-group' }], {
      publisher: 'Testford Council',
      name: 'Meetings',
      stamp,
    });
    expect(ics).not.toContain('VTIMEZONE');
  });
});

describe('Atom', () => {
  it('is well-formed XML with escaped text and the required elements', () => {
    const xml = buildAtomFeed({
      self: 'https://cp.example.gov.uk/updates.xml',
      alternate: 'https://cp.example.gov.uk/updates/',
      title: 'Updates & news',
      author: 'Example <Council>',
      updated: '2026-01-10',
      entries: [
        {
          id: tagUri('cp.example.gov.uk', '2026-01-10', 'action-1-1-update-0'),
          title: 'Action 1.1: "Homes" & more',
          date: '2026-01-10',
          link: 'https://cp.example.gov.uk/actions/1-1/',
          content: 'Twelve <households> started.',
        },
      ],
    });
    expect(xmlProblem(xml)).toBeUndefined();
    const parsed = new DOMParser().parseFromString(xml, 'text/xml');
    expect(parsed.querySelector('feed > title')?.textContent).toBe('Updates & news');
    expect(parsed.querySelector('entry > id')?.textContent).toBe(
      'tag:cp.example.gov.uk,2026-01-10:action-1-1-update-0',
    );
    expect(parsed.querySelector('entry > content')?.textContent).toBe('Twelve <households> started.');
    expect(xml).toContain('<updated>2026-01-10T00:00:00Z</updated>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://cp.example.gov.uk/updates.xml"/>',
    );
  });
});

describe('the well-formedness check used on the feeds', () => {
  it('accepts well-formed XML and names the first problem in broken XML', () => {
    expect(xmlProblem('<?xml version="1.0"?><a x="1 &amp; 2"><b/><c>t &lt; u</c><!-- note --></a>')).toBeUndefined();
    expect(xmlProblem('<a><b></a>')).toBe('</a> does not close the open element');
    expect(xmlProblem('<a>Tom & Jerry</a>')).toBe('bare & in text near "& Jerry"');
    expect(xmlProblem('<a href="?x=1&y=2"/>')).toBe('bare & in attributes of <a>');
    expect(xmlProblem('<a>')).toBe('<a> is never closed');
    expect(xmlProblem('<a/><b/>')).toBe('expected one root element, found 2');
    expect(xmlProblem('<a><b c=1/></a>')).toBe('malformed tag at "<b c=1/></a>"');
  });
});

describe('sitemap', () => {
  it('turns built files into page addresses, leaving out the 404 page and the search index', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('actions/3-4/index.html')).toBe('/actions/3-4/');
    expect(pagePath('404.html')).toBeUndefined();
    expect(pagePath('pagefind/x.html')).toBeUndefined();
  });

  it('lists absolute addresses in order', () => {
    const xml = buildSitemap('https://cp.example.gov.uk', ['strategy/index.html', 'index.html', '404.html']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://cp.example.gov.uk/',
      'https://cp.example.gov.uk/strategy/',
    ]);
  });
});
