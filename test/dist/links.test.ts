/**
 * Every internal link, stylesheet, image, script and form target resolves to a built file, and every
 * `#anchor` to an element with that id on the target page. Links to other sites are not fetched.
 */
import { describe, expect, it } from 'vitest';
import { contentDirFromEnv, loadContent } from '../../src/loader/load-content.ts';
import { fileForPath, htmlPages, TEST_DIST } from '../support/built-site.ts';
import { readDocument } from '../support/parse-html.ts';

const ATTRIBUTES = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
] as const;

/** Origins that count as this site: the test origin and the address in site.yaml (canonical links). */
function ownOrigins(): Set<string> {
  const { content } = loadContent(contentDirFromEnv());
  return new Set(['https://site.test', ...(content ? [new URL(content.site.url).origin] : [])]);
}

describe('internal links and anchors', () => {
  it('all resolve', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(0);
    const origins = ownOrigins();
    const ids = new Map<string, Set<string>>();
    const idsIn = (file: string): Set<string> => {
      let set = ids.get(file);
      if (!set) {
        const doc = readDocument(file);
        set = new Set([...doc.querySelectorAll('[id]')].map((el) => el.id));
        for (const el of doc.querySelectorAll('a[name]')) set.add(el.getAttribute('name')!);
        ids.set(file, set);
      }
      return set;
    };

    // Grouped by missing target, so a missing section reads as one line with the pages linking to it.
    const broken = new Map<string, Set<string>>();
    const report = (problem: string, from: string): void => {
      broken.set(problem, (broken.get(problem) ?? new Set()).add(from));
    };
    let checked = 0;
    for (const page of pages) {
      const doc = readDocument(page.file);
      for (const [tag, attribute] of ATTRIBUTES) {
        for (const element of doc.querySelectorAll(`${tag}[${attribute}]`)) {
          const raw = element.getAttribute(attribute)!;
          const url = new URL(raw, `https://site.test${page.url}`);
          if (!origins.has(url.origin) || !/^https?:$/.test(url.protocol)) continue;
          checked++;
          const target = fileForPath(TEST_DIST, url.pathname);
          if (!target) {
            report(`no page or file at ${url.pathname}`, page.url);
            continue;
          }
          const anchor = decodeURIComponent(url.hash.slice(1));
          if (url.hash && target.endsWith('.html') && !idsIn(target).has(anchor)) {
            report(`${url.pathname} has no element with id "${anchor}" (<${tag} ${attribute}="${raw}">)`, page.url);
          }
        }
      }
    }
    const lines = [...broken].map(([problem, from]) => `${problem}, linked from ${from.size} pages such as ${[...from].slice(0, 3).join(', ')}`);
    console.log(`links: ${checked} internal references on ${pages.length} pages, ${lines.length} distinct broken targets`);
    expect(lines).toEqual([]);
  });
});
