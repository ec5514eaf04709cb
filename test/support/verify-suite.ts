/**
 * `npm run verify` on a test site, as tests: the file checks always run; the browser checks run
 * where Chromium is (a loud skip without it, a failure in CI). Each test lists the failing checks
 * with their problems, so a failure reads as verify's own report does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/cli/verify/check.ts';
import { BROWSER_CHECK_NAMES } from '../../src/cli/verify/in-browser.ts';
import { formatReport, verifySite } from '../../src/cli/verify/verify-site.ts';
import { browserSuiteMode, describeInBrowser } from './browser.ts';
import { representativePages } from './representative-pages.ts';
import { TEST_SITES, testSite, type TestSiteName } from './test-sites.ts';

const failures = (results: readonly CheckResult[]): string[] =>
  results.filter((r) => r.problems.length > 0).flatMap((r) => [`${r.name}:`, ...r.problems.map((p) => `  ${p}`)]);

export interface VerifySuiteOptions {
  /**
   * The addresses Chromium visits, when not every page in the sitemap: a site made to have many
   * pages has one of each kind looked at, not every one; 'representative', the fewest pages that
   * between them show every kind of element the site has (test/support/representative-pages.ts).
   */
  pages?: readonly string[] | 'representative';
}

export function verifySuite(name: TestSiteName, options: VerifySuiteOptions = {}): void {
  const withBrowser = browserSuiteMode() === 'run';
  let results: CheckResult[] = [];
  const inBrowser = (r: CheckResult): boolean => (BROWSER_CHECK_NAMES as readonly string[]).includes(r.name);
  const fileChecks = (): CheckResult[] => results.filter((r) => !inBrowser(r));
  const browserChecks = (): CheckResult[] => results.filter(inBrowser);

  beforeAll(async () => {
    const site = await testSite(name);
    const pages = options.pages === 'representative' ? representativePages(site) : options.pages;
    results = await verifySite({
      site,
      contentDir: TEST_SITES[name],
      browser: withBrowser,
      ...(pages ? { pages } : {}),
    });
  });
  afterAll(() => console.log(`npm run verify on the ${name} test site:\n${formatReport(results)}`));

  describe(`npm run verify on the ${name} build`, () => {
    it('passes the file checks: valid HTML, links and anchors, the policy, budgets, hidden small numbers', () => {
      expect(fileChecks().length).toBeGreaterThanOrEqual(5);
      expect(failures(fileChecks())).toEqual([]);
    });
  });

  describeInBrowser(`npm run verify in Chromium on the ${name} build`, () => {
    it('passes the browser checks: axe at 375 and 1280 px, no requests elsewhere, no policy violations, reflow at 320 px', () => {
      expect(browserChecks()).toHaveLength(BROWSER_CHECK_NAMES.length);
      expect(failures(browserChecks())).toEqual([]);
    });
  });
}
