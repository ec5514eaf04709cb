/** /updates.xml: progress updates on every action as an Atom feed, newest first. */
import type { APIRoute } from 'astro';
import { getContent } from '../loader/load-content.ts';
import { allUpdatesNewestFirst } from '../lib/actions.ts';
import { buildAtomFeed, tagUri } from '../lib/atom.ts';
import { buildDate } from '../lib/build-date.ts';
import { toIsoDate } from '../lib/dates.ts';
import { actionHref, actionSlug } from '../lib/slugs.ts';

export const GET: APIRoute = () => {
  const { site, actions } = getContent();
  const host = new URL(site.url).host;
  const updates = allUpdatesNewestFirst(actions);
  // Entries on the same day for the same action are told apart by their order in the file.
  const seen = new Map<string, number>();
  const entries = updates.map((u) => {
    const key = `${u.action.id}/${u.date}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      id: tagUri(host, u.date, `action-${actionSlug(u.action.id)}-update-${n}`),
      title: `Action ${u.action.id}: ${u.action.action}`,
      date: u.date,
      link: new URL(actionHref(u.action.id), site.url).href,
      content: u.text,
    };
  });
  const feed = buildAtomFeed({
    self: new URL('/updates.xml', site.url).href,
    alternate: new URL('/updates/', site.url).href,
    title: `${site.branding.display_name} corporate parenting: progress updates`,
    author: site.council,
    updated: updates[0]?.date ?? toIsoDate(buildDate()),
    entries,
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
