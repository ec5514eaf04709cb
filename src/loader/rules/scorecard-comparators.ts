/**
 * Every comparator a scorecard gives a figure for is one the council declares under `comparators:`
 * in site.yaml (England, statistical neighbours and region unless it lists its own), so that a
 * misspelt key is caught instead of quietly becoming a column of its own.
 */
import { ProblemList } from '../located.ts';
import { didYouMean } from '../suggest.ts';
import type { ContentRule } from '../types.ts';

export const scorecardComparators: ContentRule = {
  id: 'scorecard-comparators',
  needs: ['site'],
  run(files) {
    const problems = new ProblemList();
    // A key listed twice is reported by site.yaml's own rules; here it counts once.
    const declared = [...new Set(files.site[0]!.data!.comparators.map((comparator) => comparator.key))];
    const known = new Set(declared);
    for (const f of files.scorecards) {
      f.data?.indicators.forEach((row, i) => {
        for (const key of Object.keys(row.comparators)) {
          if (known.has(key)) continue;
          const hint =
            didYouMean(key, declared) ||
            (declared.length === 0
              ? ' The council lists none: add it there with a label.'
              : ` Use one of: ${declared.join(', ')}, or add it there with a label.`);
          problems.atKey(
            f.source,
            ['indicators', i, 'comparators'],
            key,
            `unknown comparator "${key}": no comparator with that key under "comparators:" in content/site.yaml.${hint}`,
          );
        }
      });
    }
    return problems.items;
  },
};
