/**
 * A leaked small number: commentary on an indicator that counts children must not state a number of
 * children from 1 to 5 ("3 children went missing"), for the same reason the figures hide them as
 * [c]: in a small group, a number that small can identify a child.
 */
import type { ContentRule } from './index.ts';

// Not a ratio: "one in five children" is a share, not a count.
const SMALL = String.raw`(?<![\d.,£])(?<!\bin )(?:[1-5]|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)(?![\d.,%])`;
// Words that may stand between the number and the noun ("3 more children", "two of our care leavers"):
// a fixed list, so that "over 3 years children…" is not taken for a count of children. Case matters:
// a capitalised word is a name ("3 Eastmere children").
const QUALIFIER = String.raw`(?:more|fewer|other|further|additional|new|of|our|the|these|those|local|older|younger|looked-after|unaccompanied|disabled|separated|asylum-seeking|care-experienced|[A-Z][a-z]+)`;
const WORDS = String.raw`(?:${QUALIFIER}\s+){0,3}`;
const PEOPLE = String.raw`(?:child(?:ren)?|young (?:people|persons?)|care leavers?|boys?|girls?|bab(?:y|ies)|teenagers?|siblings?|pupils?|students?)`;
// "one" only right before the noun: "one area where children…" is not a count of children.
const LEAK = new RegExp(String.raw`\b(?:${SMALL}\s+${WORDS}${PEOPLE}|[Oo]ne\s+${PEOPLE})\b`);

export const smallNumbersInCommentary: ContentRule = (files) => {
  const counted = new Set(files.indicators.flatMap((f) => f.data ?? []).filter((i) => i.counts_children).map((i) => i.id));
  return files.scorecards.flatMap((f) =>
    (f.data?.indicators ?? []).flatMap((row, i) => {
      const match = row.commentary && counted.has(row.indicator) ? LEAK.exec(row.commentary) : null;
      if (!match) return [];
      const { line, col } = f.source.locate(['indicators', i, 'commentary']);
      return [
        {
          file: f.source.file,
          line,
          col,
          severity: 'error' as const,
          message: `the commentary on "${row.indicator}" says "${match[0]}": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out`,
        },
      ];
    }),
  );
};
