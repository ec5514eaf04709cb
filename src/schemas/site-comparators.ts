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
  /** How it reads inside a sentence, when that differs from the label: "the region". */
  in_a_sentence: text.optional().meta({
    description:
      'How it reads in the middle of a sentence, if not as its label: "our statistical neighbours (councils like us)", "the region".',
  }),
});

export const DEFAULT_COMPARATORS = [
  { key: 'england', label: 'England' },
  {
    key: 'statistical_neighbours',
    label: 'Statistical neighbours',
    in_a_sentence: 'our statistical neighbours (councils like us)',
  },
  { key: 'region', label: 'Region', in_a_sentence: 'the region' },
];

export const comparatorsListSchema = z
  .array(comparatorSchema)
  .default(DEFAULT_COMPARATORS)
  .meta({
    description:
      'The comparators scorecards give figures for, each with a key and a label. Default: england (England), statistical_neighbours (Statistical neighbours) and region (Region).',
  });

export type Comparator = z.infer<typeof comparatorSchema>;
