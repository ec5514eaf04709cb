/**
 * Contacts on a young-person "help" page: who a young person can call, text or email, with the
 * number written once, here, and rendered as a `tel:` or `sms:` link with the number as its text.
 */
import { z } from 'zod';
import { email, text } from './common.ts';

/** A number to call or text, as a reader would dial it: digits and spaces, an optional leading +. */
export const dialNumber = z
  .string()
  .trim()
  .regex(/^\+?\d[\d ]*\d$/, 'write the number as it is dialled, digits and spaces only, for example "0800 1111"')
  .meta({ description: 'A number as it is dialled: digits and spaces, for example "0800 1111". Put it in quotes.' });

export const contactSchema = z
  .strictObject({
    /** Who this is, as a heading: "Childline". */
    name: text,
    /** What they do and why you might get in touch, in plain words. */
    about: text.optional(),
    /** A number to call. */
    phone: dialNumber.optional(),
    /** A number to text. */
    text: dialNumber.optional(),
    /** What to write in the text, if the service asks for a word ("SHOUT"). */
    textWord: text.optional().meta({ description: 'A word to send in the text, if the service asks for one.' }),
    /** A mailbox. Team mailboxes only, never a person's own. */
    email: email.optional().meta({ description: 'A team mailbox, never a person\'s own email.' }),
    /** A web page about the service. */
    web: z.url().optional(),
    /** When someone answers: "Monday to Friday, 9am to 5pm", "Any time, day or night". */
    hours: text.optional().meta({ description: 'When someone answers, for example "Monday to Friday, 9am to 5pm".' }),
  })
  .refine((contact) => contact.phone ?? contact.text ?? contact.email ?? contact.web, {
    message: 'say how to get in touch: add a phone, text, email or web address',
  });

export const contactGroupSchema = z.strictObject({
  /** The group's heading: "If you need help right now". */
  heading: text,
  /** Help right now: shown first on the page, whatever order the groups are written in. */
  urgent: z.boolean().default(false).meta({ description: 'true for help right now: shown first on the page.' }),
  /** A sentence under the heading. */
  intro: text.optional(),
  contacts: z.array(contactSchema).min(1, 'name at least one contact'),
});

export type Contact = z.infer<typeof contactSchema>;
export type ContactGroup = z.infer<typeof contactGroupSchema>;
