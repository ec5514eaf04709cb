/**
 * Import, check and build: a tracker and two DfE releases imported into a fixture council, then the
 * site built from it as `npm run build` builds it, showing what was imported.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/run-build.ts';
import { withBuildLock } from '../support/test-sites.ts';
import { COUNCIL, DFE, run } from './helpers.ts';
import { actionPlanWorkbook } from './workbooks.ts';

describe('an imported council builds', () => {
  it('with the imported actions and comparators on its pages', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'import-build-'));
    const dir = path.join(root, 'content');
    cpSync(COUNCIL, dir, { recursive: true });
    const figures = [
      '--indicator',
      'children-in-care-rate',
      '--column',
      'rate_per_10000',
      '--filter',
      'population_type=Children looked after',
    ];
    const runs = [
      await run(['actions', await actionPlanWorkbook(), '--objective', 'stable-homes'], dir),
      await run(['comparators', path.join(DFE, 'cla-2024.csv'), ...figures], dir),
      await run(['comparators', path.join(DFE, 'cla-2025.csv'), ...figures, '--mapping', 'cla-2025'], dir),
    ];
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0]);
    const out = path.join(root, 'dist');
    const build = await withBuildLock(async () => runBuild({ CONTENT_DIR: dir, OUT_DIR: out }));
    expect(build.status, build.output).toBe(0);
    const page = (file: string): string => readFileSync(path.join(out, file), 'utf8');
    expect(page('actions/1-3/index.html')).toContain('Match children with carers near their school.');
    expect(page('action-plan/index.html')).toContain('Open a new children’s home.');
    const scorecard = page('scorecards/2023-24/index.html');
    expect(scorecard).toContain('69.1');
  }, 300_000);
});
