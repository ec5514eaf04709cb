/** `content/scorecards/<year>.yaml`: one file per reporting year, with each indicator's figures. */
import { z } from 'zod';
import { PERIODS } from '../lib/calendar/periods.ts';
import { indicatorId, isoDate, reportingYear, text } from './common.ts';
import { withFileRules } from './file-rules.ts';

export { PERIODS, type Period } from '../lib/calendar/periods.ts';

/** Government Statistical Service symbols an editor may give instead of a figure. */
export const GSS_SYMBOLS = ['x', 'z', 'low'] as const;

const figure = z.number().finite();

export const valueSchema = z
  .strictObject({
    /** Q1 to Q4 for quarterly figures (Q1 is the reporting year's first three months), or "year" for an annual figure. */
    period: z.enum(PERIODS).meta({
      description:
        'Q1, Q2, Q3, Q4 or year. Q1 is the first three months of the reporting year: April to June, unless policy.reporting_year_starts in site.yaml says otherwise.',
    }),
    /** The figure. For a percentage with a numerator and denominator, leave it out: it is computed. */
    value: figure.optional().meta({ description: 'The figure. Leave it out when numerator and denominator are given.' }),
    /** How many children met the measure (for percentages). */
    numerator: z.int().min(0).optional().meta({ description: 'How many children met the measure.' }),
    /** How many children the measure covers (for percentages). */
    denominator: z.int().min(0).optional().meta({ description: 'How many children the measure covers.' }),
    /** Instead of a figure: x not available, z not applicable, low rounds to zero. */
    symbol: z
      .enum(GSS_SYMBOLS)
      .optional()
      .meta({ description: 'Instead of a figure: x (not available), z (not applicable), low (rounds to 0).' }),
    /** True while the figure is provisional (it may change when final figures are published): shown [p]. */
    provisional: z
      .boolean()
      .optional()
      .meta({ description: 'true while the figure is provisional and may change: it is shown with [p].' }),
    /** The figure as first published, when it has since been revised: the figure is then shown [r]. */
    first_published: figure
      .optional()
      .meta({ description: 'The figure as first published, when it has since been revised: the figure is shown with [r].' }),
  })
  .superRefine((entry, ctx) => {
    const hasFraction = entry.numerator !== undefined || entry.denominator !== undefined;
    if (hasFraction && (entry.numerator === undefined || entry.denominator === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give both numerator and denominator, or neither' });
    }
    const ways = [entry.value !== undefined, hasFraction, entry.symbol !== undefined].filter(Boolean).length;
    if (ways === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'give a value, a numerator and denominator, or a symbol (x: not available)',
      });
    } else if (ways > 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'give only one of: a value, a numerator and denominator, or a symbol',
      });
    }
  });

export const toleranceSchema = z
  .strictObject({
    /** Amber band width in the indicator's own units (percentage points for percentages). */
    points: z.number().min(0).optional().meta({ description: 'Amber band in the indicator\'s own units.' }),
    /** Amber band width as a per cent of the target. */
    percent: z.number().min(0).max(100).optional().meta({ description: 'Amber band as a per cent of the target.' }),
  })
  .refine((t) => (t.points === undefined) !== (t.percent === undefined), {
    message: 'give exactly one of "points" or "percent"',
  });

/**
 * The year's comparator figures, by the keys declared under `comparators:` in site.yaml (england,
 * statistical_neighbours and region unless the council lists its own). An undeclared key is refused
 * by the scorecard-comparators rule, which knows the council's list.
 */
/**
 * One comparator figure: the number alone when it is this scorecard's year's, first published; or the
 * number with the reporting year it belongs to and the value first published, when a later release
 * revised it. `value` is always the latest revision: charts and ratings use it.
 */
export const comparatorFigureSchema = z.union([
  figure,
  z.strictObject({
    /** The latest published figure: the revised one when it was revised. */
    value: figure.meta({ description: 'The latest published figure (the revised one, when it was revised).' }),
    /** The reporting year the figure belongs to, when it is not the scorecard's own: England 2024-25 on the 2025-26 scorecard. */
    period: reportingYear
      .optional()
      .meta({ description: 'The reporting year the figure belongs to, when it is not this scorecard\'s, for example 2024-25.' }),
    /** The figure as first published, when a later release revised it: the figure is then shown [r]. */
    first_published: figure
      .optional()
      .meta({ description: 'The figure as first published, when a later release revised it: shown with [r].' }),
  }),
]).meta({
  description:
    'A figure (england: 71), or a figure with the year it belongs to and the value first published (england: {value: 71.4, period: 2024-25, first_published: 71}).',
});

