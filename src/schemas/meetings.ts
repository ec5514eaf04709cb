/** `content/meetings/<date>-<body>.yaml`: one file per meeting, past or planned. */
import { z } from 'zod';
import { actionReference, indicatorId, isoDate, leadRoles, roleId, slug, text } from './common.ts';

export const agendaItemSchema = z.strictObject({
  /** The item as it appears on the agenda. */
  title: text,
  /** Who presents it: one role or joint leads. */
  lead: leadRoles,
  /** Action plan rows this item reviews. */
  actions: z
    .array(actionReference)
    .default([])
    .meta({ description: 'The actions this item reviews, by reference ("3.4", "4.01.01", "A3") or id.' }),
  /** Indicators this item reviews. */
  indicators: z.array(indicatorId).default([]).meta({ description: 'Ids of the indicators this item reviews.' }),
});

export const actionArisingSchema = z.strictObject({
  /** What was agreed. */
  what: text.meta({ description: 'What was agreed.' }),
  /** The role that owns it. */
  owner: roleId,
  /** When it is due. */
  due: isoDate,
  /** Whether it has been done. */
  done: z.boolean().default(false).meta({ description: 'true once it has been done.' }),
});

export const meetingSchema = z.strictObject({
  /** The day of the meeting. */
  date: isoDate,
  /** Start time, 24-hour clock. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM on the 24-hour clock, for example "14:00"')
    .optional()
    .meta({ description: 'Start time, 24-hour clock, for example "14:00".' }),
  /** Which body meets: "board", or the id of a sub-group in board.yaml. */
  body: slug.meta({ description: '"board" for the board itself, or the id of a sub-group in content/board.yaml.' }),
  /** Where it meets. */
  location: text.optional(),
  /** The agenda, in order. */
  agenda: z.array(agendaItemSchema).min(1, 'list at least one agenda item'),
  /** Actions the meeting agreed. */
  arising: z.array(actionArisingSchema).default([]).meta({ description: 'Actions the meeting agreed.' }),
});

export type MeetingInput = z.input<typeof meetingSchema>;
export type MeetingFile = z.infer<typeof meetingSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type ActionArising = z.infer<typeof actionArisingSchema>;
