/**
 * A leaked small number: text must not state a number of children from 1 to the council's small
 * count (policy.small_numbers.hide_counts_up_to in site.yaml, 5 by default: "3 children went
 * missing"), for the same reason the figures hide them as [c]: in a small group, a number that small
 * can identify a child. Every piece of prose is read: every text value of every YAML file and MDX
 * front matter (progress updates, what meetings agreed, commentary on any indicator, annual report
 * lists…), and every MDX body (the strategy, the annual reports, the young-person pages) through its
 * one parsed tree, as the page shows it. The phrasings are in small-numbers-words.ts.
 */
import { proseBlocks } from '../../markdown/prose-text.ts';
import type { PathSegment } from '../source-file.ts';
import type { Problem } from '../problems.ts';
import type { ContentRule, LoadedFile, TypeKey } from '../types.ts';
import { smallCountPattern } from './small-numbers-words.ts';

/** Values that are not prose: ids, references, dates, addresses, settings (lists of references hold only ids). */
const NOT_PROSE = new Set([
  'id',
  'lead',
  'leads',
  'date',
  'timescale',
  'status',
  'period',
  'indicator',
  'objective',
  'body',
  'year',
  'updated',
  'url',
  'href',
  'email',
  'mailbox',
  'phone',
  'sms',
  'logo',
  'accent_colour',
  'symbol',
  'unit',
  'polarity',
  'frequency',
]);

interface TextValue {
  path: PathSegment[];
  text: string;
}

/** Every string in a file's data, with its path, leaving out the fields that are not prose. */
function textValues(value: unknown, path: PathSegment[] = []): TextValue[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textValues(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NOT_PROSE.has(key) ? [] : textValues(item, [...path, key])));
  }
  return [];
}

/** What the editor calls the field: "this progress update", "the commentary on …", `"strengths"`. */
function fieldName(file: LoadedFile<TypeKey>, path: readonly PathSegment[]): string {
  if (path.includes('updates')) return 'this progress update';
  if (path.includes('arising')) return 'what the meeting agreed';
  const key = [...path].reverse().find((p): p is string => typeof p === 'string') ?? 'this text';
  if (file.type === 'scorecards' && key === 'commentary') {
    const row = (file as LoadedFile<'scorecards'>).data?.indicators[path[1] as number];
    return `the commentary on "${row?.indicator ?? ''}"`;
  }
  return `"${key}"`;
}

export const smallNumbersInText: ContentRule['run'] = (files, context) => {
  const max = context.policy.small_numbers.hide_counts_up_to;
  // A council that publishes every count has nothing to hide in its text either.
  if (max < 1) return [];
  const LEAK = smallCountPattern(max);
  const ADVICE = `a number of children from 1 to ${max} must not be published, because it could identify a child. Write "a small number of children" or leave the number out`;
  const problems: Problem[] = [];
  const error = (file: string, at: { line: number; col: number }, message: string): void => {
    problems.push({ file, line: at.line, col: at.col, message, severity: 'error' });
  };

  const all = Object.values(files).flat() as LoadedFile<TypeKey>[];
  for (const f of all) {
    for (const { path, text } of textValues(f.data)) {
      const match = [...text.matchAll(LEAK)][0];
      if (match) error(f.source.file, f.source.locate(path), `${fieldName(f, path)} says "${match[0]}": ${ADVICE}`);
    }
    // The prose, as the page shows it (read from the body's tree): every leak, at its own line and column.
    if (!f.source.tree) continue;
    const where = f.type === 'annualReports' ? 'the report' : 'the page';
    for (const block of proseBlocks(f.source.tree, f.source.body)) {
      for (const match of block.text.matchAll(LEAK)) {
        error(f.source.file, block.at(match.index), `${where} says "${match[0]}": ${ADVICE}`);
      }
    }
  }
  return problems;
};
