/** `content/site.yaml`: who publishes the site, what strategy it carries, and the council's branding. */
import { z } from 'zod';
import { email, isoDate, text } from './common.ts';
import { comparatorsListSchema } from './site-comparators.ts';
import { policySchema } from './site-policy.ts';
import { wordsSchema } from './site-words.ts';

export const siteSchema = z.strictObject({
  /** The council's full name, as in its letterheads. */
  council: text.meta({ description: 'The council\'s full name, as on its letterheads.' }),
  /** The public address the site is published at, used in feeds, the sitemap and calendar links. */
  url: z
    .url({ protocol: /^https$/, error: 'write the full https:// address the site is published at' })
    .meta({ description: 'The https:// address the site is published at, for example https://corporateparenting.example.gov.uk' }),
  strategy: z.strictObject({
    /** The strategy's title as it appears on the cover. */
    title: text.meta({ description: 'The strategy\'s title, for example "Corporate parenting strategy".' }),
    /** First year the strategy covers. */
    from: z.int().min(2000).max(2100).meta({ description: 'The first year the strategy covers, for example 2025.' }),
    /** Last year the strategy covers. */
    to: z.int().min(2000).max(2100).meta({ description: 'The last year the strategy covers, for example 2028.' }),
  }),
  contact: z.strictObject({
    /** The team readers should write to about the strategy. */
    team: text.meta({ description: 'The team readers should contact about the strategy.' }),
    /** That team's mailbox. */
    email: email.meta({ description: 'That team\'s mailbox.' }),
    /** A phone number, written as readers should dial it. */
    phone: text.optional().meta({ description: 'A phone number, written as readers should dial it.' }),
    /** A postal address, one line. */
    address: text.optional().meta({ description: 'A postal address on one line.' }),
  }),
  /** When the council last reviewed the strategy. */
  last_reviewed: isoDate.meta({ description: 'When the strategy was last reviewed (YYYY-MM-DD).' }),
  /** When the council will next review the strategy. */
  next_review: isoDate.meta({ description: 'When the strategy will next be reviewed (YYYY-MM-DD).' }),
  branding: z.strictObject({
    /** The short name shown in the header, usually the place's name. */
    display_name: text.meta({ description: 'The short name shown in the header, usually the place\'s name.' }),
    /** A logo file under public/, starting with /. */
    logo: z
      .string()
      .regex(/^\/[\w./-]+\.(svg|png)$/, 'a logo is an .svg or .png file under public/, written as "/logo.svg"')
      .refine((path) => !path.split('/').includes('..'), 'a logo path cannot go up a folder with "..": put the file under public/ and write "/logo.svg"')
      .optional()
      .meta({ description: 'A logo file under public/, written as "/logo.svg". SVG is best.' }),
    /** The council's accent colour as #rrggbb. Used for the header and links, so it must be dark enough. */
    accent_colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'write the colour as #rrggbb, for example "#0b4f6c"')
      .meta({ description: 'Accent colour as #rrggbb. It must reach 4.5:1 contrast against white.' }),
  }),
  /** The council's own words for its objectives, navigation and home page; defaults for all. */
  words: wordsSchema.prefault({}),
  /** Small numbers, reading ease, staleness and the reporting year; defaults for all. */
  policy: policySchema.prefault({}),
  /** What scorecard figures are compared with: England, statistical neighbours and region by default. */
  comparators: comparatorsListSchema,
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.infer<typeof siteSchema>;
