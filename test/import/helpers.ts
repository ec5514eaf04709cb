/** Shared set-up for the importer tests: the fixture council, its roles, and runs as an editor makes them. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/loader/load-content.ts';
import type { Content } from '../../src/loader/model.ts';
import { runImport } from '../../src/cli/import/run.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const COUNCIL = path.join(ROOT, 'test/fixtures/import-council/content');
export const DFE = path.join(ROOT, 'test/fixtures/import-dfe');
export const TODAY = new Date(Date.UTC(2026, 10, 22));

export function council(dir: string = COUNCIL): Content {
  const { content, problems } = loadContent(dir, { today: TODAY });
  if (!content) throw new Error(`fixture council has problems: ${JSON.stringify(problems)}`);
  return content;
}

/** What an editor sees in the terminal, with the temporary folder's path left out. */
export async function run(args: string[], dir: string = COUNCIL): Promise<{ status: number; output: string }> {
  const result = await runImport(args, dir, TODAY);
  const output = [...result.stdout, ...result.stderr].join('\n').replaceAll(path.dirname(dir), '<council>');
  return { status: result.status, output };
}

/** The import council with its own status scale and council-plan references (test/fixtures/import-scale/). */
export const SCALE_OVERLAY = path.join(ROOT, 'test/fixtures/import-scale/content');

/** A copy of the import council, with the scale council's files over it when `scale` is set, to import into. */
export function councilCopy(scale = false): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'import-council-')), 'content');
  cpSync(COUNCIL, dir, { recursive: true });
  if (scale) cpSync(SCALE_OVERLAY, dir, { recursive: true });
  return dir;
}
