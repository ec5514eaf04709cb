/** Each indicator's latest rating, as the scorecard pages show it, for the change summary. */
import type { Content } from '../../loader/model.ts';
import { latestFigure } from '../../lib/scorecards/index.ts';
import type { LatestRating } from './diff.ts';

export function rateLatest(content: Content, indicatorId: string): LatestRating | undefined {
  const figure = latestFigure(content, indicatorId);
  return figure && { rag: figure.rag, periodLabel: figure.periodLabel };
}
