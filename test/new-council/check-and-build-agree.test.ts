/**
 * If `npm run check` passes, `npm run build` passes; if it fails, the build refuses with the same
 * messages. Every bad-input fixture is refused by the check (so the build, which runs the same check
 * first, builds none of them); the classes that once passed the check and then broke the build are
 * refused by the build with the check's own message; and what `npm run init` writes passes both
 * (verify-new-council.test.ts builds it).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorLines } from '../support/fixture-council.ts';
import { FIXTURES, NEW_COUNCIL } from '../support/paths.ts';
import { runBuild } from '../support/run-build.ts';
import { withBuildLock } from '../support/test-sites.ts';

const overlays = ['bad', 'bad-corpus'].flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder)).map((name) => `${folder}/${name}`),
);

describe('the check and the build agree', () => {
  it('finds the bad-input fixtures', () => {
    expect(overlays.length).toBeGreaterThan(70);
    expect(overlays).toContain('bad/no-young-person-home');
    expect(overlays).toContain('bad/broken-link-in-mdx');
  });

  it.each(overlays)('the check refuses %s', (overlay) => {
    expect(errorLines(copyCouncil({ overlay: path.join(FIXTURES, overlay) })).length).toBeGreaterThan(0);
  });

  it('passes what init writes', () => {
    expect(errorLines(NEW_COUNCIL)).toEqual([]);
  });

  it.each(['bad/no-young-person-home', 'bad/broken-link-in-mdx'])(
    'the build refuses %s with the check’s messages, and builds nothing',
    async (overlay) => {
      const dir = copyCouncil({ overlay: path.join(FIXTURES, overlay) });
      const errors = errorLines(dir);
      const outDir = path.join(path.dirname(dir), 'dist');
      const build = await withBuildLock(async () => runBuild({ CONTENT_DIR: dir, OUT_DIR: outDir }));
      expect(build.status).toBe(1);
      for (const line of errors) expect(build.output).toContain(line);
      expect(build.output).toContain('Nothing was built');
    },
    240_000,
  );
});
