/**
 * The prose in a file's parsed YAML values (and an MDX file's front matter), as the rules that read
 * prose take it: every string, with its path, leaving out the fields that are not prose (ids,
 * references, dates, addresses, settings). The small-number and personal-data rules both read it;
 * an MDX body's prose is read from its tree (src/markdown/prose-text.ts).
 */
import type { PathSegment } from './source-file.ts';
import type { LoadedFile, TypeKey } from './types.ts';

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
export function textValues(value: unknown, path: PathSegment[] = []): TextValue[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textValues(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NOT_PROSE.has(key) ? [] : textValues(item, [...path, key])));
  }
  return [];
}

/** What the editor calls the field: "this progress update", "the commentary on …", `"strengths"`. */
export function fieldName(file: LoadedFile<TypeKey>, path: readonly PathSegment[]): string {
  if (path.includes('updates')) return 'this progress update';
  if (path.includes('arising')) return 'what the meeting agreed';
  const key = [...path].reverse().find((p): p is string => typeof p === 'string') ?? 'this text';
  if (file.type === 'scorecards' && key === 'commentary') {
    const row = (file as LoadedFile<'scorecards'>).data?.indicators[path[1] as number];
    return `the commentary on "${row?.indicator ?? ''}"`;
  }
  return `"${key}"`;
}
