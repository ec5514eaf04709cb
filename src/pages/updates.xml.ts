/** /updates.xml: progress updates on every action as an Atom feed, newest first. */
import type { APIRoute } from 'astro';
import { words } from '../i18n/index.ts';
import { buildAtomFeed, tagUri } from '../lib/atom.ts';
import { toIsoDate } from '../lib/calendar/index.ts';
import { getSiteModel } from '../model/site-model.ts';
import { updatesFeedHref, updatesHref } from '../model/urls.ts';

export const GET: APIRoute = async () => {
  const { site, updates, today } = await getSiteModel();
  const host = new URL(site.url).host;
  // Entries on the same day for the same action are told apart by their order in the file.
  const seen = new Map<string, number>();
  const entries = updates.map((u) => {
    const key = `${u.action.id}/${u.date}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      id: tagUri(host, u.date, `${u.action.anchor}-update-${n}`),
      title: words.updates.entryTitle(u.action.reference, u.action.action),
      date: u.date,
      link: new URL(u.action.href, site.url).href,
      content: u.text,
    };
  });
  const feed = buildAtomFeed({
    self: new URL(updatesFeedHref, site.url).href,
    alternate: new URL(updatesHref, site.url).href,
    title: words.feeds.updatesTitle(site.branding.display_name),
    author: site.council,
    updated: updates[0]?.date ?? toIsoDate(today),
    entries,
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
