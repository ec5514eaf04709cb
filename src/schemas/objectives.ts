/** `content/objectives.yaml`: the strategy's priorities, in the order the strategy numbers them. */
import { z } from 'zod';
import { indicatorId, leadRoles, slug, text } from './common.ts';
import { withFileRules } from './file-rules.ts';

export const objectiveSchema = z.strictObject({
  /** Stable id, used in references and in the page address `/objectives/<id>/`. */
  id: slug.meta({ description: 'Stable id, used in references and in the address /objectives/<id>/.' }),
  /** The objective's number. Its actions are numbered under it: objective 3 has actions 3.1, 3.2… */
  number: z
    .int()
    .min(1)
    .meta({ description: 'The objective\'s number. Its actions are numbered 3.1, 3.2… under objective 3.' }),
  /** The objective as a short heading. */
  title: text.meta({ description: 'The objective as a short heading.' }),
  /** One or two sentences saying what the objective is for. */
  summary: text.meta({ description: 'One or two sentences on what the objective is for.' }),
  /** Who leads the objective as a whole. */
  lead: leadRoles,
  /** How the board will know the objective is met. Optional: the check warns when there are none. */
  success_measures: z
    .array(text)
    .default([])
    .meta({
      description:
        'How the board will know the objective is met: one sentence each. Optional, as many strategies have none; the check reminds you when it is missing.',
    }),
  /** Indicators that track this objective. */
  indicators: z
    .array(indicatorId)
    .default([])
    .meta({ description: 'Ids of indicators in content/indicators.yaml that track this objective.' }),
});

export const objectivesFileSchema = withFileRules(
  z.array(objectiveSchema).min(1, 'list at least one objective'),
  (objectives, rule) => {
    objectives.forEach((objective, i) => {
      rule.unique([i, 'id'], 'objective id', objective.id);
      rule.unique([i, 'number'], 'objective number', String(objective.number));
    });
  },
);

export type ObjectiveInput = z.input<typeof objectiveSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
