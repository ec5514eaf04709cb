/** `content/site.yaml`: who publishes the site, what strategy it carries, and the council's branding. */
import { z } from 'zod';
import { email, isoDate, text } from './common.ts';
import { actionPlanSettingsSchema } from './site-action-plan.ts';
import { comparatorsListSchema } from './site-comparators.ts';
import { policySchema } from './site-policy.ts';
import { wordsSchema } from './site-words.ts';
import { withFileRules } from './file-rules.ts';

/** A code in the DfE's statistics, such as E06000015 (a council) or E12000004 (a region). */
const laCode = z.string().regex(/^[EWSN]\d{8}$/, 'write a nine-character code such as "E06000015", as in the DfE\'s files');

const siteShape = z.strictObject({
  /** The council's full name, as in its letterheads. */
  council: text.meta({ description: 'The council\'s full name, as on its letterheads.' }),
  /** Other councils the content names on purpose (partners, statistical neighbours): not warned about. */
  other_councils: z
    .array(text)
    .default([])
    .meta({
      description:
        'Other councils the content names on purpose, such as partners or statistical neighbours, as written: "Kent County Council". The check warns about any other council named in the content, which is often text left from another council\'s plan.',
    }),
  /** The public address the site is published at, used in feeds, the sitemap and calendar links. */
  url: z
    .url({
      protocol: /^https$/,
      // Only for an address written wrongly: a missing one gets the loader's own sentence.
      error: (issue) => (issue.code === 'invalid_format' ? 'write the full https:// address the site is published at' : undefined),
    })
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
      // "//host/logo.svg" would load the logo from another site on every page.
      .refine((path) => !path.includes('//'), 'a logo path starts with one "/" and names a file under public/, such as "/logo.svg": it cannot be another site\'s address')
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
  /** How the action plan is written: references, status scale, the date it stands as at; defaults for all. */
  action_plan: actionPlanSettingsSchema.prefault({}),
  /** What scorecard figures are compared with: England, statistical neighbours and region by default. */
  comparators: comparatorsListSchema,
  /** Site search: words that mean the same, so searching for one finds pages that use another. */
  search: z
    .strictObject({
      synonyms: z
        .array(z.array(text).min(2, 'a group of synonyms needs at least two words'))
        .default([])
        .meta({
          description:
            'Groups of words that mean the same for searching, for example [dentist, dental]. The glossary\'s terms and abbreviations are added for you.',
        }),
    })
    .prefault({}),
  /** The council's codes in the DfE's statistics, so comparators can be imported from them. */
  codes: z
    .strictObject({
      /** The council's nine-character code, as in the DfE's new_la_code column. */
      new_la_code: laCode.optional().meta({ description: 'The council\'s code in the DfE\'s new_la_code column, for example "E06000015".' }),
      /** The council's region, as in the DfE's region_code column. */
      region_code: laCode.optional().meta({ description: 'The region\'s code in the DfE\'s region_code column, for example "E12000004".' }),
    })
    .optional(),
  /** The council's ten statistical neighbours, by their new_la_code, as the DfE publishes them. */
  statistical_neighbours: z
    .array(laCode)
    .optional()
    .meta({ description: 'The new_la_code of each of the council\'s statistical neighbours, as the DfE lists them.' }),
  /** How the neighbours' figures are averaged. */
  statistical_neighbours_average: z
    .enum(['mean', 'median'])
    .default('mean')
    .meta({ description: 'How the neighbours\' figures are averaged: mean or median.' }),
});

export const siteSchema = withFileRules(siteShape, (site, rule) => {
  if (site.strategy.to < site.strategy.from) {
    rule.problem(['strategy', 'to'], `the strategy cannot end (${site.strategy.to}) before it starts (${site.strategy.from})`);
  }
  site.comparators.forEach((comparator, i) => rule.unique(['comparators', i, 'key'], 'comparator key', comparator.key));
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.infer<typeof siteSchema>;
