/**
 * The young-person edition names what is done, might be late or is behind ("How are we doing?"),
 * in each action's young-person words (`young_people.title`). Without them it falls back on the
 * action's own words, written for adults: the check warns for each action it names that way, so
 * that an editor sees the gap the quarter an action's status puts it on that page.
 */
import { statusScale } from '../../lib/action-plan/status-scale.ts';
import { NAMED_STATUSES } from '../../lib/young-people/progress.ts';
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const youngPeopleActionWords: ContentRule = {
  id: 'young-people-action-words',
  needs: ['site'],
  run(files) {
    const problems = new ProblemList();
    // Only objectives with a young-person page are shown on "How are we doing?".
    const shown = new Set(files.youngPeople.flatMap((f) => (f.data?.objective ? [f.data.objective] : [])));
    const scale = statusScale(files.site[0]!.data!.action_plan.statuses);
    for (const f of files.actions) {
      if (!f.data || !shown.has(f.data.objective)) continue;
      f.data.actions.forEach((action, i) => {
        const state = action.status === undefined ? undefined : scale.find(action.status)?.means;
        if (state === undefined || !NAMED_STATUSES.has(state) || action.young_people) return;
        problems.at(
          f.source,
          ['actions', i, 'action'],
          `"How are we doing?" in the young-person edition names this action (status "${scale.find(action.status!)!.label}") in its own words, written for adults: add "young_people:" with "title:", a few plain words a child can read, such as "More foster carers for teenagers"`,
          'warning',
        );
      });
    }
    return problems.items;
  },
};
