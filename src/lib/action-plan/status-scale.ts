/**
 * The council's status scale (site.yaml's `action_plan.statuses`): its labels, each standing for one
 * of the states the site reasons with. Labels are matched without regard to case ("green" is
 * "Green"), because trackers write them both ways.
 */
import type { ActionStatus } from '../../schemas/actions.ts';
import type { StatusLabel } from '../../schemas/site-action-plan.ts';

export interface StatusScale {
  labels: readonly StatusLabel[];
  /** The label an action's status was written as, or undefined when it is not on the scale. */
  find(written: string): StatusLabel | undefined;
  /** The labels that stand for a state, in the scale's order. */
  forState(state: ActionStatus): StatusLabel[];
}

export function statusScale(labels: readonly StatusLabel[]): StatusScale {
  const byName = new Map(labels.map((label) => [label.label.toLowerCase(), label]));
  return {
    labels,
    find: (written) => byName.get(written.trim().toLowerCase()),
    forState: (state) => labels.filter((label) => label.means === state),
  };
}

/** True when the label is only the state's own name ("on track" for on track): nothing to explain. */
export function isPlainState(label: StatusLabel): boolean {
  return label.label.toLowerCase() === label.means;
}
