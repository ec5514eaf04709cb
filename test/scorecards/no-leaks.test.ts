/**
 * No suppressed number appears anywhere in the built site: HTML, SVG, CSV, JSON or the search index.
 * The hidden figures are found from the content itself, so the test follows whatever content is built.
 */
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/loader/load-content.ts';
import { computedValue } from '../../src/lib/scorecards/figures.ts';
import { formatFigure } from '../../src/lib/scorecards/format.ts';
import { periodLabel } from '../../src/lib/calendar/index.ts';
import { buildFigureIndex } from '../../src/lib/scorecards/index.ts';
import { isSuppressed } from '../../src/lib/scorecards/suppression.ts';
import { hasSearchIndex, page, parseCsv, publishedTexts, readDist } from './dist-files.ts';

const content = getContent();
const figures = buildFigureIndex(content);
const hidden = content.scorecards.flatMap((card) =>
  card.indicators.flatMap((row) => {
    const indicator = content.indicators.find((i) => i.id === row.indicator)!;
    return row.values
      .filter((entry) => isSuppressed(indicator, entry, content.site.policy.small_numbers))
      .map((entry) => ({
        indicator,
        year: card.year,
        period: entry.period,
        label: periodLabel(entry.period, card.year),
        raw: computedValue(entry)!,
        numerator: entry.numerator,
      }));
  }),
);
const texts = publishedTexts();

/** `needle` as a whole figure, not part of a longer number ("2%" must not match "12%"). */
function figurePattern(needle: string): RegExp {
  return new RegExp(`(?<![\\d.,])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`);
}

describe('small numbers never leak into the built site', () => {
  it('has hidden figures to check (the content includes small numbers)', () => {
    expect(hidden.length).toBeGreaterThan(0);
    expect(texts.some((t) => t.file.endsWith('.html'))).toBe(true);
  });

  it('no file holds a hidden percentage to any precision', () => {
    for (const h of hidden.filter((h) => !Number.isInteger(h.raw))) {
      for (const form of new Set([String(h.raw), h.raw.toFixed(2), h.raw.toFixed(3)])) {
        const leaks = texts.filter((t) => figurePattern(form).test(t.text)).map((t) => t.file);
        expect(leaks, `${h.indicator.id} ${h.label}: ${form}`).toEqual([]);
      }
    }
  });

  it('the pages about the indicator never show the hidden figure as it would be written', () => {
    for (const h of hidden) {
      const shown = formatFigure(h.raw, h.indicator.unit);
      // A figure that is legitimately shown for the same indicator (another period, a target) can repeat it.
      const others = figures.all(h.indicator.id).filter((f) => f.year !== h.year || f.period !== h.period);
      const elsewhere = others.some((f) =>
        [
          f.display,
          ...[f.target, ...Object.values(f.comparators)].map((v) =>
            v === undefined ? '' : formatFigure(v, h.indicator.unit),
          ),
        ].includes(shown),
      );
      if (elsewhere || h.indicator.unit === 'count') continue;
      for (const url of [`/indicators/${h.indicator.id}/`, `/scorecards/${h.year}/`]) {
        const html = readDist(`${url.slice(1)}index.html`);
        const card = url.startsWith('/scorecards/') ? cardText(html, h.indicator.id) : html;
        expect(figurePattern(shown).test(card), `${url} shows ${shown}`).toBe(false);
      }
    }
  });

  it('the indicator’s table shows [c] for the figure and its numerator, and the chart draws no point for it', () => {
    for (const h of hidden) {
      const doc = page(`/indicators/${h.indicator.id}/`);
      const row = [...doc.querySelectorAll('.data-table tbody tr')].find(
        (tr) => tr.querySelector('th')?.textContent?.trim() === h.label,
      );
      expect(row, h.label).toBeDefined();
      const cells = [...row!.querySelectorAll('td')].map((td) => td.textContent?.trim());
      expect(cells[0]).toBe('[c]');
      if (h.numerator !== undefined) expect(cells[1]).toBe('[c]');
      const drawn = doc.querySelectorAll('svg.trend-chart circle').length;
      const shownFigures = figures.all(h.indicator.id).filter((f) => f.value !== undefined).length;
      expect(drawn).toBe(shownFigures);
    }
  });

  it('the CSV and JSON downloads give [c] for the value and the numerator', () => {
    for (const h of hidden) {
      const csv = parseCsv(readDist(`data/scorecards/${h.year}.csv`)).filter(
        (r) => r['indicator'] === h.indicator.id && r['period'] === h.period,
      );
      const json = (
        JSON.parse(readDist(`data/scorecards/${h.year}.json`)) as { rows: Record<string, unknown>[] }
      ).rows.filter((r) => r['indicator'] === h.indicator.id && r['period'] === h.period);
      for (const rows of [csv, json]) {
        const byMeasure = Object.fromEntries(rows.map((r) => [r['measure'], r]));
        expect(byMeasure['value']).toMatchObject({ value: '[c]' });
        expect(byMeasure['value']?.['rag'] ?? '').toBe('');
        if (h.numerator !== undefined) expect(byMeasure['numerator']).toMatchObject({ value: '[c]' });
      }
    }
  });

  it.runIf(hasSearchIndex())('the search index fragments hold no hidden figure of the indicator', () => {
    const fragments = texts.filter((t) => t.file.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    for (const h of hidden.filter((h) => h.indicator.unit !== 'count')) {
      const shown = formatFigure(h.raw, h.indicator.unit);
      const own = fragments.filter((f) => f.text.includes(`/indicators/${h.indicator.id}/`));
      const elsewhere = figures
        .all(h.indicator.id)
        .some((f) => (f.year !== h.year || f.period !== h.period) && f.display === shown);
      if (!elsewhere) for (const f of own) expect(figurePattern(shown).test(f.text), f.file).toBe(false);
    }
  });
});

/** The text of one indicator's card on a scorecard page. */
function cardText(html: string, id: string): string {
  const start = html.indexOf(`id="indicator-${id}"`);
  const end = html.indexOf('</section>', start);
  return start < 0 ? '' : html.slice(start, end);
}
