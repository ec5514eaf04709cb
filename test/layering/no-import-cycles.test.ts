/**
 * No import cycle under src/: modules depend on each other in one direction only, so each can be
 * read, tested and changed from the bottom up. dependency-cruiser follows every import, type-only
 * imports included (they tie the files together for a reader as much as any other).
 */
import path from 'node:path';
import { cruise, type ICruiseOptions } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PROJECT_ROOT } from '../support/paths.ts';

const OPTIONS: ICruiseOptions = {
  validate: true,
  tsPreCompilationDeps: true,
  doNotFollow: { path: 'node_modules' },
  ruleSet: { forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] },
};

/** Each cycle found under `folder`, as `a.ts → b.ts → a.ts`. */
async function cyclesIn(folder: string): Promise<string[]> {
  const result = await cruise([path.relative(PROJECT_ROOT, folder)], { ...OPTIONS, baseDir: PROJECT_ROOT });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser gave text, not its report');
  return result.output.summary.violations.map((v) => [v.from, ...(v.cycle ?? []).map((step) => step.name)].join(' → '));
}

describe('imports', () => {
  it('form no cycle anywhere under src/', async () => {
    expect(await cyclesIn(path.join(PROJECT_ROOT, 'src'))).toEqual([]);
  });

  it('would show a cycle if there were one', async () => {
    expect(await cyclesIn(path.join(FIXTURES, 'import-cycle'))).toEqual([
      'test/fixtures/import-cycle/a.ts → test/fixtures/import-cycle/b.ts → test/fixtures/import-cycle/a.ts',
    ]);
  });
});
