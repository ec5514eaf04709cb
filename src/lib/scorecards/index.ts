/**
 * The scorecards module: figures computed, suppressed, rated and compared, ready for pages, charts
 * and downloads. Every number that leaves it has been through the suppression rule.
 */
export type { Rag } from './rag.ts';
export type { Direction } from './direction.ts';
export type { GssSymbol } from './suppression.ts';
export { formatFigure, unitPhrase } from './format.ts';
export { ruleText } from './rule-text.ts';
export { trendSummary } from './trend-summary.ts';

export { indicatorFigures, type Comparators, type Figure, type YearRow } from './indicator-figures.ts';
export { buildFigureIndex, type FigureIndex } from './figure-index.ts';
