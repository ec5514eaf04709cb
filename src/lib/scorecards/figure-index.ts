/**
 * Every indicator's figures, worked out once per build: the scorecards are read in one pass, each
 * indicator's rows gathered in year order, and its figures computed once. Pages then look figures
 * up by indicator (and year) instead of scanning every scorecard for every row they show.
 */
import type { Content } from '../../loader/model.ts';
import { indicatorFigures, type Figure, type YearRow } from './indicator-figures.ts';

export interface FigureIndex {
  /** Every figure of the indicator, oldest first; empty for an unknown indicator. */
  all(indicatorId: string): readonly Figure[];
  /** The figures of one reporting year, in period order. */
  inYear(indicatorId: string, year: string): readonly Figure[];
  /** The most recent figure reported (which may be a hidden one: it then shows [c]). */
  latest(indicatorId: string): Figure | undefined;
  /** The last figure reported in the year: Q4 or the annual figure, or the latest quarter of a partial year. */
  yearEnd(indicatorId: string, year: string): Figure | undefined;
}

export function buildFigureIndex(content: Pick<Content, 'indicators' | 'scorecards' | 'site'>): FigureIndex {
  const rowsByIndicator = new Map<string, YearRow[]>();
  for (const card of content.scorecards) {
    for (const row of card.indicators) {
      const rows = rowsByIndicator.get(row.indicator) ?? [];
      rows.push({ year: card.year, row });
      rowsByIndicator.set(row.indicator, rows);
    }
  }
  const byIndicator = new Map<string, Figure[]>();
  const byYear = new Map<string, Figure[]>();
  for (const indicator of content.indicators) {
    const figures = indicatorFigures(
      indicator,
      rowsByIndicator.get(indicator.id) ?? [],
      content.site.policy.small_numbers,
    );
    byIndicator.set(indicator.id, figures);
    for (const figure of figures) {
      const key = `${indicator.id} ${figure.year}`;
      const inTheYear = byYear.get(key);
      if (inTheYear) inTheYear.push(figure);
      else byYear.set(key, [figure]);
    }
  }
  const none: readonly Figure[] = [];
  const inYear = (indicatorId: string, year: string): readonly Figure[] => byYear.get(`${indicatorId} ${year}`) ?? none;
  return {
    all: (indicatorId) => byIndicator.get(indicatorId) ?? none,
    inYear,
    latest: (indicatorId) => byIndicator.get(indicatorId)?.at(-1),
    yearEnd: (indicatorId, year) => inYear(indicatorId, year).at(-1),
  };
}
