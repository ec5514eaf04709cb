/**
 * Builds the test sites, one after another, before the tests ask for them: `npm test` starts this
 * beside lint, the type check and Vitest, so the builds overlap with the tests that need no site.
 * A test that asks for a site meanwhile waits for it (test/support/test-sites.ts), so nothing is
 * built twice. The example goes first: the Chromium crawl of its every page is the longest test,
 * and it can start only once the site is built, so it runs beside the other builds rather than after
 * them all; the second council, which most tests of built pages read, comes next, then the sites
 * of the other slow files that start first (test/setup/sequencer.ts).
 */
import { TEST_SITES, testSite, type TestSiteName } from '../support/test-sites.ts';

const FIRST: TestSiteName[] = ['example', 'second-council', 'injection', 'long-council'];
const order = [...FIRST, ...(Object.keys(TEST_SITES) as TestSiteName[]).filter((name) => !FIRST.includes(name))];

for (const name of order) {
  try {
    await testSite(name);
  } catch {
    // The tests that need the site report the failed build, with its output.
  }
}
