/**
 * Building blocks shared by the content schemas. Each carries a description, because editors see
 * these texts as hints in their editor (through the generated JSON Schema) and in error messages.
 */
import { z } from 'zod';
import { addressProblem } from '../lib/addresses.ts';
import { isoDateProblem, timescaleProblem } from '../lib/calendar/index.ts';

/** Ids and file names become page addresses and folder names: this keeps them well inside any file system's limit. */
export const MAX_ID_LENGTH = 60;

/** A short, stable identifier: lower-case letters, digits and hyphens (`virtual-school-head`). */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case letters, digits and single hyphens only, for example "virtual-school-head"',
  )
  // Ids become folder names in the built site (/leads/<id>/): a long one would not fit a file name.
  .max(MAX_ID_LENGTH, `an id is at most ${MAX_ID_LENGTH} characters, because it becomes part of page addresses: shorten it`);

/** A reference to a role in `content/roles.yaml`, by its id. */
export const roleId = slug.meta({
  description: 'The id of a role in content/roles.yaml, for example "virtual-school-head".',
});

/** One lead role, or a list of joint leads. Always a list once loaded. */
export const leadRoles = z
  .union([roleId, z.array(roleId).min(1, 'name at least one lead role')])
  .transform((value) => (Array.isArray(value) ? value : [value]))
  .meta({
    description:
      'The role that leads this, or a list of roles for joint leads. Each is an id from content/roles.yaml.',
  });

/** A reference to an objective in `content/objectives.yaml`, by its id. */
export const objectiveId = slug.meta({
  description: 'The id of an objective in content/objectives.yaml, for example "stable-homes".',
});

/** A reference to an indicator in `content/indicators.yaml`, by its id. */
export const indicatorId = slug.meta({
  description: 'The id of an indicator in content/indicators.yaml, for example "care-leavers-eet".',
});

/**
 * An action's stable id, for its address and for meetings to refer to it: letters and digits joined
 * by dots or hyphens, such as `3.4`, `4.01.01` or `a3`. Optional on actions (see schemas/actions.ts).
 */
export const actionId = z
  .string()
  .regex(
    /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/,
    'write an id of letters and digits joined by dots or hyphens, such as "3.4", "4.01.01" or "a3", in quotes',
  )
  .max(20, 'an action id is at most 20 characters, because it becomes part of page addresses: shorten it')
  .meta({ description: 'A stable id such as "3.4" or "a3", used in the action\'s address. Put it in quotes.' });

/** A calendar date written `YYYY-MM-DD`, checked to be a real date. */
export const isoDate = z
  .string()
  .superRefine((text, ctx) => {
    const problem = isoDateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: 'A date written YYYY-MM-DD, for example 2026-01-05.' });

/** A reporting year such as `2024-25`, starting in the month site.yaml's policy names (April by default). */
export const reportingYear = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'write a reporting year such as "2024-25"')
  .refine(
    (text) => (Number(text.slice(0, 4)) + 1) % 100 === Number(text.slice(5)),
    'the two years must follow each other, for example "2024-25"',
  )
  .meta({
    description:
      'A reporting year, written "2024-25". It runs April to March unless policy.reporting_year_starts in site.yaml says otherwise.',
  });

/** When an action is due: a date, a month, a quarter or "ongoing". */
export const timescale = z
  .string()
  .superRefine((text, ctx) => {
    const problem = timescaleProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description:
      'When it is due: a date (2026-03-31), a month (2026-03), a calendar quarter (2026-Q1) or "ongoing".',
  });

/** Text of one sentence or a short paragraph. Plain text: no HTML. */
export const text = z.string().trim().min(1, 'write some text here: it cannot be empty');

/** How other files name an action: its id, or its reference as the plan writes it (`4.01.01`, `A3`). */
export const actionReference = text
  .max(30, 'an action reference is at most 30 characters')
  .meta({ description: 'The action\'s reference as the plan writes it ("3.4", "4.01.01", "A3"), or its id.' });

/** A team mailbox or contact address. */
export const email = z.email({
  // Only for an address written wrongly: a missing or mistyped one gets the loader's own sentence.
  error: (issue) => (issue.code === 'invalid_format' ? 'write an email address such as "fostering@example.gov.uk"' : undefined),
});

/** "//host" and "/\\host" look like paths but lead to another site, so a path's second character is checked. */
const SAFE_START = /^(https:\/\/|\/(?![/\\]))/;

/** An address: a full https:// address or a path on this site starting with /. */
export const safeUrl = z
  .string()
  .regex(SAFE_START, 'a link must start with https:// or, for a page on this site, /')
  // So do subtler spellings ("/\t/host"), read as browsers read them: see lib/addresses.ts.
  .superRefine((url, ctx) => {
    const problem = SAFE_START.test(url) ? addressProblem(url) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: 'A full https:// address, or a path on this site starting with /.' });

/** A link to a related document or page. */
export const link = z.strictObject({
  /** What the link is called, as readers see it. */
  title: text.meta({ description: 'What the link is called, as readers see it.' }),
  /** The address: a full https:// address or a path on this site starting with /. */
  url: safeUrl,
});
