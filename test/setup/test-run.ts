/**
 * Vitest global set-up: names this run (CP_TEST_RUN, inherited by every worker), so each test site
 * is built at most once in it (test/support/test-sites.ts). `npm test` names the run itself, since
 * it starts the sites' builds before Vitest.
 */
export default function setup(): void {
  process.env['CP_TEST_RUN'] ??= `${process.pid}-${Date.now()}`;
}
