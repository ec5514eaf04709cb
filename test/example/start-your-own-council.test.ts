/**
 * The guide's "Start your own council" (section 13), followed step by step as a new editor would,
 * with its commands and snippets read from the guide itself: each step's result is checked, and the
 * council it ends with builds and passes npm run verify's file checks.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifySite } from '../../src/cli/verify/verify-site.ts';
import { copyCouncil, errorLines, warningLines } from '../support/fixture-council.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { runBuild } from '../support/run-build.ts';
import { withBuildLock } from '../support/test-sites.ts';
import { runCommand } from '../editors/helpers.ts';

const GUIDE = readFileSync(path.join(PROJECT_ROOT, 'docs/editors-guide.md'), 'utf8');
const SECTION = GUIDE.slice(GUIDE.indexOf('## 13. Start your own council'));
const blocks: string[] = [...SECTION.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const block = (start: string): string => {
  const found = blocks.filter((b) => b.startsWith(start));
  if (found.length !== 1)
    throw new Error(`expected one block starting "${start}" in section 13, found ${found.length}`);
  return found[0]!;
};

/** The arguments after `npm run <script> --` in a guide command, for the script's entry point. */
const argsOf = (command: string): string[] => command.split(' -- ')[1]!.trim().split(/\s+/);

/** The command a guide line runs: `npm run new -- …` runs new. */
function scriptOf(command: string): 'new' | 'init' {
  const name = command.split('npm run ')[1]!.split(' ')[0];
  if (name !== 'new' && name !== 'init')
    throw new Error(`section 13 runs npm run ${name}, which this test does not know`);
  return name;
}

/** Replaces the line of `file` that starts with `key:` by `line`. */
function setLine(dir: string, file: string, line: string): void {
  const key = line.split(':')[0]!;
  const full = path.join(dir, file);
  const lines = readFileSync(full, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at === -1) throw new Error(`no ${key}: in ${file}`);
  lines[at] = line;
  writeFileSync(full, lines.join('\n'));
}

function replaceIn(dir: string, file: string, find: string, replace: string): void {
  const full = path.join(dir, file);
  writeFileSync(full, readFileSync(full, 'utf8').replaceAll(find, replace));
}

describe('the guide’s "Start your own council", step by step', () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-guide-')), 'my-council', 'content');

  it('step 1: npm run init starts the content', () => {
    const command = block('npm run init -- ../my-council/content');
    expect(argsOf(command)).toEqual(['../my-council/content']);
    const run = runCommand('init', [dir], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ Started a new council');
  });

  it('step 2: the check passes, with the warning the guide shows', () => {
    expect(errorLines(dir)).toEqual([]);
    const shown = block('content/site.yaml').trim();
    expect(warningLines(dir)).toContain(shown);
  });

  it('step 3: the council’s name and address replace the placeholders', () => {
    for (const line of block('council:').trim().split('\n')) setLine(dir, 'site.yaml', line);
    expect(errorLines(dir)).toEqual([]);
    expect(warningLines(dir).filter((w) => /^content\/site\.yaml:[23]:/.test(w))).toEqual([]);
  });

  it('step 4: the first objective renamed, and a second one started with npm run new', () => {
    replaceIn(dir, 'objectives.yaml', 'first-objective', 'stable-homes');
    replaceIn(dir, 'indicators.yaml', 'objective: first-objective', 'objective: stable-homes');
    for (const file of ['actions/first-objective.yaml', 'young-people/first-objective.mdx']) {
      replaceIn(dir, file, 'objective: first-objective', 'objective: stable-homes');
      renameSync(path.join(dir, file), path.join(dir, file.replace('first-objective', 'stable-homes')));
    }
    expect(errorLines(dir)).toEqual([]);
    writeFileSync(
      path.join(dir, 'objectives.yaml'),
      readFileSync(path.join(dir, 'objectives.yaml'), 'utf8') +
        [
          '- id: education',
          '  number: 2',
          '  title: Doing well at school',
          '  summary: Children get the help they need to learn.',
          '  lead: lead-officer',
          '  success_measures:',
          '    - Every child has an up-to-date education plan.',
          '',
        ].join('\n'),
    );
    const commands = block('CONTENT_DIR=../my-council/content npm run new -- action 2').trim().split('\n');
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const run = runCommand(scriptOf(command), argsOf(command), dir);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    expect(errorLines(dir)).toEqual([]);
  });

  it('step 6: it builds, and npm run verify’s file checks pass', async () => {
    const outDir = path.join(path.dirname(dir), 'dist');
    const build = await withBuildLock(async () => runBuild({ CONTENT_DIR: dir, OUT_DIR: outDir }));
    expect(build.output).toContain('✓ Built');
    expect(build.status).toBe(0);
    const results = await verifySite({ site: outDir, contentDir: dir, browser: false });
    expect(results.filter((r) => r.problems.length > 0).map((r) => `${r.name}: ${r.problems.join('; ')}`)).toEqual([]);
  }, 300_000);
});

describe('the guide’s way to replace the example wholesale', () => {
  it('deleting the content and starting afresh in its place leaves nothing of the example', () => {
    const dir = copyCouncil({ from: path.join(PROJECT_ROOT, 'content') });
    expect(block('git rm -r -q content').trim().split('\n')).toEqual([
      'git rm -r -q content',
      'npm run init -- content',
    ]);
    expect(runCommand('init', [dir], dir).status).toBe(1);
    rmSync(dir, { recursive: true });
    expect(runCommand('init', [dir], dir).status).toBe(0);
    expect(errorLines(dir)).toEqual([]);
  });
});