export const comparatorsSchema = z.record(z.string(), comparatorFigureSchema).meta({
  description:
    'Figures to compare with, by the keys listed under "comparators:" in site.yaml, for example england: 71. Leave out any not published: the last published figure is carried forward, labelled with its year.',
});

export const scorecardRowSchema = z.strictObject({
  /** The indicator these figures are for. */
  indicator: indicatorId,
  /** The target for the year, in the indicator's units. Leave out for context-only indicators. */
  target: figure.optional().meta({ description: 'The target, in the indicator\'s units.' }),
  /** How far from target counts as amber rather than red. */
  tolerance: toleranceSchema.optional(),
  /** Figures by period, in order. */
  values: z.array(valueSchema).min(1, 'give at least one period\'s figure'),
  /** Comparators for the year. Leave out any that are not published. */
  comparators: comparatorsSchema.default({}),
  /** What the figures mean and what is being done. */
  commentary: text.optional(),
});

const scorecardShape = z.strictObject({
  /** The reporting year (April to March unless site.yaml's policy says otherwise). The file name should match: 2024-25.yaml. */
  year: reportingYear,
  /** When these figures were published or last updated. */
  updated: isoDate,
  /** One row per indicator. */
  indicators: z.array(scorecardRowSchema).min(1),
});

export const scorecardSchema = withFileRules(scorecardShape, (card, rule) => {
  card.indicators.forEach((row, i) => {
    rule.unique(['indicators', i, 'indicator'], 'indicator', row.indicator, { where: ' in this scorecard' });
    if (row.tolerance && row.target === undefined) {
      rule.problem(['indicators', i, 'tolerance'], 'a tolerance needs a target: add a target or remove the tolerance');
    }
    for (const [key, given] of Object.entries(row.comparators)) {
      if (typeof given === 'number') continue;
      const at = ['indicators', i, 'comparators', key];
      if (given.period !== undefined && given.period > card.year) {
        rule.problem(
          [...at, 'period'],
          `${key}'s figure is for ${given.period}, after this scorecard's year ${card.year}: a scorecard can show only figures published for its year or earlier; move it to the ${given.period} scorecard`,
        );
      }
      if (given.first_published !== undefined && given.first_published === given.value) {
        rule.problem(
          [...at, 'first_published'],
          `first_published is the same as value (${given.value}): give first_published only when a later release revised the figure, or remove it`,
        );
      }
    }
    row.values.forEach((entry, j) => {
      const at = ['indicators', i, 'values', j];
      if (entry.first_published !== undefined && entry.value === undefined && entry.numerator === undefined) {
        rule.problem(
          [...at, 'first_published'],
          'first_published needs the revised figure beside it: give the value (or numerator and denominator) it was revised to',
        );
      }
      rule.unique([...at, 'period'], 'period', entry.period, { where: ' in this row', scope: `period ${i}` });
      if (entry.numerator === undefined || entry.denominator === undefined) return;
      if (entry.denominator > 0 && entry.numerator > entry.denominator) {
        rule.problem(
          [...at, 'numerator'],
          `numerator ${entry.numerator} is more than denominator ${entry.denominator}: the part cannot be bigger than the whole`,
        );
      }
      if (entry.denominator === 0) {
        rule.problem(
          [...at, 'denominator'],
          'denominator is 0: a percentage of no children cannot be worked out; use symbol: z (not applicable)',
        );
      }
    });
  });
});

export type ScorecardInput = z.input<typeof scorecardSchema>;
export type ScorecardFile = z.infer<typeof scorecardSchema>;
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;
export type ValueEntry = z.infer<typeof valueSchema>;
export type ComparatorFigureInput = z.infer<typeof comparatorFigureSchema>;
export type Tolerance = z.infer<typeof toleranceSchema>;
