/** Every indicator an objective, action, meeting or scorecard names is in content/indicators.yaml. */
import { ProblemList } from '../located.ts';
import { checkReference, idsOf } from '../references.ts';
import type { PathSegment, SourceFile } from '../source-file.ts';
import type { ContentRule } from '../types.ts';

export const indicatorReferences: ContentRule = {
  id: 'indicator-references',
  needs: ['indicators'],
  run(files) {
    const problems = new ProblemList();
    const indicators = idsOf(files.indicators, (indicator) => indicator.id);
    const check = (source: SourceFile, path: PathSegment[], id: string): void =>
      checkReference(problems, source, path, 'indicator', 'content/indicators.yaml', id, indicators);

    for (const f of files.objectives) {
      f.data?.forEach((objective, i) =>
        objective.indicators.forEach((id, j) => check(f.source, [i, 'indicators', j], id)),
      );
    }
    for (const f of files.actions) {
      f.data?.actions.forEach((action, i) =>
        action.indicators.forEach((id, j) => check(f.source, ['actions', i, 'indicators', j], id)),
      );
    }
    for (const f of files.meetings) {
      f.data?.agenda.forEach((item, i) =>
        item.indicators.forEach((id, j) => check(f.source, ['agenda', i, 'indicators', j], id)),
      );
    }
    for (const f of files.scorecards) {
      f.data?.indicators.forEach((row, i) => check(f.source, ['indicators', i, 'indicator'], row.indicator));
    }
    return problems.items;
  },
};
