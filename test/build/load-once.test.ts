/**
 * Content is read and validated once per `npm run build`: the build script's check, the content
 * gate, the content layer (and so every page) and the post-build steps share one load. Counted by
 * CONTENT_LOAD_LOG (src/loader/load-count.ts), which every full read of a content folder appends to.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL_CONTENT } from '../loader/content-overlay.ts';
import { runBuild } from '../support/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cp-load-once-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('reads and validates the content folder exactly once, and builds every page from it', () => {
    const log = path.join(work, 'loads.log');
    const out = path.join(work, 'dist');
    const run = runBuild({ CONTENT_DIR: MINIMAL_CONTENT, OUT_DIR: out, CONTENT_LOAD_LOG: log });
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual([path.resolve(MINIMAL_CONTENT)]);
    // The pages show the fixture council, so they were built from that one load.
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('Testford');
    expect(readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).toContain('https://cp.testford.gov.uk/');
  });
});
