/** The young-person frame, rendered alone with the Astro Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import YoungPeopleLayout from '../../src/components/young-people/YoungPeopleLayout.astro';
import { loadContent } from '../../src/loader/load-content.ts';
import type { YoungPeoplePage } from '../../src/loader/model.ts';
import { siteChrome } from '../../src/model/site-chrome.ts';
import { MINIMAL } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

const content = loadContent(MINIMAL, { today: TODAY }).content!;
/** The fixture's pages, with a promises page and a who-can-help page, which the menu links when they exist. */
const page = (id: string, kind: YoungPeoplePage['data']['kind']): YoungPeoplePage => ({
  id,
  file: `content/young-people/${id}.mdx`,
  data: { title: id, summary: id, kind, order: 100 },
  tree: { type: 'root', children: [] },
});
const chrome = siteChrome(content.site, [
  ...content.youngPeople,
  page('our-promises', 'promises'),
  page('help', 'help'),
]);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(url: string): Promise<Document> {
  const html = await container.renderToString(YoungPeopleLayout, {
    props: { chrome, title: 'Word list' },
    slots: { default: '<h1>Word list</h1>' },
    request: new Request(`https://example.org${url}`),
  });
  return parseHTML(html).document;
}

describe('YoungPeopleLayout', () => {
  it('has the edition’s own short menu, marking the page the reader is on, and no script', async () => {
    const doc = await render('/young-people/glossary/');
    const links = [...doc.querySelectorAll('nav[aria-label="Young people"] a')];
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Start',
      'Promises',
      'Who can help',
      'How are we doing?',
      'Word list',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/young-people/',
      '/young-people/our-promises/',
      '/young-people/help/',
      '/young-people/how-are-we-doing/',
      '/young-people/glossary/',
    ]);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href'))).toEqual([
      '/young-people/glossary/',
    ]);
    expect(doc.body.className).toBe('edition-young-people');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('links to the full plan for adults', async () => {
    const doc = await render('/young-people/');
    expect(doc.querySelector('.yp-adults a')?.getAttribute('href')).toBe('/');
  });
});
