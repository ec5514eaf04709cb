/** A meeting's body is "board" or the id of one of the board's sub-groups. */
import { ProblemList } from '../located.ts';
import { checkReference } from '../references.ts';
import type { ContentRule } from '../types.ts';

export const meetingBodies: ContentRule = {
  id: 'meeting-bodies',
  needs: ['board'],
  run(files) {
    const problems = new ProblemList();
    const bodies = new Set(['board', ...files.board.flatMap((f) => f.data?.subgroups.map((s) => s.id) ?? [])]);
    for (const f of files.meetings) {
      const body = f.data?.body;
      if (body === undefined) continue;
      checkReference(
        problems,
        f.source,
        ['body'],
        'body',
        'content/board.yaml (use "board" or a sub-group id)',
        body,
        bodies,
      );
    }
    return problems.items;
  },
};
