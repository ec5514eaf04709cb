/**
 * The bench's summaries: a median with its range over repeated runs, and ratios taken run by run.
 * On a shared machine a single run says little, and the best run says only how fast it can be when
 * nothing else runs: the median and the range say what to expect and how much it moved.
 */

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('No values to summarise.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/**
 * The site's time over the baseline's, one ratio per pair of runs made one after the other (site,
 * baseline, site, baseline…), so that each ratio compares runs made under about the same load.
 */
export function pairedRatios(site: readonly number[], baseline: readonly number[]): Spread {
  if (site.length !== baseline.length) throw new Error('Ratios need as many site runs as baseline runs.');
  return spread(site.map((seconds, i) => seconds / baseline[i]!));
}

/**
 * What each page added between two sizes costs, in milliseconds: the change of the median time over
 * the change in pages. The range takes the extremes of both sizes' runs, so it is wide when the
 * machine was noisy.
 */
export function costPerAddedPage(
  from: { pages: number; seconds: Spread },
  to: { pages: number; seconds: Spread },
): Spread {
  const added = to.pages - from.pages;
  if (added <= 0) throw new Error('The larger size must have more pages.');
  const ms = (seconds: number) => (seconds * 1000) / added;
  return {
    median: ms(to.seconds.median - from.seconds.median),
    min: ms(to.seconds.min - from.seconds.max),
    max: ms(to.seconds.max - from.seconds.min),
  };
}
