/**
 * The fewest pages of a built test site that between them show every kind of element it has, for
 * the browser checks of a fixture council (issue 15). Every page of the example is visited in
 * Chromium; a fixture council is there to show that other content (other words, shapes and
 * ratings) renders as accessibly, and what axe, the reflow check and the policy check can find
 * depends on which elements a page has and how they are styled, which is what a kind records.
 *
 * A kind is an element's name, its classes, the names of its attributes, the values of `role` and
 * `type`, and its parent's name: so a red rating tag, a stacked table's labelled cell or a checkbox
 * is its own kind, and a page that is the only one to show it is always visited. Pages are chosen
 * greedily (the page with most kinds not yet shown, the first in the sitemap on a tie), and the
 * home page first, since every visitor lands on it.
 */
import { BuiltPages } from '../../src/cli/verify/built-pages.ts';
import { sitemapUrls } from '../../src/cli/built-site/files.ts';

function kindsOn(document: Document): Set<string> {
  const kinds = new Set<string>();
  for (const el of document.querySelectorAll('body, body *')) {
    const attributes = el
      .getAttributeNames()
      .map((name) => (name === 'role' || name === 'type' ? `${name}=${el.getAttribute(name) ?? ''}` : name))
      .sort();
    const classes = [...el.classList].sort();
    kinds.add(`${el.parentElement?.localName ?? ''}>${el.localName}.${classes.join('.')}[${attributes.join(',')}]`);
  }
  return kinds;
}

/**
 * The addresses to visit, in the order chosen, from `among` (by default every page the sitemap
 * lists).
 */
export function representativePages(site: string, among: readonly string[] = sitemapUrls(site) ?? []): string[] {
  const built = new BuiltPages(site);
  const kinds = new Map<string, Set<string>>();
  for (const url of among) {
    const page = built.at(url);
    if (page) kinds.set(url, kindsOn(page.document));
  }
  const shown = new Set<string>();
  const chosen: string[] = [];
  const choose = (url: string): void => {
    chosen.push(url);
    for (const kind of kinds.get(url) ?? []) shown.add(kind);
    kinds.delete(url);
  };
  if (kinds.has('/')) choose('/');
  for (;;) {
    let best: string | undefined;
    let most = 0;
    for (const [url, on] of kinds) {
      let unseen = 0;
      for (const kind of on) if (!shown.has(kind)) unseen++;
      if (unseen > most) [best, most] = [url, unseen];
    }
    if (best === undefined) return chosen;
    choose(best);
  }
}
