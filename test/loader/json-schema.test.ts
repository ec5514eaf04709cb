/** The committed JSON Schema files are what VS Code uses to help editors: they must match the Zod schemas. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, vscodeYamlSchemas } from '../../src/loader/json-schema.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';

describe('JSON Schema for editors', () => {
  it.each(jsonSchemaFiles().map((f) => [f.path, f] as const))('%s is up to date (run npm run schema)', (_, file) => {
    const committed = readFileSync(path.join(ROOT, file.path), 'utf8');
    expect(committed, `${file.path} is stale: run "npm run schema" and commit the result`).toBe(file.json);
  });

  it('VS Code maps every schema to its content files', () => {
    const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(settings['yaml.schemas']).toEqual(vscodeYamlSchemas());
    expect(vscodeYamlSchemas()).toMatchObject({
      './.vscode/schemas/actions.schema.json': 'content/actions/*.yaml',
      './.vscode/schemas/site.schema.json': 'content/site.yaml',
    });
  });

  it('carries the field descriptions editors see as hints, and refuses unknown fields', () => {
    const actions = JSON.parse(jsonSchemaFiles().find((f) => f.path.endsWith('actions.schema.json'))!.json);
    const row = actions.properties.actions.items;
    expect(row.additionalProperties).toBe(false);
    expect(row.properties.status.description).toContain(
      'by default: not started, on track, at risk, off track, complete',
    );
    expect(row.properties.timescale.description).toContain('a calendar quarter (2026-Q1)');
  });
});
