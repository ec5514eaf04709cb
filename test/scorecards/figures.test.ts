/** The figure index (all, latest, year end): the contract other pages rely on, over real content files. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import type { Content } from '../../src/loader/model.ts';
import { buildFigureIndex } from '../../src/lib/scorecards/index.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

/** The minimal council plus an earlier year, so that directions cross a year boundary. */
function twoYears(): Content {
  const dir = copyCouncil();
  writeFileSync(
    path.join(dir, 'scorecards/2024-25.yaml'),
    `year: 2024-25
updated: 2025-05-01
indicators:
  - indicator: placement-moves
    target: 10
    tolerance: { points: 2 }
    values:
      - { period: Q3, numerator: 30, denominator: 200 }
      - { period: Q4, numerator: 24, denominator: 200 }
    commentary: Moves fell in the last quarter.
  - indicator: pep-up-to-date
    target: 95
    values:
      - { period: year, numerator: 150, denominator: 160 }
`,
  );
  const { content, problems } = loadContent(dir, { today: TODAY });
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'));
  return content;
}

describe('figures', () => {
  const index = buildFigureIndex(twoYears());

  it('computes, rates and compares each period, across the year boundary', () => {
    const figures = index.all('placement-moves');
    expect(figures.map((f) => [f.periodLabel, f.display, f.rag, f.direction])).toEqual([
      ['Q3 2024-25', '15%', 'red', undefined],
      ['Q4 2024-25', '12%', 'amber', 'improving'],
      ['Q1 2025-26', '10%', 'green', 'improving'],
      ['Q2 2025-26', '[c]', undefined, undefined],
    ]);
  });

  it('gives the latest figure, hidden when it is a small number', () => {
    const latest = index.latest('placement-moves')!;
    expect(latest).toMatchObject({ periodLabel: 'Q2 2025-26', value: undefined, display: '[c]', suppressed: true });
    expect(latest.counts).toEqual({ numerator: '[c]', denominator: '198' });
    expect(index.latest('no-such-indicator')).toBeUndefined();
  });

  it('gives the year-end figure: Q4, or the annual figure', () => {
    expect(index.yearEnd('placement-moves', '2024-25')).toMatchObject({ period: 'Q4', value: 12, target: 10 });
    expect(index.yearEnd('pep-up-to-date', '2025-26')).toMatchObject({
      periodLabel: '2025-26',
      display: '93.8%',
      rag: 'amber',
      direction: 'no change',
    });
    expect(index.yearEnd('pep-up-to-date', '2023-24')).toBeUndefined();
  });

  it('rates without a tolerance as green or red', () => {
    expect(index.yearEnd('pep-up-to-date', '2024-25')).toMatchObject({ rag: 'red', direction: undefined });
  });
});
