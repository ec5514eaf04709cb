/** A scorecard's or annual report's year is its file name, because the file name makes its address. */
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const yearsMatchFileNames: ContentRule = {
  id: 'years-match-file-names',
  needs: [],
  run(files) {
    const problems = new ProblemList();
    for (const f of [...files.scorecards, ...files.annualReports]) {
      const year = f.data?.year;
      if (year === undefined || year === f.id) continue;
      const extension = f.type === 'scorecards' ? 'yaml' : 'mdx';
      problems.at(
        f.source,
        ['year'],
        `year "${year}" does not match the file name: rename the file to ${year}.${extension} or correct the year`,
      );
    }
    return problems.items;
  },
};
