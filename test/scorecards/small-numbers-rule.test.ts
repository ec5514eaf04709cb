/** The content check refuses commentary that states a small number of children, pinned to file, line and column. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorText } from '../support/fixture-council.ts';

function withCommentary(commentary: string, indicatorCountsChildren = true): string {
  const dir = copyCouncil();
  const card = path.join(dir, 'scorecards/2025-26.yaml');
  writeFileSync(
    card,
    readFileSync(card, 'utf8').replace(
      '      statistical_neighbours: 11\n',
      `      statistical_neighbours: 11\n    commentary: ${commentary}\n`,
    ),
  );
  if (!indicatorCountsChildren) {
    const indicators = path.join(dir, 'indicators.yaml');
    writeFileSync(
      indicators,
      readFileSync(indicators, 'utf8').replace('counts_children: true', 'counts_children: false'),
    );
  }
  return dir;
}

describe('a leaked small number in commentary', () => {
  it('is an error pinned to the commentary', () => {
    expect(errorText(withCommentary('In Q2, 3 children moved home three times.'))).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:17:17  the commentary on "placement-moves" says "3 children": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
  it('is found in words and with words between', () => {
    expect(errorText(withCommentary('Five more young people left care.'))).toContain('says "Five more young people"');
    expect(errorText(withCommentary('Only one child moved.'))).toContain('says "one child"');
  });
  it('allows larger numbers, percentages, zero and other uses of small numbers', () => {
    for (const text of [
      '12 children moved home.',
      'The rate fell to 4% of children.',
      'No children moved more than twice.',
      'One area where children do well is school.',
      'Over 3 years children moved less.',
      'We have 0 children waiting.',
      'One in five children lives more than 20 miles away.',
    ]) {
      expect(errorText(withCommentary(text)), text).toBe('');
    }
  });
  it('applies to indicators that do not count children too: the text still counts children', () => {
    expect(errorText(withCommentary('3 children moved.', false))).toContain('says "3 children"');
  });
});

function withReport(edit: (text: string) => string): string {
  const dir = copyCouncil();
  const report = path.join(dir, 'annual-reports/2025-26.mdx');
  writeFileSync(report, edit(readFileSync(report, 'utf8')));
  return dir;
}

describe('a leaked small number in an annual report', () => {
  it('is an error in the front matter, pinned to the list item', () => {
    expect(
      errorText(
        withReport((t) =>
          t.replace('development: [Health assessments]', 'development: [Two care leavers were homeless]'),
        ),
      ),
    ).toMatchInlineSnapshot(
      `"content/annual-reports/2025-26.mdx:7:15  "development" says "Two care leavers": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
  it('is an error in the prose, pinned to its line and column', () => {
    expect(
      errorText(
        withReport(
          (t) => `${t}\nIn the summer four of our children went missing.\nThree children in ten moved school.\n`,
        ),
      ),
    ).toMatchInlineSnapshot(
      `"content/annual-reports/2025-26.mdx:13:15  the report says "four of our children": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
});
