/** The bench's summaries: what the lead reads in the README comes from these. */
import { describe, expect, it } from 'vitest';
import { costPerAddedPage, pairedRatios, spread } from '../../scripts/bench/stats.ts';

describe('bench summaries', () => {
  it('gives the median and the range of the runs, not the best run', () => {
    expect(spread([9, 4, 6])).toEqual({ median: 6, min: 4, max: 9 });
    expect(spread([4, 10, 6, 8])).toEqual({ median: 7, min: 4, max: 10 });
  });

  it('takes each ratio from a site run and the baseline run made after it', () => {
    // Load rose during the second pair: run by run, the ratio stays 2.
    expect(pairedRatios([10, 20, 10], [5, 10, 5])).toEqual({ median: 2, min: 2, max: 2 });
  });

  it('costs each added page by the change in median time, with the widest range both sizes allow', () => {
    const cost = costPerAddedPage(
      { pages: 100, seconds: { median: 2, min: 1.9, max: 2.2 } },
      { pages: 1100, seconds: { median: 8, min: 7.5, max: 9 } },
    );
    expect(cost.median).toBeCloseTo(6);
    expect(cost.min).toBeCloseTo(5.3);
    expect(cost.max).toBeCloseTo(7.1);
  });
});
