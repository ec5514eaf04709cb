/**
 * A leaked small number: text must not state a number of children from 1 to 5 ("3 children went
 * missing"), for the same reason the figures hide them as [c]: in a small group, a number that small
 * can identify a child. Checked in the commentary on indicators that count children, and in the
 * annual reports (front matter and prose), the two places editors write about figures in words.
 */
import { proseBlocks } from '../../markdown/prose-text.ts';
import type { Problem } from '../problems.ts';
import type { ContentRule } from '../types.ts';

// Not a ratio: "one in five children" is a share, not a count.
const SMALL = String.raw`(?<![\d.,£])(?<!\bin )(?:[1-5]|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)(?![\d.,%])`;
// Words that may stand between the number and the noun ("3 more children", "two of our care leavers"):
// a fixed list, so that "over 3 years children…" is not taken for a count of children. Case matters:
// a capitalised word is a name ("3 Eastmere children").
const QUALIFIER = String.raw`(?:more|fewer|other|further|additional|new|of|our|the|these|those|local|older|younger|looked-after|unaccompanied|disabled|separated|asylum-seeking|care-experienced|[A-Z][a-z]+)`;
const WORDS = String.raw`(?:${QUALIFIER}\s+){0,3}`;
const PEOPLE = String.raw`(?:child(?:ren)?|young (?:people|persons?)|care leavers?|boys?|girls?|bab(?:y|ies)|teenagers?|siblings?|pupils?|students?)`;
// Nor "three children in ten", "one child in eleven".
const NOT_A_SHARE = String.raw`(?!\s+in\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a hundred)\b)`;
// "one" only right before the noun: "one area where children…" is not a count of children.
const LEAK = new RegExp(String.raw`\b(?:${SMALL}\s+${WORDS}${PEOPLE}|[Oo]ne\s+${PEOPLE})\b${NOT_A_SHARE}`, 'g');

const ADVICE =
  'a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out';

function leaks(text: string): RegExpExecArray[] {
  return [...text.matchAll(LEAK)];
}

export const smallNumbersInText: ContentRule['run'] = (files) => {
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
