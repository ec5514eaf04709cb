/**
 * Astro's own loaders only log a YAML error (see STACK-NOTES), so a bare `astro build`, without the
 * build script's check first, must still refuse bad content: with the loader's `file:line:col`
 * messages, and without writing a site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCouncil } from '../support/fixture-council.ts';
import { commandLineEnv } from '../support/command-line-env.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { TEST_BUILD_DATE } from '../support/test-date.ts';
import { withBuildLock } from '../support/test-sites.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cp-bare-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function astroBuild(fixture: string): Promise<{ status: number | null; messages: string[]; built: boolean }> {
  const content = copyCouncil({ overlay: path.join(PROJECT_ROOT, 'test/fixtures/bad', fixture) });
  const out = path.join(work, fixture);
  // Astro's caches in the project are shared, so this build waits its turn like every other.
  const result = await withBuildLock(async () =>
    spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      cwd: PROJECT_ROOT,
      env: commandLineEnv({ CONTENT_DIR: content, BUILD_DATE: TEST_BUILD_DATE }),
      encoding: 'utf8',
      timeout: 120_000,
    }),
  );
  rmSync(path.dirname(content), { recursive: true, force: true });
  const output = `${result.stdout}${result.stderr}`;
  return {
    status: result.status,
    messages: output.split('\n').filter((line) => line.startsWith('content/')),
    built: existsSync(out),
  };
}

describe('a bare astro build of bad content', () => {
  it('fails on a YAML syntax error, naming its line and column', async () => {
    const run = await astroBuild('yaml-syntax-error');
    expect(run.status).not.toBe(0);
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "content/roles.yaml:6:2  YAML syntax error: All sequence items must start at the same column (check the indentation, and put text that contains ": " or starts with a symbol in quotes)",
      ]
    `);
    expect(run.built).toBe(false);
  });

  it('fails on a schema failure, naming its line and column', async () => {
    const run = await astroBuild('wrong-type');
    expect(run.status).not.toBe(0);
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "content/objectives.yaml:2:11  "number" should be a number, not the text "one"",
        "content/objectives.yaml:6:21  "success_measures" should be a list (one item per line, each starting with "- "), not the text "Fewer moves."",
      ]
    `);
    expect(run.built).toBe(false);
  });
});
