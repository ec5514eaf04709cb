/** Each objective has its actions in one file, so the action plan has one place per objective. */
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const oneActionsFilePerObjective: ContentRule = {
  id: 'one-actions-file-per-objective',
  needs: [],
  run(files) {
    const problems = new ProblemList();
    const fileFor = new Map<string, string>();
    for (const f of files.actions) {
      if (!f.data) continue;
      const { objective } = f.data;
      const other = fileFor.get(objective);
      if (other) {
        problems.at(
          f.source,
          ['objective'],
          `objective "${objective}" already has its actions in ${other}: keep one file per objective`,
        );
      }
      fileFor.set(objective, f.source.file);
    }
    return problems.items;
  },
};
