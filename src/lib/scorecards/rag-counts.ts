/**
 * Indicators by RAG rating at a glance: how many of a set of indicators are on, near or off target
 * at their latest figure, and how many carry no rating (context-only, hidden or not yet reported).
 */
import type { FigureIndex } from './figure-index.ts';
import type { Rag } from './rag.ts';

export interface RagCounts {
  total: number;
  byRag: { rag: Rag; count: number }[];
  unrated: number;
}

const ORDER: Rag[] = ['green', 'amber', 'red'];

export function ragCounts(figures: FigureIndex, indicatorIds: readonly string[]): RagCounts {
  const rags = indicatorIds.map((id) => figures.latest(id)?.rag);
  return {
    total: indicatorIds.length,
    byRag: ORDER.map((rag) => ({ rag, count: rags.filter((r) => r === rag).length })).filter((c) => c.count > 0),
    unrated: rags.filter((r) => r === undefined).length,
  };
}
