/**
 * Every status an action or progress update gives is a label of the council's scale (site.yaml's
 * `action_plan.statuses`; by default the five states). Leaving a status out is fine: it has not
 * been reported yet.
 */
import { ACTION_STATUSES } from '../../schemas/actions.ts';
import { statusScale } from '../../lib/action-plan/status-scale.ts';
import { ProblemList } from '../located.ts';
import type { PathSegment, SourceFile } from '../source-file.ts';
import { didYouMean } from '../suggest.ts';
import type { ContentRule } from '../types.ts';

export const actionStatuses: ContentRule = {
  id: 'action-statuses',
  needs: ['site'],
  run(files) {
    const problems = new ProblemList();
    const scale = statusScale(files.site[0]!.data!.action_plan.statuses);
    const names = scale.labels.map((l) => l.label);
    const custom = names.join() !== ACTION_STATUSES.join();
    const check = (source: SourceFile, path: PathSegment[], written: string | undefined): void => {
      if (written === undefined || written.trim() === '' || scale.find(written)) return;
      // A state's own name on a scale that labels it otherwise: point to the label that means it.
      const state = ACTION_STATUSES.find((st) => st === written.trim().toLowerCase());
      const labels = state === undefined ? [] : scale.forState(state).map((l) => `"${l.label}"`);
      const hint =
        labels.length > 0
          ? ` On this council's scale, ${state} is written ${labels.join(' or ')}.`
          : didYouMean(written, names);
      const note = custom ? ' These are the labels listed under action_plan: statuses: in site.yaml.' : '';
      const more = `${hint}${note}`;
      problems.at(
        source,
        path,
        `"status" must be one of: ${names.join(', ')} (not "${written}")${more ? `.${more}` : ''}`,
      );
    };
    // Read from the file as written, so that a file with other problems still gets its statuses checked.
    const stringAt = (value: unknown, key: string): string | undefined => {
      const field = (value as Record<string, unknown> | null)?.[key];
      return typeof field === 'string' ? field : undefined;
    };
    for (const f of files.actions) {
      const rows = (f.source.data as { actions?: unknown } | null)?.actions;
      if (!Array.isArray(rows)) continue;
      rows.forEach((action: unknown, i) => {
        check(f.source, ['actions', i, 'status'], stringAt(action, 'status'));
        const updates = (action as { updates?: unknown } | null)?.updates;
        if (Array.isArray(updates))
          updates.forEach((update: unknown, j) =>
            check(f.source, ['actions', i, 'updates', j, 'status'], stringAt(update, 'status')),
          );
      });
    }
    return problems.items;
  },
};
