/** Every action a meeting's agenda reviews is in the action plan, named by its key (id, else ref, else number). */
import { keyedActionRows } from '../action-rows.ts';
import { ProblemList } from '../located.ts';
import { checkReference } from '../references.ts';
import type { ContentRule } from '../types.ts';

export const meetingActions: ContentRule = {
  id: 'meeting-actions',
  needs: ['actions', 'objectives'],
  run(files) {
    const problems = new ProblemList();
    const actions = new Set(keyedActionRows(files).map((a) => a.key));
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
