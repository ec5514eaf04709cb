/**
 * A check whose inputs have not changed prints what it printed last time without running
 * (src/loader/remembered-check.ts): the same bytes and exit code, and never a stale report. Each
 * input it depends on, changed, is a different key: a file's bytes, a file added, removed or made a
 * link, public/, the date the content is judged as of and the code.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKey, rememberCheck, rememberedCheck, type CheckInputs } from '../../src/loader/remembered-check.ts';
import { copyCouncil, setUpdateText } from '../support/fixture-council.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { TEST_BUILD_DATE } from '../support/test-date.ts';

/** A copy of the minimal council and a public/ folder of its own, with the inputs of a check of them. */
function council(): CheckInputs & { env: NodeJS.ProcessEnv } {
  const contentDir = copyCouncil();
  const publicDir = path.join(path.dirname(contentDir), 'public');
  mkdirSync(publicDir);
  writeFileSync(path.join(publicDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
  return { contentDir, publicDir, env: { BUILD_DATE: TEST_BUILD_DATE }, codeVersion: 'the code' };
}

describe('a check remembered', () => {
  it('has the same key while nothing it reads changes, and another once anything does', () => {
    const inputs = council();
    const key = checkKey(inputs);
    expect(key).toBeDefined();
    expect(checkKey(inputs)).toBe(key);
    const keys = new Set([key]);
    const changed = (what: string, change: () => void): void => {
      change();
      const next = checkKey(inputs);
      expect(next, what).toBeDefined();
      expect(keys.has(next), what).toBe(false);
      keys.add(next);
    };
    const actions = path.join(inputs.contentDir, 'actions', 'stable-homes.yaml');
    changed('one byte of a file', () => writeFileSync(actions, `${readFileSync(actions, 'utf8')} `));
    changed('a file added', () => writeFileSync(path.join(inputs.contentDir, 'stray.txt'), ''));
    changed('a file the loader ignores', () => writeFileSync(path.join(inputs.contentDir, 'README.md'), 'Notes'));
    changed('a file removed', () => rmSync(path.join(inputs.contentDir, 'stray.txt')));
    changed('an empty folder', () => mkdirSync(path.join(inputs.contentDir, 'meetings', 'old')));
    changed('a link', () =>
      symlinkSync('../board.yaml', path.join(inputs.contentDir, 'meetings', 'old', 'board.yaml')),
    );
    changed('a file in public/', () => writeFileSync(path.join(inputs.publicDir, 'logo.svg'), '<svg><script/></svg>'));
    changed('public/ emptied', () => rmSync(path.join(inputs.publicDir, 'logo.svg')));
    changed('another day', () => (inputs.env = { BUILD_DATE: '2026-12-01' }));
    changed('other code', () => (inputs.codeVersion = 'the code with a rule changed'));
  });

  it('is not used with the cache off, or when every load is counted', () => {
    const inputs = council();
    expect(checkKey({ ...inputs, env: { ...inputs.env, CONTENT_PARSE_CACHE: 'off' } })).toBeUndefined();
    expect(checkKey({ ...inputs, env: { ...inputs.env, CONTENT_LOAD_LOG: '/tmp/loads' } })).toBeUndefined();
    expect(checkKey({ ...inputs, env: { ...inputs.env, VITEST: 'true' } })).toBeUndefined();
  });

  it('gives back what was printed with the same key only', () => {
    const { contentDir } = council();
    const dir = mkdtempSync(path.join(tmpdir(), 'cp-check-'));
    expect(rememberedCheck(contentDir, 'key', dir)).toBeUndefined();
    rememberCheck(contentDir, 'key', { output: 'line one\n✓ Content is valid.\n', ok: true }, dir);
    expect(rememberedCheck(contentDir, 'key', dir)).toStrictEqual({
      output: 'line one\n✓ Content is valid.\n',
      ok: true,
    });
    expect(rememberedCheck(contentDir, 'another key', dir)).toBeUndefined();
    expect(rememberedCheck(copyCouncil(), 'key', dir)).toBeUndefined();
  });

  it('npm run check prints the same bytes again, and sees an edit at once', () => {
    const dir = copyCouncil();
    const env: NodeJS.ProcessEnv = { ...process.env, BUILD_DATE: TEST_BUILD_DATE };
    // The check itself leaves its caches off under Vitest: this runs it as an editor does.
    delete env['VITEST'];
    const check = (extra: NodeJS.ProcessEnv = {}) => {
      const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check-content.ts'), dir], {
        cwd: PROJECT_ROOT,
        env: { ...env, ...extra },
        encoding: 'utf8',
      });
      return { status: run.status, stdout: run.stdout };
    };
    const first = check();
    expect(first.stdout).toContain('✓ Content is valid');
    expect(check()).toStrictEqual(first);
    expect(check({ CONTENT_PARSE_CACHE: 'off' })).toStrictEqual(first);

    setUpdateText(dir, 'Kent County Council started assessing twelve households.');
    const edited = check();
    expect(edited).not.toStrictEqual(first);
    expect(edited.stdout).toContain('names another council, "Kent County Council"');
    expect(check()).toStrictEqual(edited);
    expect(check({ CONTENT_PARSE_CACHE: 'off' })).toStrictEqual(edited);
  });
});
