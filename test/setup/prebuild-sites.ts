/**
 * Builds the test sites, one after another, before the tests ask for them: `npm test` starts this
 * beside lint, the type check and Vitest, so the builds overlap with the tests that need no site.
 * A test that asks for a site meanwhile waits for it (test/support/test-sites.ts), so nothing is
 * built twice.
 */
import { TEST_SITES, testSite, type TestSiteName } from '../support/test-sites.ts';

for (const name of Object.keys(TEST_SITES) as TestSiteName[]) {
  try {
    await testSite(name);
  } catch {
    // The tests that need the site report the failed build, with its output.
  }
}
