/**
 * `action_plan:` in `content/site.yaml`: how this council writes its action plan. Which references
 * the site shows, the council's own status scale (each label mapped to one of the states the site
 * reasons with), the date the plan stands as at, and whether the plan shows who leads by directorate.
 * Every field has a default that keeps a plan written before these settings existed as it was.
 */
import { z } from 'zod';
import { isoDate, text } from './common.ts';
import { ACTION_STATUSES } from './actions.ts';
import { REPORTING_PERIODS } from '../lib/calendar/index.ts';

/** Whether the site numbers actions itself, shows each action's reference as written, or shows none. */
export const ACTION_REFERENCE_MODES = ['as written', 'numbered', 'none'] as const;
export type ActionReferenceMode = (typeof ACTION_REFERENCE_MODES)[number];


export const statusLabelSchema = z.strictObject({
  /** What the council calls it, as its reports write it: "Green", "Blue", "On track". */
  label: text
    .max(40, 'a status label is at most 40 characters: it is shown in a tag')
    .meta({ description: 'What the council calls this status, as its reports write it, for example "Green".' }),
  /** The state the site reasons with (overdue, counts, filters). */
  means: z.enum(ACTION_STATUSES).meta({
    description: `The state it stands for, one of: ${ACTION_STATUSES.join(', ')}.`,
  }),
  /** Its meaning in words, shown beside the label so that colour is never the only signal. */
  meaning: text.optional().meta({
    description: 'Its meaning in words, shown beside the label, for example "On track to be delivered on time".',
  }),
});

/** The five states, each its own label: the scale a council gets when it declares none. */
export const DEFAULT_STATUS_SCALE = ACTION_STATUSES.map((means) => ({ label: means, means }));

export const actionPlanSettingsSchema = z
  .strictObject({
    /** "as written": each action's `ref` (or `id`); "numbered": 1.1, 1.2… by position; "none": no reference. */
    references: z
      .enum(ACTION_REFERENCE_MODES, {
        error: () => `write one of: ${ACTION_REFERENCE_MODES.map((m) => `"${m}"`).join(', ')}`,
      })
      .default('as written')
      .meta({
        description:
          'Which reference the site shows for each action: "as written" (its ref, such as 4.01.01 or A3, or none if it has none), "numbered" (the site numbers them 1.1, 1.2… in file order) or "none". Default: as written.',
      }),
    /** The council's status scale: default the five states. */
    statuses: z
      .array(statusLabelSchema)
      .min(1, 'list at least one status, or leave statuses out to use the usual five')
      .default(DEFAULT_STATUS_SCALE)
      .meta({
        description:
          'The council\'s own status scale, for example Green, Amber, Red, Blue (complete) and Grey (not started). Each label says which state it means. Default: not started, on track, at risk, off track, complete.',
      }),
    /** The plan as it stood on a date: overdue is judged on that day, not on the build day. */
    as_at: z
      .union([isoDate, z.literal('latest update')])
      .optional()
      .meta({
        description:
          'The date the plan stands as at (YYYY-MM-DD), or "latest update" for the date of its newest progress update. Overdue is judged on that day. Leave it out to judge against the day the site is built.',
      }),
    /** What "the last reporting period" means on "What changed" and in the board pack. */
    reporting_period: z
      .enum(REPORTING_PERIODS, {
        error: () => `write one of: ${REPORTING_PERIODS.map((p) => `"${p}"`).join(', ')}`,
      })
      .default('quarter')
      .meta({
        description:
          'How often the plan is reported: "quarter", "month", "half-year" or "year", counted from the month the reporting year starts (April by default). "What changed" lists the changes since the start of the period the plan\'s date falls in. Default: quarter.',
      }),
    /** Show each lead's directorate and team (roles.yaml) in the plan's tables. */
    show_organisation: z
      .boolean()
      .default(false)
      .meta({ description: 'true to show each lead\'s directorate and team (from roles.yaml) in the action plan. Default: false.' }),
  })
  .superRefine((settings, ctx) => {
    const seen = new Map<string, number>();
    settings.statuses.forEach((status, i) => {
      const key = status.label.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['statuses', i, 'label'],
          message: `the status label "${status.label}" is listed twice (the first is number ${first + 1}): each label must be different`,
        });
    });
  })
  .meta({ description: 'How the action plan is written: references, the status scale, the date it stands as at, how often it is reported.' });

export type ActionPlanSettings = z.infer<typeof actionPlanSettingsSchema>;
export type StatusLabel = z.infer<typeof statusLabelSchema>;
