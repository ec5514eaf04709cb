/** IndicatorGlance (placed on the home and objective pages): latest figure, RAG in words, direction, link. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import type { IndicatorEntry, SymbolNotes } from '../../src/model/types.ts';
import { loadValid } from '../support/fixture-council.ts';
import { MINIMAL } from '../support/paths.ts';
import { TEST_TODAY } from '../support/test-date.ts';

// Imported by path: tsc has no types for .astro files (astro check covers the component itself).
const COMPONENT = '../../src/components/scorecards/IndicatorGlance.astro';
type Component = Parameters<AstroContainer['renderToString']>[0];
const { default: IndicatorGlance } = (await import(/* @vite-ignore */ COMPONENT)) as { default: Component };

async function render(indicators: readonly IndicatorEntry[], notes?: SymbolNotes): Promise<Document> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(IndicatorGlance, { props: { indicators, notes } });
  return parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
}

const words = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('IndicatorGlance', () => {
  // The minimal council: pep-up-to-date is 150 of 160 against 95% (amber); placement-moves's latest
  // figure, 4 of 198, is a small number.
  const { indicators, symbolNotes } = buildSiteModel(loadValid(MINIMAL), TEST_TODAY);
  const byId = (id: string): IndicatorEntry => indicators.all.find((i) => i.id === id)!;

  it('shows each indicator’s latest figure, rating in words and direction, linking to its page', async () => {
    const doc = await render([byId('pep-up-to-date'), byId('placement-moves')]);
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

  it('explains [c] in a footnote when a latest figure is hidden, and only then', async () => {
    expect((await render([byId('placement-moves')], symbolNotes)).querySelector('.footnote')?.textContent).toContain(
      '[c] means the figure is hidden to protect children’s privacy',
    );
    expect((await render([byId('pep-up-to-date')], symbolNotes)).querySelector('.footnote')).toBeNull();
  });

  it('leaves the explanation to the page when it is given no notes (a page with several lists explains them once)', async () => {
    expect((await render([byId('placement-moves')])).querySelector('.footnote')).toBeNull();
  });

  it('renders nothing for no indicators', async () => {
    expect((await render([])).body.innerHTML.trim()).toBe('');
  });
});
