/**
 * The pages a fixture council's browser checks visit (test/support/representative-pages.ts): the
 * home page, then the fewest pages that between them show every kind of element, so that a kind
 * only one page has (a red rating, a checkbox, a table's header cell) is always looked at.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { representativePages } from '../support/representative-pages.ts';
import { testSite } from '../support/test-sites.ts';
import { BuiltPages } from '../../src/cli/verify/built-pages.ts';

/** A built site of these pages, by address, each listed in its sitemap. */
function siteOf(pages: Record<string, string>): string {
  const site = mkdtempSync(path.join(tmpdir(), 'representative-'));
  for (const [url, body] of Object.entries(pages)) {
    mkdirSync(path.join(site, url), { recursive: true });
    writeFileSync(path.join(site, url, 'index.html'), `<!doctype html><html lang="en"><body>${body}</body></html>`);
  }
  const locs = Object.keys(pages).map((url) => `<url><loc>https://example.org${url}</loc></url>`);
  writeFileSync(path.join(site, 'sitemap.xml'), `<urlset>${locs.join('')}</urlset>`);
  return site;
}

describe('the representative pages of a built site', () => {
  it('starts at the home page and takes each page that alone shows a kind of element', () => {
    const site = siteOf({
      '/': '<main><p>Welcome</p></main>',
      '/actions/1/': '<main><p>Action</p><strong class="rag rag--green">Green</strong></main>',
      '/actions/2/': '<main><p>Action</p><strong class="rag rag--green">Green</strong></main>',
      '/actions/3/': '<main><p>Action</p><strong class="rag rag--red">Red</strong></main>',
      '/filters/': '<main><input type="text"><input type="checkbox"></main>',
      '/more-filters/': '<main><input type="text"></main>',
      '/table/': '<main><table><tr><th scope="col">A</th></tr><tr><td>1</td></tr></table></main>',
    });
    expect(representativePages(site)).toEqual(['/', '/table/', '/filters/', '/actions/1/', '/actions/3/']);
    // Chosen only from the pages given, when given.
    expect(representativePages(site, ['/actions/2/', '/more-filters/', '/filters/'])).toEqual([
      '/actions/2/',
      '/filters/',
    ]);
  });

  it('shows on the pages it takes every kind of element the second council’s site has', async () => {
    const site = await testSite('second-council');
    const built = new BuiltPages(site);
    const kinds = (urls: readonly string[]): Set<string> =>
      new Set(
        urls.flatMap((url) =>
          [...built.at(url)!.document.querySelectorAll('body *')].map(
            (el) => `${el.localName}.${[...el.classList].sort().join('.')}`,
          ),
        ),
      );
    const chosen = representativePages(site);
    const all = built.pages.map((page) => page.url).filter((url) => !url.startsWith('/404'));
    expect(chosen.length).toBeLessThan(all.length * 0.6);
    expect([...kinds(all)].filter((kind) => !kinds(chosen).has(kind))).toEqual([]);
  });
});
