/**
 * The guide's table of every action field (docs/editors-guide.md, "Every field of an action") is
 * held to the schema (src/schemas/actions.ts): a field the schema gains without a row in the table,
 * or a row for a field it no longer has, fails here; so do a "Required?" that disagrees with the
 * schema and an example the check would refuse. The guide's update without words is valid too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { actionSchema, progressUpdateSchema } from '../../src/schemas/actions.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const GUIDE = readFileSync(path.join(PROJECT_ROOT, 'docs/editors-guide.md'), 'utf8');
const SECTION = GUIDE.slice(GUIDE.indexOf('### Every field of an action'), GUIDE.indexOf('### Add a meeting'));

interface Row {
  field: string;
  required: string;
  example: string;
}

const rows: Row[] = SECTION.split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => {
    const cells = line
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim());
    return { field: cells[0]!.replace(/`/g, ''), required: cells[2]!, example: cells[3]! };
  });

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** Every field path the schema accepts, each with whether its object requires it. */
function fieldPaths(schema: JsonSchema, prefix = ''): { path: string; required: boolean }[] {
  const found: { path: string; required: boolean }[] = [];
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    const here = `${prefix}${key}`;
    found.push({ path: here, required: schema.required?.includes(key) ?? false });
    // An object inside (young_people), or a list of objects (updates, plans given with links).
    const branches = [value, ...(value.anyOf ?? [])].flatMap((b) => [
      b,
      ...(b.items ? [b.items, ...(b.items.anyOf ?? [])] : []),
    ]);
    for (const branch of branches) {
      if (branch.type !== 'object') continue;
      const inList = branches.some((b) => b.items === branch || b.items?.anyOf?.includes(branch));
      found.push(...fieldPaths(branch, `${here}${inList ? '[].' : '.'}`));
    }
  }
  return found;
}

const SCHEMA_FIELDS = fieldPaths(z.toJSONSchema(actionSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);

/** A valid action with `value` written at `field`, for the check to judge the guide's example. */
function actionWith(field: string, value: unknown): unknown {
  const action: Record<string, unknown> = {
    action: 'Do something.',
    outcome: 'It helps.',
    lead: 'a-role',
    timescale: 'ongoing',
  };
  const [top, inner] = field.split(/\[\]\.|\./) as [string, string | undefined];
  if (inner === undefined) action[top] = value;
  else if (top === 'young_people') action[top] = { [inner]: value };
  else if (top === 'updates') action[top] = [{ date: '2026-01-01', text: 'Words.', [inner]: value }];
  else if (top === 'plans') action[top] = [{ title: 'A plan', [inner]: value }];
  else throw new Error(`no way to place ${field} in an action: teach actionWith`);
  return action;
}

describe('the guide’s table of every action field', () => {
  it('has a row for every field the schema has, and none it does not', () => {
    expect(rows.map((r) => r.field)).toEqual(SCHEMA_FIELDS.map((f) => f.path));
  });

  it.each(SCHEMA_FIELDS.map((f) => [f.path, f.required]))(
    'says whether %s is required as the schema does',
    (field, required) => {
      const row = rows.find((r) => r.field === field)!;
      expect(row.required.startsWith(required ? 'yes' : 'no'), row.required).toBe(true);
    },
  );

  it.each(rows.filter((r) => /^`(?:- )?[a-z_]+:/.test(r.example)).map((r) => [r.field, r.example]))(
    'gives an example of %s the check accepts: %s',
    (field, example) => {
      const written = parse(example.replace(/^`(?:- )?|`$/g, '')) as Record<string, unknown>;
      const [key, value] = Object.entries(written)[0]!;
      expect(field.endsWith(key)).toBe(true);
      const result = actionSchema.safeParse(actionWith(field, value));
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it('says an update may leave out its text when it gives a status or percent complete, with a valid example', () => {
    expect(SECTION).toMatch(
      /An update's `text` may be left out when the update gives a `status` or a `percent_complete`/,
    );
    const block = /```yaml\n([\s\S]*?)```/.exec(SECTION)![1]!;
    const [update] = parse(block) as unknown[];
    expect(progressUpdateSchema.safeParse(update).success).toBe(true);
    expect(update).not.toHaveProperty('text');
  });
});
