/** `content/glossary.yaml`: terms and abbreviations, with a plain meaning for young people. */
import { z } from 'zod';
import { text } from './common.ts';
import { withFileRules } from './file-rules.ts';

export const glossaryTermSchema = z.strictObject({
  /** The term in full, for example "Personal Education Plan". */
  term: text,
  /** Its abbreviation, if it has one, for example "PEP". */
  abbreviation: z
    .string()
    .regex(/^[A-Za-z0-9&]{2,10}$/, 'an abbreviation is 2 to 10 letters or digits, for example "PEP"')
    .optional(),
  /** What it means, for the main edition. */
  meaning: text,
  /** What it means in plain words for a child or young person, starting "This is…" or similar. */
  young_meaning: text.meta({ description: 'What it means in plain words for a young person.' }),
});

export const glossaryFileSchema = withFileRules(z.array(glossaryTermSchema).min(1), (entries, rule) => {
  entries.forEach((entry, i) => {
    rule.unique([i, 'term'], 'glossary term', entry.term.toLowerCase());
    if (entry.abbreviation) rule.unique([i, 'abbreviation'], 'abbreviation', entry.abbreviation);
  });
});

export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
