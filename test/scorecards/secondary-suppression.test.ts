/**
 * Secondary suppression (issue 13, class 8): a numerator and denominator that differ by a small
 * number give that number away ("46 of 47 care leavers in touch" says 1 is not), so both are hidden
 * as [c] in the tables and the open data, and the [c] note says why. The percentage is still shown
 * and rated unless the council's policy hides it too (hide_percentage_when_difference_up_to).
 * Fixtures: test/fixtures/security/secondary-suppression*, over the minimal council.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/i18n/index.ts';
import { scorecardRows } from '../../src/lib/open-data/datasets.ts';
import { buildFigureIndex } from '../../src/lib/scorecards/index.ts';
import { symbolsShown } from '../../src/lib/scorecards/page-notes.ts';
import { copyCouncil, loadValid } from '../support/fixture-council.ts';
import { FIXTURES } from '../support/paths.ts';

const council = (name: string) => loadValid(copyCouncil({ overlay: path.join(FIXTURES, 'security', name) }));

/** The open data's rows for one indicator, as "period measure value". */
function openData(name: string, indicator: string): string[] {
  const content = council(name);
  return scorecardRows(content, buildFigureIndex(content), '2025-26')
    .filter((r) => r['indicator'] === indicator && ['value', 'numerator', 'denominator'].includes(String(r['measure'])))
    .map((r) => `${String(r['period'])} ${String(r['measure'])} ${String(r['value'])}`);
}

describe('a numerator and denominator that differ by a small number', () => {
  it('are both hidden in the open data, the percentage shown (41 of 47 differs by 6, so it is shown whole)', () => {
    expect(openData('secondary-suppression', 'placement-moves')).toMatchInlineSnapshot(`
      [
        "Q1 value 10",
        "Q1 numerator 20",
        "Q1 denominator 200",
        "Q2 value [c]",
        "Q2 numerator [c]",
        "Q2 denominator 198",
        "Q3 value 87.2",
        "Q3 numerator 41",
        "Q3 denominator 47",
      ]
    `);
    expect(openData('secondary-suppression', 'pep-up-to-date')).toMatchInlineSnapshot(`
      [
        "year value 97.9",
        "year numerator [c]",
        "year denominator [c]",
      ]
    `);
  });

  it('are hidden with the percentage too where the council’s policy says so', () => {
    expect(openData('secondary-suppression-percentage', 'pep-up-to-date')).toMatchInlineSnapshot(`
      [
        "year value [c]",
        "year numerator [c]",
        "year denominator [c]",
      ]
    `);
  });

  it('show [c] on the page, and the [c] note says why', () => {
    const content = council('secondary-suppression');
    const figures = buildFigureIndex(content).inYear('pep-up-to-date', '2025-26');
    expect(figures.map((f) => [f.markedDisplay, f.counts, f.rag])).toMatchInlineSnapshot(`
      [
        [
          "97.9%",
          {
            "denominator": "[c]",
            "numerator": "[c]",
          },
          "green",
        ],
      ]
    `);
    expect(symbolsShown(figures, [])).toContain('c');
    expect(words.scorecards.symbolNotes(content.site.policy.small_numbers).c).toMatchInlineSnapshot(
      `"[c] means the figure is hidden to protect children’s privacy: it is a count of 1 to 5 children, or a percentage of 5 or fewer children or of a group of 10 or fewer, or the children counted and the group when they differ by 1 to 5, which would give away how many are not counted (the percentage is still shown). Hidden figures get no direction. A hidden count gets a rating only when it says nothing more: when every figure it could be gets the same rating, or red when none of them meets the target (a hidden count against a target of 0 is red)."`,
    );
  });
});
