/**
 * `content/actions/<objective>.yaml`: one file per objective, holding its rows of the action plan.
 */
import { z } from 'zod';
import { actionId, indicatorId, isoDate, leadRoles, objectiveId, safeUrl, text, timescale } from './common.ts';

/**
 * The states the site reasons with (overdue, counts, filters), in the order it lists them. A council's
 * own status scale (site.yaml's `action_plan.statuses`) maps each of its labels to one of these.
 */
export const ACTION_STATUSES = ['not started', 'on track', 'at risk', 'off track', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A status as the council writes it: one of the labels of its scale (checked against site.yaml). */
export const actionStatus = z.string().trim().min(1, 'write a status, or leave the line out if none has been reported yet').meta({
  description:
    'One of the labels of the council\'s status scale (site.yaml\'s action_plan.statuses), by default: not started, on track, at risk, off track, complete. Leave it out if none has been reported yet.',
});

/** How far through the work is, as a percentage. */
export const percentComplete = z
  .number()
  .min(0, 'percent complete is between 0 and 100')
  .max(100, 'percent complete is between 0 and 100')
  .meta({ description: 'How far through the work is, from 0 to 100 (write 75, not 75% or 0.75).' });

export const progressUpdateSchema = z
  .strictObject({
    /** When the update was written. */
    date: isoDate,
    /**
     * What has happened since the last update, in a sentence or two. Optional when the update gives a
     * status or a percent complete: trackers often report a quarter's RAG with no commentary, and
     * words invented to fill the gap would be read as the council's own.
     */
    text: text
      .optional()
      .meta({
        description:
          'What has happened since the last update. Leave it out only when the update gives a status or percent complete and no words were reported.',
      }),
    /** The status as it stood on that date. */
    status: actionStatus.optional(),
    /** The percent complete as it stood on that date. */
    percent_complete: percentComplete.optional(),
  })
  .refine((update) => update.text !== undefined || update.status !== undefined || update.percent_complete !== undefined, {
    message: 'an update needs text: (what has happened), or at least the status: or percent_complete: it records on its date',
  });

/** "Not applicable", "N/A", "none": what real plans write when an action has no related plan. */
const NONE_WORDS = /^(not applicable|n\/?a|none)\.?$/i;

/** A related plan: its name, and a link when it is published. */
export const relatedPlan = z
  .union([
    text,
    z.strictObject({
      /** What the plan is called. */
      title: text.meta({ description: 'What the plan is called, as readers see it.' }),
      /** Where it is published, when it is. */
      url: safeUrl.optional(),
    }),
  ])
  .transform((plan) => (typeof plan === 'string' ? { title: plan, url: undefined } : plan))
  .meta({
    description:
      'A related plan: its name ("Sufficiency strategy 2025-28"), or a title with a url when it is published.',
  });

export const actionSchema = z.strictObject({
  /**
   * A stable id for the action's address and for meetings to refer to. Optional: without it the
   * address comes from `ref`, or from the objective's number and the action's place in the file.
   */
  id: actionId.optional(),
  /** The council's own reference, in any format: "4.01.01", "A3", "3.4". */
  ref: text
    .max(30, 'a reference is at most 30 characters')
    .refine((ref) => /[A-Za-z0-9]/.test(ref), 'a reference needs at least one letter or digit, such as "A3" or "4.01.01"')
    .optional()
    .meta({
      description:
        'The council\'s own reference for the action, as written in its plan: "4.01.01", "A3", "3.4". Put it in quotes. Leave it out if the plan does not number its actions.',
    }),
  /** What will be done. */
  action: text.meta({ description: 'What will be done.' }),
  /** The action in young people's words, for "How are we doing?" in the young-person edition. */
  young_people: z
    .strictObject({
      title: text.meta({ description: 'What will be done, in a few plain words a child can read: "More foster carers for teenagers".' }),
    })
    .optional()
    .meta({
      description:
        'Optional: the action in young people\'s words. The young-person edition names what is done, might be late or is behind, and uses these words for it (else the action\'s own words).',
    }),
  /** What difference it should make for children and young people. */
  outcome: text.meta({ description: 'The difference it should make for children and young people.' }),
  /** The role that leads it, or a list of joint leads. */
  lead: leadRoles,
  /** Partner organisations and teams that share the work. */
  partners: z
    .array(text)
    .default([])
    .meta({ description: 'Partner organisations or teams that share the work.' }),
  /** Related plans, each a name with an optional link; "Not applicable" means none. */
  plans: z
    .union([z.string().trim().regex(NONE_WORDS, 'write a list of related plans, or "Not applicable"'), z.array(relatedPlan)])
    .default([])
    .transform((plans) => (typeof plans === 'string' ? [] : plans.filter((plan) => !NONE_WORDS.test(plan.title))))
    .meta({
      description:
        'Related plans, such as a sufficiency strategy: each a name, or a title and url. "Not applicable" means none.',
    }),
  /** When it is due. */
  timescale,
  /** Where the action stands now, in the council's status scale. Optional: "not yet reported". */
  status: actionStatus.optional(),
  /** How far through the work is, 0 to 100. */
  percent_complete: percentComplete.optional(),
  /** Indicators that show whether the action is working. */
  indicators: z
    .array(indicatorId)
    .default([])
    .meta({ description: 'Ids of indicators that show whether the action is working.' }),
  /** Dated progress updates, any order: the site shows the newest first. */
  updates: z
    .array(progressUpdateSchema)
    .default([])
    .meta({ description: 'Dated progress updates, each may say the status and percent complete on its date. The site shows the newest first.' }),
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
export type RelatedPlan = z.infer<typeof relatedPlan>;
