/**
 * "A failed build leaves the previous dist/ untouched": start from a built site (a test site the run
 * has built anyway), then fail the build twice, by bad content and by a page that throws, and check
 * the site's files are byte for byte the same, nothing half-built is left beside them, and the
 * command exits with 1.
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/cli/built-site/files.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { projectCopy, runBuild } from '../support/run-build.ts';
import { MINIMAL } from '../support/paths.ts';
import { testSite, withBuildLock } from '../support/test-sites.ts';

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [
      path.relative(dir, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

describe('a failed build', () => {
  let root: string;
  let dist: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    const built = await testSite('second-council');
    root = projectCopy();
    dist = path.join(root, 'dist');
    cpSync(built, dist, { recursive: true });
    before = fingerprint(dist);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('built something to protect', () => {
    expect(Object.keys(before)).toContain('index.html');
  });

  it('leaves dist/ as it was when the content has an error', async () => {
    const content = copyCouncil({
      prepare: (dir) => {
        writeFileSync(
          path.join(dir, 'site.yaml'),
          readFileSync(path.join(dir, 'site.yaml'), 'utf8').replace('url: https://', 'url: http://'),
        );
      },
    });
    const run = await withBuildLock(async () => runBuild({ CONTENT_DIR: content, OUT_DIR: dist }, root));
    rmSync(path.dirname(content), { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.output).toContain('Nothing was built');
    expect(fingerprint(dist)).toEqual(before);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  });

  it('leaves dist/ as it was when a page fails to render', async () => {
    writeFileSync(
      path.join(root, 'src/pages/broken-on-purpose.astro'),
      "---\nthrow new Error('this page is broken on purpose');\n---\n",
    );
    const run = await withBuildLock(async () => runBuild({ CONTENT_DIR: MINIMAL, OUT_DIR: dist }, root));
    rmSync(path.join(root, 'src/pages/broken-on-purpose.astro'));
    expect(run.status).toBe(1);
    expect(run.output).toContain('this page is broken on purpose');
    expect(run.output).toContain('The build failed. dist/ was left as it was.');
    expect(fingerprint(dist)).toEqual(before);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  });
});
