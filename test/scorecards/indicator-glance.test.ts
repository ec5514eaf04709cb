/** IndicatorGlance (placed on the home and objective pages): latest figure, RAG in words, direction, link. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

// Imported by path: tsc has no types for .astro files (astro check covers the component itself).
const COMPONENT = '../../src/components/scorecards/IndicatorGlance.astro';
type Component = Parameters<AstroContainer['renderToString']>[0];
const { default: IndicatorGlance } = (await import(/* @vite-ignore */ COMPONENT)) as { default: Component };

async function render(indicatorIds: string[]): Promise<Document> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(IndicatorGlance, { props: { indicatorIds } });
  return parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
}

// The component reads the content being built: the engine's tests build the minimal council
// (CONTENT_DIR in vitest.config.ts), whose latest placement-moves figure is a small number.
const words = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('IndicatorGlance', () => {
  it('shows each indicator’s latest figure, rating in words and direction, linking to its page', async () => {
    const doc = await render(['pep-up-to-date', 'placement-moves']);
    const items = [...doc.querySelectorAll('li')].map((li) => [li.querySelector('a')?.getAttribute('href'), words(li)]);
    expect(items).toMatchInlineSnapshot(`
      [
        [
          "/indicators/pep-up-to-date/",
          "Personal Education Plans up to date93.8%2025-26Amber: near targetDirection: Not compared",
        ],
        [
          "/indicators/placement-moves/",
          "Children with three or more placements in the year[c]Q2 2025-26No ratingDirection: Not compared",
        ],
      ]
    `);
  });

  it('explains [c] in a footnote when a latest figure is hidden', async () => {
    const doc = await render(['placement-moves']);
    expect(doc.querySelector('.footnote')?.textContent).toContain(
      '[c] means the figure is hidden to protect children’s privacy',
    );
    expect((await render(['pep-up-to-date'])).querySelector('.footnote')).toBeNull();
  });

  it('renders nothing for no indicators, and skips unknown ids', async () => {
    expect((await render([])).body.innerHTML.trim()).toBe('');
    expect((await render(['no-such-indicator'])).querySelectorAll('li')).toHaveLength(0);
  });
});
