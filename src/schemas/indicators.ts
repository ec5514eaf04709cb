/** `content/indicators.yaml`: what the council measures, and which way is better. */
import { z } from 'zod';
import { leadRoles, objectiveId, slug, text } from './common.ts';
import { withFileRules } from './file-rules.ts';

export const UNITS = ['count', 'percentage', 'rate per 10,000', 'days', 'weeks'] as const;
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['higher is better', 'lower is better', 'context only'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const indicatorSchema = z.strictObject({
  /** Stable id, used in references and in the address `/indicators/<id>/`. */
  id: slug.meta({ description: 'Stable id, used in references and in the address /indicators/<id>/.' }),
  /** The indicator's name. */
  title: text,
  /** Its name and meaning in young people's words, for the young-person edition. */
  young_people: z
    .strictObject({
      title: text.meta({ description: 'The name in young people\'s words.' }),
      about: text.optional().meta({ description: 'One or two short sentences saying what it counts, in young people\'s words.' }),
    })
    .optional()
    .meta({ description: 'Optional: a title and a sentence in young people\'s words, used in the young-person edition.' }),
  /** Exactly what is counted, and for whom. */
  definition: text.meta({ description: 'Exactly what is counted, and for whom.' }),
  /** What the numbers are. */
  unit: z.enum(UNITS).meta({ description: 'One of: count, percentage, rate per 10,000, days, weeks.' }),
  /** Which way is better. "context only" indicators get no rating. */
  polarity: z
    .enum(POLARITIES)
    .meta({ description: 'One of: higher is better, lower is better, context only (no rating).' }),
  /** Where the figures come from. */
  source: text.meta({ description: 'Where the figures come from, for example "SSDA903 return".' }),
  /** The objective it tracks. */
  objective: objectiveId,
  /** Who is accountable for it. */
  lead: leadRoles,
  /** True when the figures count children, so small numbers must be hidden. */
  counts_children: z
    .boolean()
    .meta({ description: 'true when the figures count children: small counts are then hidden as [c] (1 to 5 unless policy.small_numbers in site.yaml says otherwise).' }),
  /** Changes smaller than this are "no change" in the direction of travel (a default per unit otherwise). */
  change_threshold: z
    .number()
    .min(0)
    .optional()
    .meta({
      description:
        'Optional: changes smaller than this, in the indicator\'s units, count as no change. Default: 1 (percentage points, children, rate per 10,000, weeks) or 5 days.',
    }),
  /** How often it is reported. */
  frequency: z.enum(['quarterly', 'annual']).meta({ description: 'quarterly or annual.' }),
});

export const indicatorsFileSchema = withFileRules(
  z.array(indicatorSchema).min(1, 'list at least one indicator'),
  (indicators, rule) => {
    indicators.forEach((indicator, i) => rule.unique([i, 'id'], 'indicator id', indicator.id));
  },
);

export type IndicatorInput = z.input<typeof indicatorSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
