/**
 * The readability gate: a young-person page written like an officer's report fails the check, with
 * its score, grade and three hardest sentences (each with its line); a page in plain words passes.
 * The main edition gets a warning, not an error.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { formatProblem } from '../../src/loader/problems.ts';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

const fixture = (name: string): string => copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/readability', name) });

describe('readability gate for the young-person edition', () => {
  it('fails a page written in officer jargon, naming its score and its three hardest sentences', () => {
    expect(errorText(fixture('officer-jargon'))).toMatchInlineSnapshot(
      `"content/young-people/education.mdx:9:1  reading ease 6.9 (grade 15.4) is below 70 for the young-person edition. Hardest sentences: "Designated teachers will ensure that personal education planning is undertaken consistently and…" (line 13); "The virtual school will continue to prioritise the educational attainment and progression of…" (line 11); "Our approach to improving educational outcomes for looked-after children." (line 3). Use shorter sentences and everyday words."`,
    );
  });

  it('passes a page written in plain words', () => {
    expect(errorText(fixture('plain'))).toBe('');
  });

  it('warns, without failing, when the main strategy reads below 50', () => {
    const { content, problems } = loadContent(fixture('jargon-strategy'), { today: TODAY });
    expect(content).toBeDefined();
    // Only the strategy's warning: the minimal council also has staleness warnings as of TODAY.
    const strategy = problems.filter((p) => p.file === 'content/strategy.mdx');
    expect(strategy.map(formatProblem).join('\n')).toMatchInlineSnapshot(
      `"content/strategy.mdx:9:1  warning: reading ease 0.8 (grade 16.5) is below 50 for the main edition. Hardest sentences: "This strategy articulates the authority’s strategic commitments regarding statutory corporate…" (line 11); "Implementation will be overseen by the multi-agency corporate parenting board, which will…" (line 13); "Every child in our care is safe, loved and able to thrive." (line 3). Shorter sentences and everyday words help every reader."`,
    );
  });
});
