/**
 * Turns Zod's issues into sentences an editor can act on, each pinned to a line and column, with
 * the allowed values for a choice and "did you mean" for a misspelt field or value.
 *
 * The sentences are written by an error map passed to each parse (Zod's public `error` parameter),
 * which Zod consults only for issues the schema has not worded itself. So there are two kinds of
 * message: the map's, which are whole sentences naming the field, and the schemas' own ("write the
 * colour as #rrggbb…"), which get the field's name in front. The map records what it wrote, so the
 * two are told apart without reading Zod's English or its internals.
 */
import { z } from 'zod';
import { FILE_RULE } from '../schemas/file-rules.ts';
import type { Problem } from './problems.ts';
import type { PathSegment, SourceFile } from './source-file.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** One issue per unknown key would be more natural, but Zod gives one for all: the map writes a line each. */
const LINE = '\n';

/** The schema one wrapper (optional, default, nullable, pipe) in, through Zod's public API; undefined if none. */
function innerOf(schema: z.ZodType): z.ZodType | undefined {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault
  ) {
    return schema.unwrap() as z.ZodType;
  }
  if (schema instanceof z.ZodPipe) return schema.in as z.ZodType;
  return undefined;
}

/** The schema with every wrapper taken off. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let inner = innerOf(current); inner; inner = innerOf(current)) current = inner;
  return current;
}

/** Follows a data path through a schema to the schema of that value, wrappers included. */
export function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const inner = unwrapped(current);
    if (inner instanceof z.ZodObject && typeof segment === 'string') {
      current = (inner.shape as Record<string, z.ZodType>)[segment];
    } else if (inner instanceof z.ZodArray && typeof segment === 'number') {
      current = inner.element as z.ZodType;
    } else if (inner instanceof z.ZodRecord && typeof segment === 'string') {
      current = inner.valueType as z.ZodType;
    } else if (inner instanceof z.ZodUnion) {
      current = (inner.options as z.ZodType[]).map((option) => schemaAt(option, [segment])).find(Boolean);
    } else {
      return undefined;
    }
  }
  return current;
}

/** The editor-facing description (`.meta({ description })`), from the schema or any wrapper inside it. */
function descriptionOf(schema: z.ZodType | undefined): string | undefined {
  for (let current = schema; current; current = innerOf(current)) {
    if (current.description) return current.description;
  }
  return undefined;
}

/** The fields an object allows, for "Allowed fields here" and "Did you mean". */
function fieldsOf(schema: unknown): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape as object);
  return [];
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a block of fields';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one item per line, each starting with "- ")',
  object: 'a block of fields',
};

/** Names the place: `"lead"`, or `item 3 of "actions"` for a list item. */
function fieldName(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path.at(-2);
    return parent === undefined ? `item ${last + 1}` : `item ${last + 1} of "${String(parent)}"`;
  }
  return `"${String(last)}"`;
}

/** The sentence for an issue the schema did not word itself, or undefined to keep Zod's own. */
function sentenceFor(issue: RawIssue, root: z.ZodType): string | undefined {
  const path = (issue.path ?? []) as PathSegment[];
  const name = fieldName(path);
  const value = issue.input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = fieldsOf(issue.inst);
      return issue.keys
        .map(
          (key) => `unknown field "${key}".${didYouMean(key, known) || ` Allowed fields here: ${known.join(', ')}.`}`,
        )
        .join(LINE);
    }
    case 'invalid_type': {
      if (value === undefined) {
        const description = descriptionOf(schemaAt(root, path));
        return `missing required field ${name}${description ? `: ${description}` : ''}`;
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const quoteHint =
        issue.expected === 'string' && typeof value === 'number' ? ': put it in quotes, for example "3.4"' : '';
      return `${name} should be ${expected}, not ${describeValue(value)}${quoteHint}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (value === undefined) return `missing required field ${name}: one of ${allowed.join(', ')}`;
      const got = String(value);
      return `${name} must be one of: ${allowed.join(', ')} (not "${got}").${didYouMean(got, allowed)}`.replace(
        /\.$/,
        '',
      );
    }
    case 'invalid_union': {
      const description = descriptionOf(schemaAt(root, path));
      if (value === undefined) return `missing required field ${name}${description ? `: ${description}` : ''}`;
      return `${name} is ${describeValue(value)}, which does not fit here${description ? `: ${description}` : ''}`;
    }
    case 'too_small':
      // Lists and text: the schemas word most of these ("list at least one action").
      if (issue.origin === 'array') return `${name}: list at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return `${name}: it cannot be empty`;
      return `${name} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, not ${String(value)}`;
    case 'too_big':
      return `${name} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}, not ${String(value)}`;
    default:
      return undefined;
  }
}

/** What one parse's error map wrote, so its sentences can be told from the schemas' own messages. */
export interface EditorParse<T> {
  result: z.ZodSafeParseResult<T>;
  written: ReadonlySet<string>;
}

/** Parses `data` with `schema`, with every message Zod would word itself written for editors. */
export function parseForEditors<S extends z.ZodType>(schema: S, data: unknown): EditorParse<z.output<S>> {
  const written = new Set<string>();
  const error: z.core.$ZodErrorMap = (issue) => {
    const sentence = sentenceFor(issue, schema);
    if (sentence !== undefined) written.add(sentence);
    return sentence;
  };
  return { result: schema.safeParse(data, { error }), written };
}

/** True when the issue comes from a file rule, which leaves the file's data usable. */
export function isFileRuleIssue(issue: Issue): boolean {
  return issue.code === 'custom' && (issue.params as Record<string, unknown> | undefined)?.[FILE_RULE] === true;
}

/** Each message of one issue, with the key it is about when it names an unknown field. */
function messagesOf(
  issue: Issue,
  file: SourceFile,
  written: ReadonlySet<string>,
): { message: string; keyOf?: string }[] {
  if (written.has(issue.message)) {
    if (issue.code !== 'unrecognized_keys') return [{ message: issue.message }];
    // One sentence per key, joined by LINE; a key may itself hold a line break ("a\nb"), so each
    // sentence is found by its own opening rather than by splitting on LINE.
    const starts: number[] = [];
    for (const key of issue.keys)
      starts.push(issue.message.indexOf(`unknown field "${key}".`, (starts.at(-1) ?? -1) + 1));
    return issue.keys.map((key, i) => ({
      keyOf: key,
      message: issue.message.slice(starts[i], i + 1 < starts.length ? starts[i + 1]! - LINE.length : undefined),
    }));
  }
  if (isFileRuleIssue(issue)) {
    // A rule about the whole file (src/schemas/file-rules.ts) writes its own sentence, and may name
    // the place of an earlier use, which only the loader can locate.
    const first = ((issue as z.core.$ZodIssueCustom).params as { first?: PathSegment[] }).first;
    if (!first) return [{ message: issue.message }];
    const { line, col } = file.locate(first);
    return [{ message: issue.message.replace('{first}', `${file.file}:${line}:${col}`) }];
  }
  // The schema's own wording ("write the colour as #rrggbb…"), after the field it is about.
  return [{ message: `${fieldName(issue.path)}: ${issue.message}` }];
}

export function problemsFromIssues(
  issues: readonly Issue[],
  file: SourceFile,
  written: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as PathSegment[];
    for (const { message, keyOf } of messagesOf(issue, file, written)) {
      const pos = keyOf === undefined ? file.locate(path) : file.locateKey(path, keyOf);
      problems.push({ file: file.file, line: pos.line, col: pos.col, message, severity: 'error' });
    }
  }
  return problems;
}
