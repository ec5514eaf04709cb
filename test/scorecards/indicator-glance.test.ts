/** IndicatorGlance (placed on the home and objective pages): latest figure, RAG in words, direction, link. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/loader/load-content.ts';
import { latestFigure } from '../../src/lib/scorecards/index.ts';

// Imported by path: tsc has no types for .astro files (astro check covers the component itself).
const COMPONENT = '../../src/components/scorecards/IndicatorGlance.astro';
type Component = Parameters<AstroContainer['renderToString']>[0];
const { default: IndicatorGlance } = (await import(/* @vite-ignore */ COMPONENT)) as { default: Component };

async function render(indicatorIds: string[]): Promise<Document> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(IndicatorGlance, { props: { indicatorIds } });
  return parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
}

describe('IndicatorGlance', () => {
  const content = getContent();
  const ids = content.indicators.map((i) => i.id);

  it('shows each indicator’s latest figure, rating in words and direction, linking to its page', async () => {
    const doc = await render(ids);
    const items = [...doc.querySelectorAll('li')];
    expect(items).toHaveLength(ids.length);
    items.forEach((item, i) => {
      const figure = latestFigure(content, ids[i]!)!;
      expect(item.querySelector('a')?.getAttribute('href')).toBe(`/indicators/${ids[i]}/`);
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
  const hiddenIds = ids.filter((id) => latestFigure(content, id)?.suppressed);
  it.runIf(hiddenIds.length > 0)('explains [c] in a footnote when a latest figure is hidden', async () => {
    const doc = await render(hiddenIds);
    expect(doc.querySelector('.footnote')?.textContent).toContain(
      '[c] means the figure is hidden to protect children’s privacy',
    );
  });

  it('renders nothing for no indicators, and skips unknown ids', async () => {
    expect((await render([])).body.innerHTML.trim()).toBe('');
    expect((await render(['no-such-indicator'])).querySelectorAll('li')).toHaveLength(0);
  });
});
