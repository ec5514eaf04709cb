/**
 * Turns Zod's issues into sentences an editor can act on, each pinned to a line and column,
 * with the allowed values for a choice and "did you mean" for a misspelt field or value.
 */
import type { z } from 'zod';
import { FILE_RULE } from '../schemas/file-rules.ts';
import type { Problem } from './problems.ts';
import type { PathSegment, SourceFile } from './source-file.ts';
import { didYouMean } from './suggest.ts';

type AnySchema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

/** Follows a data path through a schema, looking through wrappers, to the schema of that value. */
export function schemaAt(schema: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object' && typeof segment === 'string') {
      current = (def['shape'] as Record<string, AnySchema>)[segment];
    } else if (def.type === 'array' && typeof segment === 'number') {
      current = def['element'] as AnySchema;
    } else if (def.type === 'union') {
      const options = def['options'] as AnySchema[];
      current = options.map((o) => schemaAt(o, [segment])).find(Boolean);
    } else {
      return undefined;
    }
  }
  return current;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
      current = def['innerType'] as AnySchema;
    } else if (def.type === 'pipe') {
      current = def['in'] as AnySchema;
    } else {
      return current;
    }
  }
}

/** The editor-facing description, from the schema or any wrapper around it. */
function descriptionOf(schema: AnySchema | undefined): string | undefined {
  let current = schema;
  while (current) {
    const meta = (current as unknown as { meta?: () => { description?: string } | undefined }).meta?.();
    if (meta?.description) return meta.description;
    const def = current._zod.def as unknown as Record<string, unknown>;
    current = (def['innerType'] ?? def['in']) as AnySchema | undefined;
  }
  return undefined;
}

function objectKeys(schema: AnySchema | undefined): string[] {
  if (!schema) return [];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'object') return Object.keys(def['shape'] as object);
  if (def.type === 'union') return (def['options'] as AnySchema[]).flatMap((o) => objectKeys(unwrap(o)));
  return [];
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
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
function fieldName(path: readonly PathSegment[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path.at(-2);
    return parent === undefined ? `item ${last + 1}` : `item ${last + 1} of "${String(parent)}"`;
  }
  return `"${last}"`;
}

function messageFor(issue: Issue, file: SourceFile, schema: AnySchema): { message: string; keyOf?: string }[] {
  const path = issue.path as PathSegment[];
  const name = fieldName(path);
  const value = valueAt(file.data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const found = schemaAt(schema, path);
      const known = objectKeys(found ? unwrap(found) : undefined);
      return issue.keys.map((key) => ({
        keyOf: key,
        message: `unknown field "${key}".${didYouMean(key, known) || ` Allowed fields here: ${known.join(', ')}.`}`,
      }));
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined) {
        const description = descriptionOf(schemaAt(schema, path));
        return [{ message: `missing required field ${name}${description ? `: ${description}` : ''}` }];
      }
      const quoteHint =
        issue.expected === 'string' && typeof value === 'number' ? ': put it in quotes, for example "3.4"' : '';
      return [{ message: `${name} should be ${expected}, not ${describeValue(value)}${quoteHint}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (value === undefined) return [{ message: `missing required field ${name}: one of ${allowed.join(', ')}` }];
      const got = String(value);
      return [
        {
          message: `${name} must be one of: ${allowed.join(', ')} (not "${got}").${didYouMean(got, allowed)}`.replace(
            /\.$/,
            '',
          ),
        },
      ];
    }
    case 'invalid_union': {
      const description = descriptionOf(schemaAt(schema, path));
      if (value === undefined)
        return [{ message: `missing required field ${name}${description ? `: ${description}` : ''}` }];
      return [
        {
          message: `${name} is ${describeValue(value)}, which does not fit here${description ? `: ${description}` : ''}`,
        },
      ];
    }
    case 'too_small': {
      if (issue.origin === 'array' || issue.origin === 'string') {
        // The schemas word most of these ("list at least one action"); Zod's own wording is not for editors.
        const fallback = issue.origin === 'array' ? `list at least ${issue.minimum} item(s)` : 'it cannot be empty';
        return [{ message: `${name}: ${issue.message.startsWith('Too small') ? fallback : issue.message}` }];
      }
      return [
        {
          message: `${name} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}, not ${String(value)}`,
        },
      ];
    }
    case 'too_big': {
      if ((issue.origin === 'string' || issue.origin === 'array') && !issue.message.startsWith('Too big')) {
        return [{ message: `${name}: ${issue.message}` }];
      }
      return [
        {
          message: `${name} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}, not ${String(value)}`,
        },
      ];
    }
    case 'custom': {
      // A rule about the whole file (src/schemas/file-rules.ts) writes its own sentence, and may
      // name the place of an earlier use, which only the loader can locate.
      const params = issue.params as { [FILE_RULE]?: boolean; first?: PathSegment[] } | undefined;
      if (!params?.[FILE_RULE]) return [{ message: `${name}: ${issue.message}` }];
      if (!params.first) return [{ message: issue.message }];
      const { line, col } = file.locate(params.first);
      return [{ message: issue.message.replace('{first}', `${file.file}:${line}:${col}`) }];
    }
    default:
      return [{ message: `${name}: ${issue.message}` }];
  }
}

/** True when the issue comes from a file rule, which leaves the file's data usable. */
export function isFileRuleIssue(issue: Issue): boolean {
  return issue.code === 'custom' && (issue.params as Record<string, unknown> | undefined)?.[FILE_RULE] === true;
}

export function problemsFromIssues(issues: readonly Issue[], file: SourceFile, schema: AnySchema): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as PathSegment[];
    for (const { message, keyOf } of messageFor(issue, file, schema)) {
      const pos = keyOf === undefined ? file.locate(path) : file.locateKey(path, keyOf);
      problems.push({ file: file.file, line: pos.line, col: pos.col, message, severity: 'error' });
    }
  }
  return problems;
}
