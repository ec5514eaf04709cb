/** Each indicator's latest rating, as the scorecard pages show it, for the change summary. */
import type { Content } from '../../loader/model.ts';
import { buildFigureIndex, type FigureIndex } from '../../lib/scorecards/index.ts';
import type { LatestRating } from './diff.ts';

/** The figures of each version of the content, worked out once however many indicators are rated. */
const indexes = new WeakMap<Content, FigureIndex>();

export function rateLatest(content: Content, indicatorId: string): LatestRating | undefined {
  let figures = indexes.get(content);
  if (!figures) {
    figures = buildFigureIndex(content);
    indexes.set(content, figures);
  }
  const figure = figures.latest(indicatorId);
  return figure && { rag: figure.rag, periodLabel: figure.periodLabel };
}
