/**
 * Front matter of the MDX pages: the strategy, annual reports and the young-person edition.
 * The body under the front matter is the page's prose.
 */
import { z } from 'zod';
import { isoDate, objectiveId, reportingYear, slug, text } from './common.ts';
import { contactGroupSchema } from './contacts.ts';

export const strategyFrontMatterSchema = z.strictObject({
  /** The page heading. */
  title: text,
  /** The vision in one or two sentences: the home page leads with it. */
  vision: text.meta({ description: 'The vision in one or two sentences; the home page leads with it.' }),
  /** The principles the council works by. */
  principles: z
    .array(z.strictObject({ title: text, description: text }))
    .min(1)
    .meta({ description: 'The principles the council works by: a short title and a sentence each.' }),
});

export const annualReportFrontMatterSchema = z.strictObject({
  /** The reporting year (April to March unless site.yaml's policy says otherwise). */
  year: reportingYear,
  /** The report's heading. */
  title: text,
  /** One or two sentences summing up the year. */
  summary: text,
  /** What the board considered during the year. */
  considered: z.array(text).min(1),
  /** What went well. */
  strengths: z.array(text).min(1),
  /** What needs to improve. */
  development: z.array(text).min(1).meta({ description: 'Areas for development: what needs to improve.' }),
  /** What the board will focus on next year. */
  priorities: z.array(text).min(1).meta({ description: 'Priorities for next year.' }),
});

export const YOUNG_PEOPLE_KINDS = ['home', 'promises', 'objective', 'help', 'page'] as const;

export const youngPeopleFrontMatterSchema = z
  .strictObject({
    /** The page heading, in plain words. */
    title: text,
    /** One short sentence saying what the page is about. */
    summary: text,
    /** What the page is: home, promises, objective, help or page. */
    kind: z.enum(YOUNG_PEOPLE_KINDS).meta({ description: 'home, promises, objective, help or page.' }),
    /** For kind: objective, the objective this page explains. */
    objective: objectiveId.optional(),
    /** Where the page sits in the menu: lower comes first. */
    order: z.int().min(0).default(100),
    /** The page address under /young-people/. Defaults to the file name. */
    slug: slug.optional(),
    /**
     * Text written with young people, published word for word: who it was written with, and who
     * signed it off and when. Once signed off, the reading-ease minimum does not apply to the page.
     */
    co_produced: z
      .strictObject({
        with: text.meta({ description: 'Who wrote it with you, for example "the Children in Care Council".' }),
        signed_off_by: text
          .optional()
          .meta({ description: 'Who agreed it is published word for word, for example "Chair of the Children in Care Council".' }),
        signed_off_on: isoDate.optional().meta({ description: 'When they signed it off, YYYY-MM-DD.' }),
      })
      .optional()
      .meta({
        description:
          'For text written with young people: with whom, and who signed it off when. Signed off, it is published word for word even below the reading-ease minimum.',
      }),
    /** On a help page: who can help, in groups; help right now is shown first. */
    contacts: z
      .array(contactGroupSchema)
      .optional()
      .meta({ description: 'Who can help, in groups, each number written once: shown as links to call or text.' }),
  })
  .superRefine((page, ctx) => {
    const signed = page.co_produced;
    if (signed && (signed.signed_off_by === undefined) !== (signed.signed_off_on === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['co_produced', signed.signed_off_by === undefined ? 'signed_off_on' : 'signed_off_by'],
        message: 'give both signed_off_by and signed_off_on: who signed the text off, and the date they did',
      });
    }
    if (page.kind === 'objective' && page.objective === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['objective'],
        message: 'a page of kind "objective" must say which objective it explains: add objective: <id>',
      });
    }
    if (page.kind !== 'objective' && page.objective !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'this page names an objective, so its kind should be "objective"',
      });
    }
  });

export type StrategyFrontMatter = z.infer<typeof strategyFrontMatterSchema>;
export type AnnualReportFrontMatter = z.infer<typeof annualReportFrontMatterSchema>;
export type YoungPeopleFrontMatter = z.infer<typeof youngPeopleFrontMatterSchema>;
