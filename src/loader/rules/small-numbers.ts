/**
 * A leaked small number: text must not state a number of children from 1 to the council's small
 * count (policy.small_numbers.hide_counts_up_to in site.yaml, 5 by default: "3 children went missing"), for the same reason the figures hide them as [c]: in a small group, a number that small
 * can identify a child. Checked in the commentary on indicators that count children, and in the
 * annual reports (front matter and prose), the two places editors write about figures in words.
 */
import { proseBlocks } from '../../markdown/prose-text.ts';
import type { Problem } from '../problems.ts';
import type { ContentRule } from '../types.ts';

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 1 to `max` in figures, two to `max` in words ("3", "Three"); the word "one" is matched on its own, below. */
function smallNumber(max: number): string {
  const figures = Array.from({ length: max }, (_, i) => String(i + 1)).sort((a, b) => b.length - a.length);
  const words = NUMBER_WORDS.slice(0, Math.max(0, max - 1)).map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`);
  // Not a ratio: "one in five children" is a share, not a count.
  return String.raw`(?<![\d.,£])(?<!\bin )(?:${[...figures, ...words].join('|')})(?![\d.,%])`;
}
// Words that may stand between the number and the noun ("3 more children", "two of our care leavers"):
// a fixed list, so that "over 3 years children…" is not taken for a count of children. Case matters:
// a capitalised word is a name ("3 Harbour Ward children").
const QUALIFIER = String.raw`(?:more|fewer|other|further|additional|new|of|our|the|these|those|local|older|younger|looked-after|unaccompanied|disabled|separated|asylum-seeking|care-experienced|[A-Z][a-z]+)`;
const WORDS = String.raw`(?:${QUALIFIER}\s+){0,3}`;
const PEOPLE = String.raw`(?:child(?:ren)?|young (?:people|persons?)|care leavers?|boys?|girls?|bab(?:y|ies)|teenagers?|siblings?|pupils?|students?)`;
// Nor "three children in ten", "one child in eleven".
const NOT_A_SHARE = String.raw`(?!\s+in\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a hundred)\b)`;
// "one" only right before the noun: "one area where children…" is not a count of children.
function leakPattern(max: number): RegExp {
  return new RegExp(String.raw`\b(?:${smallNumber(max)}\s+${WORDS}${PEOPLE}|[Oo]ne\s+${PEOPLE})\b${NOT_A_SHARE}`, 'g');
}

const advice = (max: number): string =>
  `a number of children from 1 to ${max} must not be published, because it could identify a child. Write "a small number of children" or leave the number out`;

export const smallNumbersInText: ContentRule['run'] = (files, context) => {
  const max = context.policy.small_numbers.hide_counts_up_to;
  // A council that publishes every count has nothing to hide in its text either.
  if (max < 1) return [];
  const LEAK = leakPattern(max);
  const ADVICE = advice(max);
  const leaks = (text: string): RegExpExecArray[] => [...text.matchAll(LEAK)];
  const problems: Problem[] = [];
  const error = (file: string, line: number, col: number, message: string): void => {
    problems.push({ file, line, col, message, severity: 'error' });
  };

  const counted = new Set(
    files.indicators
      .flatMap((f) => f.data ?? [])
      .filter((i) => i.counts_children)
      .map((i) => i.id),
  );
  for (const f of files.scorecards) {
    f.data?.indicators.forEach((row, i) => {
      if (!row.commentary || !counted.has(row.indicator)) return;
      const match = leaks(row.commentary)[0];
      if (!match) return;
      const { line, col } = f.source.locate(['indicators', i, 'commentary']);
      error(f.source.file, line, col, `the commentary on "${row.indicator}" says "${match[0]}": ${ADVICE}`);
    });
  }

  for (const f of files.annualReports) {
    const report = f.data;
    if (!report) continue;
    const fields = [
      { path: ['summary'], text: report.summary },
      ...(['considered', 'strengths', 'development', 'priorities'] as const).flatMap((key) =>
        report[key].map((text, i) => ({ path: [key, i], text })),
      ),
    ];
    for (const { path, text } of fields) {
      const match = leaks(text)[0];
      if (!match) continue;
      const { line, col } = f.source.locate(path);
      error(f.source.file, line, col, `"${path[0]}" says "${match[0]}": ${ADVICE}`);
    }
    // The prose, as the page shows it (read from the body's tree): every leak, at its own line and column.
    for (const block of f.source.tree ? proseBlocks(f.source.tree, f.source.body) : []) {
      for (const match of leaks(block.text)) {
        const { line, col } = block.at(match.index);
        error(f.source.file, line, col, `the report says "${match[0]}": ${ADVICE}`);
      }
    }
  }
  return problems;
};
