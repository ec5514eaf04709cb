/**
 * `comparators:` in `content/site.yaml`: the figures each scorecard row may be compared with, in the
 * order tables and charts show them. England, statistical neighbours and the region by default; a
 * council in Wales lists "wales", one that benchmarks against a family of councils adds its own.
 */
import { z } from 'zod';
import { text } from './common.ts';

/** Lower-case letters and digits, words joined by _ or - (`england`, `statistical_neighbours`, `similar-councils`). */
const comparatorKey = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/,
    'use lower-case letters and digits, with words joined by _ or -, for example "similar_councils"',
  );

export const comparatorSchema = z.strictObject({
  /** The key scorecards use for this comparator's figures: `england:` under a row's `comparators:`. */
  key: comparatorKey.meta({
    description: 'The name scorecards use for its figures, under "comparators:", for example england or similar-councils.',
  }),
  /** How readers see it named in tables, charts and downloads. */
  label: text.meta({ description: 'How readers see it named, for example "England" or "Similar councils".' }),
});

export const DEFAULT_COMPARATORS = [
  { key: 'england', label: 'England' },
  { key: 'statistical_neighbours', label: 'Statistical neighbours' },
  { key: 'region', label: 'Region' },
];

export const comparatorsListSchema = z
  .array(comparatorSchema)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((comparator, i) => {
      if (seen.has(comparator.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'key'],
          message: `the comparator "${comparator.key}" is listed twice: keep only one`,
        });
      }
      seen.add(comparator.key);
    });
  })
  .default(DEFAULT_COMPARATORS)
  .meta({
    description:
      'The comparators scorecards give figures for, each with a key and a label. Default: england (England), statistical_neighbours (Statistical neighbours) and region (Region).',
  });

export type Comparator = z.infer<typeof comparatorSchema>;
