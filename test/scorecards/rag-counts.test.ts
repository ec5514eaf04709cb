/** Indicators by RAG at a glance, as the home page's objective cards show them. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { buildFigureIndex } from '../../src/lib/scorecards/index.ts';
import { ragCounts } from '../../src/lib/scorecards/rag-counts.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

describe('ragCounts', () => {
  const figures = buildFigureIndex(loadContent(copyCouncil(), { today: TODAY }).content!);

  it('counts an indicator whose latest figure is hidden as not rated', () => {
    // placement-moves: Q2 is 4 of 198, a hidden figure, so it carries no rating.
    expect(ragCounts(figures, ['placement-moves'])).toEqual({ total: 1, byRag: [], unrated: 1 });
  });

  it('counts ratings in green, amber, red order and leaves out colours with none', () => {
    // pep-up-to-date: 150 of 160 = 93.8% against 95% with 5% tolerance, so amber.
    expect(ragCounts(figures, ['pep-up-to-date', 'placement-moves'])).toEqual({
      total: 2,
      byRag: [{ rag: 'amber', count: 1 }],
      unrated: 1,
    });
  });
});
