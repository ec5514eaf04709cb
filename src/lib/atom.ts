/**
 * Progress updates as an Atom feed (RFC 4287), newest first, so people can follow the action plan
 * in a feed reader.
 */

export interface FeedEntry {
  /** A permanent, unique id (a tag: URI). */
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** Absolute address of the page the entry is about. */
  link: string;
  /** Plain text. */
  content: string;
}

export interface Feed {
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the HTML page with the same entries. */
  alternate: string;
  title: string;
  author: string;
  /** YYYY-MM-DD: the newest entry, or the build date when there are none. */
  updated: string;
  entries: readonly FeedEntry[];
}

/**
 * Escapes text for XML, and drops what XML 1.0 cannot hold at all (control characters, half of a
 * surrogate pair, U+FFFE/U+FFFF), which would make the whole feed unreadable to feed readers. The
 * content check refuses those characters; this keeps the feed well formed whatever reaches it.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const timestamp = (date: string): string => `${date}T00:00:00Z`;

/** A tag: URI (RFC 4151) that stays the same however often the site is rebuilt. */
export function tagUri(host: string, date: string, specific: string): string {
  return `tag:${host},${date}:${specific}`;
}

export function buildAtomFeed(feed: Feed): string {
  const entry = (e: FeedEntry): string =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${timestamp(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <content type="text">${escapeXml(e.content)}</content>`,
      '  </entry>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${escapeXml(feed.alternate)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${timestamp(feed.updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
