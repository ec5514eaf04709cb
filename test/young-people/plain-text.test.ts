/** How MDX prose is read for the readability and abbreviation checks: what counts and where it is. */
import { describe, expect, it } from 'vitest';
import { isParseError, parseProse } from '../../src/markdown/pipeline.ts';
import { sentencesOfTree } from '../../src/lib/readability/plain-text.ts';
import { readabilityOf, syllablesOf } from '../../src/lib/readability/score.ts';

const body = [
  '## Who we are', // 1: heading without end punctuation: not scored
  '',
  'We are your **corporate parent**. Read [our promises](/young-people/promises/) to see more!', // 3
  '',
  '- You can ask for help', // 5: list item without a full stop is a sentence
  '- Tell us what you think.',
  '  We will listen.', // 7: continues the item above
  '',
  '## What happens next?', // 9: a question heading counts
  '',
  '<Callout>Talk to your carer, e.g. at tea time.</Callout>', // 11
  '![A chart](/images/chart.svg)',
  '```',
  'code is not prose.',
  '```',
].join('\n');

/** The sentences of `body`, read from its tree as the loader parses it; the body starts on line `firstLine`. */
function sentencesOf(body: string, firstLine = 1): ReturnType<typeof sentencesOfTree> {
  const tree = parseProse(body, firstLine);
  if (isParseError(tree)) throw new Error(tree.reason);
  return sentencesOfTree(tree, body);
}

describe('plain text of an MDX body', () => {
  const sentences = sentencesOf(body, 10);

  it('keeps link words and drops markup, with each sentence at its line and column in the file', () => {
    expect(sentences.map((s) => [s.line, s.col, s.scored, s.text])).toEqual([
      [10, 4, false, 'Who we are'],
      [12, 1, true, 'We are your corporate parent.'],
      [12, 35, true, 'Read our promises to see more!'],
      [14, 3, true, 'You can ask for help'],
      [15, 3, true, 'Tell us what you think.'],
      [16, 3, true, 'We will listen.'],
      [18, 4, true, 'What happens next?'],
      [20, 10, true, 'Talk to your carer, e.g. at tea time.'],
    ]);
  });

  it('scores the counted sentences with the Flesch formulas', () => {
    const score = readabilityOf(sentences)!;
    expect(score.counts).toEqual({ sentence: 7, word: 36, syllable: 44 });
    expect(score.ease).toBeCloseTo(206.835 - 1.015 * (36 / 7) - 84.6 * (44 / 36), 6);
  });

  it('leaves out contact details: a label such as "Phone:" is not scored once its number is blanked', () => {
    const contact = sentencesOf(
      'Call us on 01632 960 420 or 0800 1111 today.\n\n- Phone: 01632 960 420\n- Email: team@council.gov.uk\n',
    );
    expect(contact.map((s) => [s.text, s.scored])).toEqual([
      ['Call us on or today.', true],
      ['Phone:', false],
      ['Email:', false],
    ]);
  });

  it('reads abbreviations letter by letter and numbers as two syllables', () => {
    expect([syllablesOf('PEP'), syllablesOf('IROs'), syllablesOf('18'), syllablesOf('carer')]).toEqual([3, 3, 2, 2]);
  });
});
