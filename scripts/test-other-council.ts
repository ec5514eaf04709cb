/**
 * `npm run test:other-council [-- <content folder>]`: proves the engine is not the example council's.
 * In a throw-away copy of the project whose content/ is replaced by another council's folder
 * (default: test/fixtures/second-council/content), it runs the engine's tests, builds the site and
 * runs `npm run verify` on it, as a council that has swapped in its own content would.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const council = path.resolve(process.argv[2] ?? path.join(root, 'test/fixtures/second-council/content'));
const LEFT_OUT = new Set(['node_modules', '.git', 'content', 'dist', '.test-dist', '.astro', 'bench']);

const copy = mkdtempSync(path.join(tmpdir(), 'cp-other-council-'));
// Builds (and the dist link to one) live in .dist-* folders beside dist (src/cli/build/publish.ts).
const leftOut = (top: string): boolean => LEFT_OUT.has(top) || top.startsWith('.dist-');
cpSync(root, copy, { recursive: true, filter: (from) => !leftOut(path.relative(root, from).split(path.sep)[0]!) });
symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
cpSync(council, path.join(copy, 'content'), { recursive: true });
console.log(`content/ is now ${path.relative(root, council) || council}, in ${copy}\n`);

const steps: [string, string[]][] = [
  ['the engine tests', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'engine']],
  ['npm run build', ['scripts/build.ts']],
  ['npm run verify', ['scripts/verify.ts']],
];
let failed: string | undefined;
for (const [name, args] of steps) {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(process.execPath, args, {
    cwd: copy,
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: '' },
  });
  if (run.status !== 0) {
    failed = name;
    break;
  }
}
rmSync(copy, { recursive: true, force: true });
console.log(
  failed
    ? `\n✗ With another council's content, ${failed} failed.`
    : "\n✓ With another council's content, the engine tests, the build and verify all pass.",
);
process.exit(failed ? 1 : 0);
