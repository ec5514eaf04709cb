/** The young-person edition is complete: one home page, and a page for every objective. */
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const youngPeopleCoverage: ContentRule = {
  id: 'young-people-coverage',
  needs: ['youngPeople'],
  run(files) {
    const problems = new ProblemList();
    const homes = files.youngPeople.filter((f) => f.data?.kind === 'home');
    for (const f of homes.slice(1)) {
      problems.at(
        f.source,
        ['kind'],
        `only one young-person page can be the home page; ${homes[0]!.source.file} already is`,
      );
    }
    const explained = new Set(files.youngPeople.flatMap((f) => f.data?.objective ?? []));
    // The council's word for its objectives, when site.yaml can be read ("pledge").
    const term = files.site[0]?.data?.words.objectives.singular ?? 'objective';
    for (const f of files.objectives) {
      f.data?.forEach((objective, i) => {
        if (explained.has(objective.id)) return;
        problems.at(
          f.source,
          [i, 'id'],
          `${term} "${objective.id}" has no young-person page: create it with "npm run new -- young-person ${objective.id}" (it writes content/young-people/${objective.id}.mdx with kind: objective and objective: ${objective.id})`,
        );
      });
    }
    return problems.items;
  },
};
