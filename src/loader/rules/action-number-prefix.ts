/**
 * An action id written as a number ("3.4") starts with its objective's number: objective 3 has
 * actions 3.1, 3.2… A council's own references (`ref`) follow its own scheme and are not checked.
 */
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

const ACTION_NUMBER = /^\d+\.\d+$/;

export const actionNumberPrefix: ContentRule = {
  id: 'action-number-prefix',
  needs: ['objectives'],
  run(files) {
    const problems = new ProblemList();
    const numbers = new Map(files.objectives.flatMap((f) => f.data ?? []).map((o) => [o.id, o.number]));
    for (const f of files.actions) {
      if (!f.data) continue;
      const { objective, actions } = f.data;
      const number = numbers.get(objective);
      if (number === undefined) continue;
      actions.forEach((action, i) => {
        if (action.id === undefined || !ACTION_NUMBER.test(action.id)) return;
        const [first, own] = action.id.split('.');
        if (first === String(number)) return;
        problems.at(
          f.source,
          ['actions', i, 'id'],
          `action "${action.id}" is in the file for objective ${number} ("${objective}"), so its number must start with "${number}.", for example "${number}.${own}"`,
        );
      });
    }
    return problems.items;
  },
};
