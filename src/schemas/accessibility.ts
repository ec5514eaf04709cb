/**
 * `content/accessibility.yaml`: the council's accessibility statement, with the sections the Public
 * Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 require:
 * compliance status, non-accessible content under its three headings, how to report a problem, the
 * enforcement procedure, and when the statement was prepared and reviewed. The site writes the
 * legally required wording around it; the council says what is true of its own site.
 */
import { z } from 'zod';
import { isoDate, text } from './common.ts';
import { withFileRules } from './file-rules.ts';

export const COMPLIANCE = ['fully', 'partially', 'not'] as const;
export const ENFORCEMENT = ['great-britain', 'northern-ireland'] as const;

/** A WCAG success criterion by its number, such as 1.4.3 or 2.4.11. */
const criterion = z
  .string()
  .regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, 'write the WCAG success criterion as its number, such as "1.4.3", in quotes')
  .meta({ description: 'A WCAG 2.2 success criterion by its number, such as "1.4.3". Put it in quotes.' });

export const nonComplianceSchema = z.strictObject({
  /** What fails and how it affects people, in words a reader can act on. */
  problem: text.meta({ description: 'What does not meet the standard, and how it affects people using the site.' }),
  /** The success criteria it fails. */
  criteria: z
    .array(criterion)
    .min(1, 'name at least one WCAG success criterion it fails, such as "1.4.3"')
    .meta({ description: 'The WCAG 2.2 success criteria it fails, such as ["1.4.3"].' }),
  /** When it will be fixed. */
  fix_by: isoDate.optional().meta({ description: 'When you plan to fix it (YYYY-MM-DD).' }),
});

export const burdenSchema = z.strictObject({
  problem: text.meta({ description: 'What is not accessible.' }),
  /** Why fixing it now would be a disproportionate burden, from the council's assessment. */
  reason: text.meta({ description: 'Why fixing it now would be a disproportionate burden, from your assessment.' }),
  /** When the council will look at it again. */
  review_by: isoDate.optional().meta({ description: 'When you will assess it again (YYYY-MM-DD).' }),
});

export const outsideScopeSchema = z.strictObject({
  problem: text.meta({ description: 'What is not accessible.' }),
  /** Which exemption in the regulations applies. */
  reason: text.meta({ description: 'Why the regulations do not cover it, for example documents published before 23 September 2018.' }),
});

const statementShape = z.strictObject({
  /** fully, partially or not compliant with WCAG 2.2 AA. */
  compliance: z.enum(COMPLIANCE).meta({
    description:
      'How far the site meets WCAG 2.2 AA: fully (no known failures, after a full audit), partially (the failures are listed under non_compliance or disproportionate_burden) or not (most of it does not meet the standard, or it has not been assessed).',
  }),
  /** Why, in a sentence or two. Required unless the site is fully compliant. */
  compliance_reason: text
    .optional()
    .meta({ description: 'Why the site is partially or not compliant, in a sentence or two.' }),
  /** What disabled people can do on the site, as a list; only what the council is confident is true. */
  you_can: z
    .array(text)
    .default([])
    .meta({ description: 'What disabled people can do on the site ("zoom in up to 400%…"). Only what you are confident is true.' }),
  /** Parts readers should know about before they try, so they can ask for another format. */
  known_problems: z
    .array(text)
    .default([])
    .meta({ description: 'Parts of the site that are not fully accessible, most important first, in plain words.' }),
  non_accessible: z
    .strictObject({
      non_compliance: z
        .array(nonComplianceSchema)
        .meta({ description: 'Content that fails WCAG 2.2 AA, with the criteria and when it will be fixed. Write [] for none.' }),
      disproportionate_burden: z
        .array(burdenSchema)
        .meta({ description: 'Failures you are not fixing now because it would be a disproportionate burden. Write [] for none.' }),
      outside_scope: z
        .array(outsideScopeSchema)
        .meta({ description: 'Content the regulations do not cover, such as documents from before 23 September 2018. Write [] for none.' }),
    })
    .meta({ description: 'Non-accessible content under the three headings the regulations require. Write [] under a heading with nothing in it.' }),
  /** Working days the council takes to answer a request for another format. */
  reply_within_days: z
    .int()
    .min(1)
    .default(10)
    .meta({ description: 'How many working days you take to answer a request for information in another format. Default: 10.' }),
  /** Where the enforcement body is: the Equality and Human Rights Commission, or Northern Ireland's. */
  enforcement: z.enum(ENFORCEMENT).meta({
    description:
      'Who enforces the regulations for you: great-britain (the Equality and Human Rights Commission, England, Scotland and Wales) or northern-ireland (the Equality Commission for Northern Ireland).',
  }),
  /** What the council is doing to improve accessibility. */
  improvements: z
    .array(text)
    .default([])
    .meta({ description: 'What you are doing to improve accessibility, with dates where you have them.' }),
  testing: z
    .strictObject({
      /** When the site was last tested. */
      last_tested: isoDate.meta({ description: 'When the site was last tested for accessibility (YYYY-MM-DD).' }),
      /** Who carried out the test, and how. */
      method: text.meta({ description: 'Who tested the site and how, for example "our web team, with automated tests on every page".' }),
    })
    .meta({ description: 'How and when the site was tested.' }),
  /** When the statement was first prepared. */
  prepared: isoDate.meta({ description: 'When this statement was first prepared (YYYY-MM-DD).' }),
  /** When the statement was last reviewed. */
  last_reviewed: isoDate.meta({ description: 'When this statement was last reviewed (YYYY-MM-DD).' }),
});

/** What the statement claims must agree with what it lists, and its dates must be in order. */
export const accessibilitySchema = withFileRules(statementShape, (statement, rule) => {
  const { non_compliance, disproportionate_burden } = statement.non_accessible;
  const failures = non_compliance.length + disproportionate_burden.length;
  if (statement.compliance === 'fully' && failures > 0) {
    rule.problem(
      ['compliance'],
      'a fully compliant site has nothing under non_compliance or disproportionate_burden: say "partially", or move what is listed',
    );
  }
  if (statement.compliance === 'partially' && failures === 0) {
    rule.problem(
      ['compliance'],
      'a partially compliant site lists what fails under non_accessible: non_compliance (or disproportionate_burden). List it, or say "not" if the site has not been assessed',
    );
  }
  if (statement.compliance !== 'fully' && statement.compliance_reason === undefined) {
    rule.problem(['compliance'], `say why the site is ${statement.compliance} compliant under "compliance_reason:"`);
  }
  if (statement.last_reviewed < statement.prepared) {
    rule.problem(
      ['last_reviewed'],
      `the statement cannot be reviewed (${statement.last_reviewed}) before it was prepared (${statement.prepared})`,
    );
  }
});

export type AccessibilityInput = z.input<typeof accessibilitySchema>;
export type AccessibilityStatement = z.infer<typeof accessibilitySchema>;
