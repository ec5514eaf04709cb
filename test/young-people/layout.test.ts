/** The young-person frame, rendered alone with the Astro Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import YoungPeopleLayout from '../../src/components/young-people/YoungPeopleLayout.astro';
import { SECOND_COUNCIL } from '../support/paths.ts';

let container: AstroContainer;
beforeAll(async () => {
  // The layout reads the content being built: here a council whose edition has promises and help pages.
  vi.stubEnv('CONTENT_DIR', SECOND_COUNCIL);
  container = await AstroContainer.create();
});

async function render(url: string): Promise<Document> {
  const html = await container.renderToString(YoungPeopleLayout, {
    props: { title: 'Word list' },
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
