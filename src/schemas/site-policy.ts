/**
 * `policy:` in `content/site.yaml`: the rules the check and the site apply to this council's content.
 * The defaults are the usual English ones (the Department for Education's small-number rule, Flesch
 * reading ease 70 for young people, an April to March reporting year); a council changes only what
 * its own policy says differently.
 */
import { z } from 'zod';
import { MONTHS } from '../lib/calendar/index.ts';

const count = z.int().min(0);
const days = z.int().min(1);
const ease = z.number().min(0).max(100);

export const smallNumbersPolicySchema = z
  .strictObject({
    /** Counts of children from 1 up to this are hidden as [c]. */
    hide_counts_up_to: count
      .default(5)
      .meta({ description: 'Counts of children from 1 up to this number are hidden as [c]. Default: 5.' }),
    /** A percentage is hidden when its numerator is this or less. */
    hide_percentage_when_numerator_up_to: count
      .default(5)
      .meta({ description: 'A percentage is hidden as [c] when its numerator is this number or less. Default: 5.' }),
    /** A percentage is hidden when its denominator is this or less. */
    hide_percentage_when_denominator_up_to: count
      .default(10)
      .meta({ description: 'A percentage is hidden as [c] when its denominator is this number or less. Default: 10.' }),
    /**
     * Secondary suppression: when a numerator and denominator differ by this many children or fewer
     * (46 of 47 care leavers in touch says 1 is not), both are hidden as [c]. 0 turns it off.
     */
    hide_counts_when_difference_up_to: count.default(5).meta({
      description:
        'When the children counted and the group they are part of differ by this many or fewer (46 of 47 says 1 is not), both are hidden as [c] and only the percentage is shown. 0 turns it off. Default: 5.',
    }),
    /** The percentage too is hidden when the difference is this or less (0: the percentage is shown). */
    hide_percentage_when_difference_up_to: count.default(0).meta({
      description:
        'A percentage is hidden as [c] as well when the children counted and the group differ by this many or fewer: for a council that publishes the size of each group elsewhere, from which the percentage would give the difference away. Default: 0 (the percentage is shown).',
    }),
  })
  .meta({ description: 'When figures about children are too small to publish (statistical disclosure control).' });

export const readingEasePolicySchema = z
  .strictObject({
    /** Young-person pages below this Flesch Reading Ease score fail the check. */
    young_people_minimum: ease
      .default(70)
      .meta({ description: 'Young-person pages must score at least this on the Flesch Reading Ease scale (0 to 100). Default: 70.' }),
    /** The strategy and annual reports get a warning below this score. */
    main_edition_warning_below: ease
      .default(50)
      .meta({ description: 'The strategy and annual reports get a warning below this Flesch Reading Ease score. Default: 50.' }),
  })
  .meta({ description: 'How easy to read the text must be.' });

export const stalenessPolicySchema = z
  .strictObject({
    /** An overdue action needs a progress update at least this often. */
    update_overdue_actions_every_days: days
      .default(90)
      .meta({ description: 'An overdue action gets a warning when it has had no progress update for this many days. Default: 90.' }),
    /** A period's figures are expected this many days after it ends. */
    figures_due_days_after_period: days
      .default(60)
      .meta({ description: 'A period\'s figures are expected this many days after the period ends. Default: 60.' }),
  })
  .meta({ description: 'When the check warns that content has gone out of date.' });

/** A mail domain, such as yourcouncil.gov.uk or nhs.net. */
const mailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'write a mail domain such as "yourcouncil.gov.uk" or "nhs.net", without "@" or https://');

export const personalDataPolicySchema = z
  .strictObject({
    /** The council's own mail domains (and partners' whose team mailboxes it lists). */
    email_domains: z
      .array(mailDomain)
      .min(1, 'list at least one domain, or leave email_domains out to use the domain of contact.email')
      .optional()
      .meta({
        description:
          'The mail domains a role\'s mailbox may be at, such as [yourcouncil.gov.uk, nhs.net]. Addresses at their sub-domains count too. Default: the domain of contact.email and of the site\'s url.',
      }),
    /** More personal email services, added to the check's own list (gmail.com, hotmail.com, btinternet.com…). */
    personal_email_providers: z
      .array(mailDomain)
      .default([])
      .meta({
        description:
          'Personal email services to warn about, added to the check\'s own list (gmail.com, hotmail.com, outlook.com, yahoo.co.uk, icloud.com, btinternet.com…).',
      }),
  })
  .meta({ description: 'What the check treats as personal data: where team mailboxes may be, and which mail services are personal.' });

export const policySchema = z
  .strictObject({
    small_numbers: smallNumbersPolicySchema.prefault({}),
    personal_data: personalDataPolicySchema.prefault({}),
    reading_ease: readingEasePolicySchema.prefault({}),
    staleness: stalenessPolicySchema.prefault({}),
    /** The month the reporting year starts: April in England and Wales, August in Scotland. */
    reporting_year_starts: z
      .enum(MONTHS)
      .default('April')
      .meta({
        description:
          'The month the reporting year starts, written in full: April in England (April to March), August in Scotland. Q1 is its first three months. Default: April.',
      }),
  })
  .meta({ description: 'The council\'s rules for small numbers, reading ease, out-of-date content and its reporting year. Leave out what follows the defaults.' });

export type Policy = z.infer<typeof policySchema>;
export type SmallNumbersPolicy = z.infer<typeof smallNumbersPolicySchema>;
export type ReadingEasePolicy = z.infer<typeof readingEasePolicySchema>;
export type StalenessPolicy = z.infer<typeof stalenessPolicySchema>;
export type PersonalDataPolicy = z.infer<typeof personalDataPolicySchema>;

/** Every default, for code that runs when site.yaml itself could not be read. */
export const DEFAULT_POLICY: Policy = policySchema.parse({});
