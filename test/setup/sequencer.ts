/**
 * The order Vitest starts test files in. Its own order runs the projects one after the other (all of
 * `engine`, then `example`) and, on a clean clone with no timings kept, the larger files first. That
 * left the longest file of all, the Chromium crawl of every page of the example, to start after
 * three and a half minutes, alone at the end of the run (issue 15). So the files that take longest,
 * mostly waiting for a build or a browser, start first, in this order, whatever their project; the
 * rest follow in Vitest's order. Each is a path from the project's root. A listed file that no
 * longer exists fails test/setup/sequencer.test.ts, so the list cannot quietly go stale.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Slowest first, as a full `npm test` measured them (4 December 2026). */
export const STARTS_FIRST = [
  'test/example/verify-example.test.ts',
  'test/browser/injection.test.ts',
  'test/browser/keyboard.test.ts',
  'test/security/build-safety.test.ts',
  'test/example/editors-guide.test.ts',
  'test/example/start-your-own-council.test.ts',
  'test/import/build.test.ts',
  'test/verify/long-council.test.ts',
  'test/search/search.browser.test.ts',
  'test/new-council/new-on-incomplete-content.test.ts',
  'test/dev/dev-server.test.ts',
  'test/verify/checks-find-problems.test.ts',
] as const;

/** The files in `files` in the order to start them: STARTS_FIRST's, then the rest as given. */
export function slowestFirst<T>(files: readonly T[], pathOf: (file: T) => string): T[] {
  const rank = (file: T): number => {
    const at = (STARTS_FIRST as readonly string[]).indexOf(pathOf(file));
    return at === -1 ? STARTS_FIRST.length : at;
  };
  // Array.prototype.sort is stable, so the rest keep Vitest's order.
  return [...files].sort((a, b) => rank(a) - rank(b));
}

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    return slowestFirst(await super.sort(files), (file) =>
      path.relative(root, file.moduleId).split(path.sep).join('/'),
    );
  }
}
