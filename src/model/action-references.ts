/**
 * The reference readers see beside an action, as the council chose in site.yaml's
 * `action_plan.references`: its own reference as written ("4.01.01", "A3"; an `id` written in the
 * old action-number style counts as one), a number the site gives it from its place in the plan
 * ("3.4"), or none at all.
 */
import type { Action, Role } from '../loader/model.ts';
import { positionNumber } from '../lib/action-plan/keys.ts';
import type { ActionReferenceMode } from '../schemas/site-action-plan.ts';

/** An id written as a number ("3.4", "4.01.01"), as plans wrote their references before `ref` existed. */
const NUMBER_LIKE = /^\d+(?:\.\d+)+$/;

export function shownReference(
  action: Pick<Action, 'ref' | 'writtenId' | 'position'>,
  objectiveNumber: number,
  mode: ActionReferenceMode,
): string | undefined {
  if (mode === 'none') return undefined;
  if (mode === 'numbered') return positionNumber(objectiveNumber, action.position);
  if (action.ref !== undefined) return action.ref;
  // Any other id only pins an address: it is not the council's reference.
  return action.writtenId !== undefined && NUMBER_LIKE.test(action.writtenId) ? action.writtenId : undefined;
}

/** Where a lead's post sits: "Fostering, Children's Services" (its team, then its directorate when it has one). */
export function organisationOf(role: Pick<Role, 'team' | 'directorate'>): string {
  return role.directorate === undefined ? role.team : `${role.team}, ${role.directorate}`;
}
