/**
 * Success measures are optional: many real strategies have none. An objective without any is still
 * worth a reminder, since they are how the board knows the objective is met, so the check warns,
 * naming the objective by the council's own word for it ("pledge 9").
 */
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const successMeasures: ContentRule = {
  id: 'success-measures',
  needs: ['site'],
  run(files) {
    const problems = new ProblemList();
    const term = files.site[0]!.data!.words.objectives.singular;
    for (const f of files.objectives) {
      f.data?.forEach((objective, i) => {
        if (objective.success_measures.length > 0) return;
        problems.at(
          f.source,
          [i, 'title'],
          `${term} ${objective.number} ("${objective.title}") has no success measures: add "success_measures:" with one sentence each on how the board will know it is met, if the strategy gives any`,
          'warning',
        );
      });
    }
    return problems.items;
  },
};
