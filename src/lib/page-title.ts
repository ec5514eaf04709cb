/**
 * A page's <title>: "<the page's title> - <council> corporate parenting". Tabs, bookmarks and search
 * results cut long titles short, and `npm run verify` holds them to TITLE_MAX characters (the
 * long-title rule in .htmlvalidate.json). A long indicator or role name beside a long council name
 * ("Royal Borough of Kensington and Chelsea") runs past that, so the council's name is left off
 * first (the page says it in its header), and only a title too long by itself is cut, at a word.
 */
import { words } from '../i18n/index.ts';

export const TITLE_MAX = 120;

export function documentTitle(title: string, displayName: string): string {
  const full = words.chrome.pageTitle(title, displayName);
  if (full.length <= TITLE_MAX) return full;
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
