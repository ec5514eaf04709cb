/** Every role named as a lead, chair, member or owner is a role in content/roles.yaml. */
import { ProblemList } from '../located.ts';
import { checkReference, checkRoleReferences, idsOf } from '../references.ts';
import type { ContentRule } from '../types.ts';

export const roleReferences: ContentRule = {
  id: 'role-references',
  needs: ['roles'],
  run(files) {
    const problems = new ProblemList();
    const roles = idsOf(files.roles, (role) => role.id);
    const one = (source: Parameters<typeof checkReference>[1], path: (string | number)[], id: string): void =>
      checkReference(problems, source, path, 'role', 'content/roles.yaml', id, roles);

    for (const f of files.indicators) {
      f.data?.forEach((indicator, i) => checkRoleReferences(problems, f.source, [i, 'lead'], indicator.lead, roles));
    }
    for (const f of files.objectives) {
      f.data?.forEach((objective, i) => checkRoleReferences(problems, f.source, [i, 'lead'], objective.lead, roles));
    }
    for (const f of files.actions) {
      f.data?.actions.forEach((action, i) =>
        checkRoleReferences(problems, f.source, ['actions', i, 'lead'], action.lead, roles),
      );
    }
    for (const f of files.board) {
      const board = f.data;
      if (!board) continue;
      one(f.source, ['chair'], board.chair);
      if (board.vice_chair) one(f.source, ['vice_chair'], board.vice_chair);
      board.membership.forEach((m, i) => m.role && one(f.source, ['membership', i, 'role'], m.role));
      board.subgroups.forEach((s, i) => one(f.source, ['subgroups', i, 'chair'], s.chair));
    }
    for (const f of files.meetings) {
      const meeting = f.data;
      if (!meeting) continue;
      meeting.agenda.forEach((item, i) =>
        checkRoleReferences(problems, f.source, ['agenda', i, 'lead'], item.lead, roles),
      );
      meeting.arising.forEach((a, i) => one(f.source, ['arising', i, 'owner'], a.owner));
    }
    return problems.items;
  },
};
