/** IndicatorGlance (placed on the home and objective pages): latest figure, RAG in words, direction, link. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/loader/load-content.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import type { IndicatorEntry } from '../../src/model/types.ts';

// Imported by path: tsc has no types for .astro files (astro check covers the component itself).
const COMPONENT = '../../src/components/scorecards/IndicatorGlance.astro';
type Component = Parameters<AstroContainer['renderToString']>[0];
const { default: IndicatorGlance } = (await import(/* @vite-ignore */ COMPONENT)) as { default: Component };

async function render(indicators: readonly IndicatorEntry[]): Promise<Document> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(IndicatorGlance, { props: { indicators } });
  return parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
}

describe('IndicatorGlance', () => {
  const model = buildSiteModel(getContent(), new Date(Date.UTC(2026, 10, 22)));
  const all = model.indicators.all;

  it('shows each indicator’s latest figure, rating in words and direction, linking to its page', async () => {
    const doc = await render(all);
    const items = [...doc.querySelectorAll('li')];
    expect(items).toHaveLength(all.length);
    items.forEach((item, i) => {
      const figure = all[i]!.latest!;
      expect(item.querySelector('a')?.getAttribute('href')).toBe(`/indicators/${all[i]!.id}/`);
      const words = item.textContent!.replace(/\s+/g, ' ');
      expect(words).toContain(figure.display);
      expect(words).toContain(figure.periodLabel);
      expect(words).toMatch(figure.rag ? new RegExp(`${figure.rag}: `, 'i') : /No rating/);
      expect(words).toContain(
        figure.direction ? `Direction: ${figure.direction.replace(/^./, (c) => c.toUpperCase())}` : 'Not compared',
      );
    });
  });

  // The minimal fixture's latest placement-moves figure is a small number; other content may have none.
  const hidden = all.filter((i) => i.latest?.suppressed);
  it.runIf(hidden.length > 0)('explains [c] in a footnote when a latest figure is hidden', async () => {
    const doc = await render(hidden);
    expect(doc.querySelector('.footnote')?.textContent).toContain(
      '[c] means the figure is hidden to protect children’s privacy',
    );
  });

  it('renders nothing for no indicators', async () => {
    expect((await render([])).body.innerHTML.trim()).toBe('');
  });
});
