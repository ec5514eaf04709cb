/**
 * A leaked small number: text must not state a number of children from 1 to the council's small
 * count (policy.small_numbers.hide_counts_up_to in site.yaml, 5 by default: "3 children went
 * missing"), for the same reason the figures hide them as [c]: in a small group, a number that small
 * can identify a child. Every piece of prose is read: every text value of every YAML file and MDX
 * front matter (progress updates, what meetings agreed, commentary on any indicator, annual report
 * lists…), and every MDX body (the strategy, the annual reports, the young-person pages) through its
 * one parsed tree, as the page shows it, images' alternative text included. The phrasings are in small-numbers-words.ts.
 */
import { imageTexts, proseBlocks } from '../../markdown/prose-text.ts';
import { fileFindings } from '../file-findings.ts';
import type { Problem } from '../problems.ts';
import { fieldName, textValues } from '../prose-values.ts';
import type { ContentRule, LoadedFile, TypeKey } from '../types.ts';
import { smallCountsIn, type SmallCount } from './small-numbers-words.ts';

export const smallNumbersInText: ContentRule['run'] = (files, context) => {
  const max = context.policy.small_numbers.hide_counts_up_to;
  // A council that publishes every count has nothing to hide in its text either.
  if (max < 1) return [];
  const ADVICE = `a number of children from 1 to ${max} must not be published, because it could identify a child. Write "a small number of children" or leave the number out`;
  const BY_DIFFERENCE = `a number of children from 1 to ${max} must not be published, even as the difference between two numbers, because it could identify a child. Write "almost all" or leave the numbers out`;
  const says = (leak: SmallCount): string =>
    leak.difference === undefined
      ? `says "${leak.words}": ${ADVICE}`
      : `says "${leak.words}", so ${leak.difference} ${leak.difference === 1 ? 'is' : 'are'} not: ${BY_DIFFERENCE}`;
  const findingsIn = (f: LoadedFile<TypeKey>): Problem[] => {
    const problems: Problem[] = [];
    const error = (file: string, at: { line: number; col: number }, message: string): void => {
      problems.push({ file, line: at.line, col: at.col, message, severity: 'error' });
    };
    for (const { path, text } of textValues(f.data)) {
      const [leak] = smallCountsIn(text, max);
      if (leak) error(f.source.file, f.source.locate(path), `${fieldName(f, path)} ${says(leak)}`);
    }
    // The prose, as the page shows it (read from the body's tree): every leak, at its own line and column.
    if (!f.source.tree) return problems;
    const where = f.type === 'annualReports' ? 'the report' : 'the page';
    for (const block of [...proseBlocks(f.source.tree, f.source.body), ...imageTexts(f.source.tree)]) {
      for (const leak of smallCountsIn(block.text, max)) {
        error(f.source.file, block.at(leak.index), `${where} ${says(leak)}`);
      }
    }
    return problems;
  };

  const all = Object.values(files).flat() as LoadedFile<TypeKey>[];
  // The one setting the rule reads is the small count.
  return all.flatMap((f) => fileFindings(context, f, 'small-numbers-in-text', String(max), () => findingsIn(f)));
};
