/** Every objective an indicator, an actions file or a young-person page names is in content/objectives.yaml. */
import { ProblemList } from '../located.ts';
import { checkReference, idsOf } from '../references.ts';
import type { ContentRule } from '../types.ts';

const FILE = 'content/objectives.yaml';

export const objectiveReferences: ContentRule = {
  id: 'objective-references',
  needs: ['objectives'],
  run(files) {
    const problems = new ProblemList();
    const objectives = idsOf(files.objectives, (objective) => objective.id);
    for (const f of files.indicators) {
      f.data?.forEach((indicator, i) =>
        checkReference(problems, f.source, [i, 'objective'], 'objective', FILE, indicator.objective, objectives),
      );
    }
    for (const f of files.actions) {
      if (f.data) checkReference(problems, f.source, ['objective'], 'objective', FILE, f.data.objective, objectives);
    }
    for (const f of files.youngPeople) {
      const objective = f.data?.objective;
      if (objective) checkReference(problems, f.source, ['objective'], 'objective', FILE, objective, objectives);
    }
    return problems.items;
  },
};
