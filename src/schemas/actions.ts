/**
 * `content/actions/<objective>.yaml`: one file per objective, holding its rows of the action plan.
 */
import { z } from 'zod';
import { actionId, indicatorId, isoDate, leadRoles, link, objectiveId, text, timescale } from './common.ts';

/** The statuses an action can have, in the order the site lists them. */
export const ACTION_STATUSES = ['not started', 'on track', 'at risk', 'off track', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionStatus = z
  .enum(ACTION_STATUSES)
  .meta({ description: 'One of: not started, on track, at risk, off track, complete.' });

export const progressUpdateSchema = z.strictObject({
  /** When the update was written. */
  date: isoDate,
  /** What has happened since the last update, in a sentence or two. */
  text: text.meta({ description: 'What has happened since the last update.' }),
});

export const actionSchema = z.strictObject({
  /** The action's number, such as "3.4": the objective's number, a dot, its own number. */
  id: actionId,
  /** What will be done. */
  action: text.meta({ description: 'What will be done.' }),
  /** What difference it should make for children and young people. */
  outcome: text.meta({ description: 'The difference it should make for children and young people.' }),
  /** The role that leads it, or a list of joint leads. */
  lead: leadRoles,
  /** Partner organisations and teams that share the work. */
  partners: z
    .array(text)
    .default([])
    .meta({ description: 'Partner organisations or teams that share the work.' }),
  /** Links to related plans, such as a sufficiency strategy. */
  plans: z.array(link).default([]).meta({ description: 'Links to related plans, such as a sufficiency strategy.' }),
  /** When it is due. */
  timescale,
  /** Where the action stands now. */
  status: actionStatus,
  /** Indicators that show whether the action is working. */
  indicators: z
    .array(indicatorId)
    .default([])
    .meta({ description: 'Ids of indicators that show whether the action is working.' }),
  /** Dated progress updates, any order: the site shows the newest first. */
  updates: z
    .array(progressUpdateSchema)
    .default([])
    .meta({ description: 'Dated progress updates. The site shows the newest first.' }),
});

export const actionsFileSchema = z.strictObject({
  /** The objective these actions belong to. */
  objective: objectiveId,
  /** The action plan rows for that objective. */
  actions: z.array(actionSchema).min(1, 'list at least one action'),
});

export type ActionInput = z.input<typeof actionSchema>;
export type ActionRow = z.infer<typeof actionSchema>;
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;
