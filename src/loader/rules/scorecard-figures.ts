/**
 * Figures make sense for their indicator's unit: a percentage is between 0 and 100 (and so are its
 * target and comparators), a count is a whole number, nothing is negative, only percentages are given
 * as a numerator and denominator, a percentage of children is given only that way (so that small
 * numbers can be hidden), and a context-only indicator has no target.
 */
import { ProblemList } from '../located.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { ValueEntry } from '../../schemas/scorecards.ts';
import type { PathSegment, SourceFile } from '../source-file.ts';
import type { ContentRule } from '../types.ts';

export const scorecardFigures: ContentRule = {
  id: 'scorecard-figures',
  needs: ['indicators'],
  run(files) {
    const problems = new ProblemList();
    const indicators = new Map<string, Indicator>();
    // A duplicated id is reported by its schema; its first definition counts.
    for (const indicator of files.indicators.flatMap((f) => f.data ?? [])) {
      if (!indicators.has(indicator.id)) indicators.set(indicator.id, indicator);
    }
    for (const f of files.scorecards) {
      f.data?.indicators.forEach((row, i) => {
        const indicator = indicators.get(row.indicator);
        if (!indicator) return;
        if (indicator.polarity === 'context only' && row.target !== undefined) {
          problems.at(
            f.source,
            ['indicators', i, 'target'],
            `"${row.indicator}" is a context-only indicator, so it has no target: remove the target`,
          );
        }
        row.values.forEach((entry, j) =>
          checkFigure(problems, f.source, ['indicators', i, 'values', j], indicator, entry),
        );
        if (indicator.unit !== 'percentage') return;
        const checks: [string, number | undefined, PathSegment[]][] = [
          ['target', row.target, ['indicators', i, 'target']],
        ];
        for (const [name, given] of Object.entries(row.comparators)) {
          const at: PathSegment[] = ['indicators', i, 'comparators', name];
          if (typeof given === 'number') checks.push([name, given, at]);
          else {
            checks.push([name, given.value, [...at, 'value']]);
            checks.push([`${name} first_published`, given.first_published, [...at, 'first_published']]);
          }
        }
        for (const [name, value, path] of checks) {
          if (value === undefined || (value >= 0 && value <= 100)) continue;
          problems.at(f.source, path, `${name} ${value} is not a percentage: it must be between 0 and 100`);
        }
      });
    }
    return problems.items;
  },
};

function checkFigure(
  problems: ProblemList,
  source: SourceFile,
  at: PathSegment[],
  indicator: Indicator,
  entry: ValueEntry,
): void {
  const { unit } = indicator;
  if (entry.numerator !== undefined && entry.denominator !== undefined && unit !== 'percentage') {
    problems.at(
      source,
      [...at, 'numerator'],
      `"${indicator.id}" is measured in ${unit}, not as a percentage: give a value instead of a numerator and denominator`,
    );
  }
  const value = entry.value;
  if (value === undefined) return;
  // A bare percentage of children can never be checked for small numbers: 20% may be 1 child of 5.
  if (unit === 'percentage' && indicator.counts_children && value >= 0 && value <= 100) {
    problems.at(
      source,
      [...at, 'value'],
      `"${indicator.id}" is a percentage of children, so give it as numerator (how many children met the measure) and denominator (how many children it covers) instead of value: ${value}% alone cannot be checked for numbers so small that they must be hidden`,
    );
  }
  if (unit === 'percentage' && (value < 0 || value > 100)) {
    problems.at(source, [...at, 'value'], `${value} is not a percentage: it must be between 0 and 100`);
  } else if (unit === 'count' && (!Number.isInteger(value) || value < 0)) {
    problems.at(source, [...at, 'value'], `${value} is not a count: counts are whole numbers, 0 or more`);
  } else if (value < 0) {
    problems.at(source, [...at, 'value'], `${value} cannot be negative for a figure in ${unit}`);
  }
}
