/** Every action a meeting's agenda reviews is in the action plan. */
import { ProblemList } from '../located.ts';
import { checkReference } from '../references.ts';
import type { ContentRule } from '../types.ts';

export const meetingActions: ContentRule = {
  id: 'meeting-actions',
  needs: ['actions'],
  run(files) {
    const problems = new ProblemList();
    const actions = new Set(files.actions.flatMap((f) => f.data?.actions.map((a) => a.id) ?? []));
    for (const f of files.meetings) {
      f.data?.agenda.forEach((item, i) =>
        item.actions.forEach((id, j) =>
          checkReference(problems, f.source, ['agenda', i, 'actions', j], 'action', 'content/actions/', id, actions),
        ),
      );
    }
    return problems.items;
  },
};
