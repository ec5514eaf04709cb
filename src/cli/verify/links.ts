/**
 * Every internal link, stylesheet, image, script and form target resolves to a built file, and every
 * `#anchor` to an element with that id on the target page; the sitemap lists every page but the
 * error pages, and nothing that was not built. Links to other sites are not followed (no internet).
 */
import { fileForPath, sitemapOrigins, sitemapUrls } from '../built-site/files.ts';
import type { BuiltPages } from './built-pages.ts';
import { count, Grouped, type CheckResult } from './check.ts';

const REFERENCES = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
] as const;

/** The origin the checks resolve relative links against; the site's own addresses count as it too. */
const LOCAL = 'https://site.invalid';

const isErrorPage = (url: string): boolean => /^\/\d{3}(\.html|\/)$/.test(url);

export function checkLinks(built: BuiltPages): CheckResult {
  const own = new Set([LOCAL, ...sitemapOrigins(built.site)]);
  const broken = new Grouped();
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string): Set<string> | undefined => {
    let set = idsOf.get(file);
    if (!set) {
      const page = built.byFile(file);
      if (!page) return undefined;
      set = new Set([...page.document.querySelectorAll('[id]')].map((el) => el.id));
      for (const el of page.document.querySelectorAll('a[name]')) set.add(el.getAttribute('name')!);
      idsOf.set(file, set);
    }
    return set;
  };

  let references = 0;
  for (const page of built.all()) {
    for (const [tag, attribute] of REFERENCES) {
      for (const element of page.document.querySelectorAll(`${tag}[${attribute}]`)) {
        const raw = element.getAttribute(attribute)!;
        let url: URL;
        try {
          url = new URL(raw, `${LOCAL}${page.url}`);
        } catch {
          broken.add(`<${tag} ${attribute}="${raw}"> is not a valid address`, page.url);
          continue;
        }
        if (!own.has(url.origin) || !/^https?:$/.test(url.protocol)) continue;
        references++;
        const target = fileForPath(built.site, url.pathname);
        if (!target) {
          broken.add(`nothing is built at ${url.pathname}`, page.url);
          continue;
        }
        if (!url.hash || !target.endsWith('.html')) continue;
        const anchor = decodeURIComponent(url.hash.slice(1));
        const targetIds = ids(target);
        if (targetIds && !targetIds.has(anchor)) {
          broken.add(`${url.pathname} has no element with id "${anchor}" (<${tag} ${attribute}="${raw}">)`, page.url);
        }
      }
    }
  }

  const problems = broken.lines();
  const listed = sitemapUrls(built.site);
  if (!listed) {
    problems.push('there is no sitemap.xml, so search engines and these checks cannot find every page');
  } else {
    const pages = new Set(built.pages.map((p) => p.url));
    for (const url of listed) if (!pages.has(url)) problems.push(`sitemap.xml lists ${url}, which was not built`);
    const inSitemap = new Set(listed);
    for (const url of pages) {
      if (!inSitemap.has(url) && !isErrorPage(url)) problems.push(`${url} is missing from sitemap.xml`);
    }
  }
  return {
    name: 'Internal links and anchors',
    checked: `${count(references, 'internal reference')} on ${count(built.pages.length, 'page')}, and the sitemap`,
    problems,
  };
}
