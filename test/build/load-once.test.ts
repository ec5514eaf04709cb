/**
 * Content is read and validated once per `npm run build`: the build script's check, the content
 * gate, the content layer (and so every page) and the post-build steps share one load. Counted by
 * CONTENT_LOAD_LOG (src/loader/load-count.ts), which every full read of a content folder appends
 * to: every test site is built with it set (test/support/test-sites.ts), so this reads the log of
 * the second council's build rather than building again. Test sites are built with an editor's
 * environment, not Vitest's, so that the content gate takes part as it does for people.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { loadLog, testSite } from '../support/test-sites.ts';

describe('npm run build', () => {
  it('reads and validates the content folder exactly once, and builds every page from it', async () => {
    const out = await testSite('second-council');
    expect(loadLog('second-council')).toEqual([path.resolve(SECOND_COUNCIL)]);
    // The pages show the fixture council, so they were built from that one load.
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('Wexcombe');
    expect(readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).toContain('https://children.wexcombe.gov.uk/');
  });
});
