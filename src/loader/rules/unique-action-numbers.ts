/** No two actions share a number, across every actions file: the number is the action's address. */
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const uniqueActionNumbers: ContentRule = {
  id: 'unique-action-numbers',
  needs: [],
  run(files) {
    const problems = new ProblemList();
    const seen = new Map<string, string>();
    for (const f of files.actions) {
      f.data?.actions.forEach((action, i) => {
        const path = ['actions', i, 'id'];
        const previous = seen.get(action.id);
        if (previous !== undefined) {
          problems.at(
            f.source,
            path,
            `duplicate action number "${action.id}": it is already used at ${previous}. Each action number must be different`,
          );
        } else {
          const { line, col } = f.source.locate(path);
          seen.set(action.id, `${f.source.file}:${line}:${col}`);
        }
      });
    }
    return problems.items;
  },
};
