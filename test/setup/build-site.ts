/**
 * Vitest global set-up: builds the example site once, as of a fixed date, into .test-dist/,
 * so the tests over built pages see the same site on every run whatever the calendar says.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const TEST_DIST = path.resolve(import.meta.dirname, '../../.test-dist');
export const TEST_BUILD_DATE = '2026-11-22';

export default function setup(): void {
  if (process.env['SKIP_SITE_BUILD']) return;
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, OUT_DIR: '.test-dist', BUILD_DATE: TEST_BUILD_DATE },
    stdio: 'inherit',
  });
}
