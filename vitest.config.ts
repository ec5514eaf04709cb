/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { MOCKS_MODULES } from './test/setup/isolation.ts';
import SlowestFirst from './test/setup/sequencer.ts';
import { MINIMAL } from './test/support/paths.ts';
import { TEST_BUILD_DATE } from './test/support/test-date.ts';

/**
 * Projects, run side by side:
 * - engine: every test of the engine, over small fixture councils only. CONTENT_DIR points at the
 *   minimal council, so nothing that reads "the content" can reach the example's content/.
 * - engine, mocking: the few engine tests that replace a module (test/setup/isolation.ts).
 * - example: the example council itself (its completeness, the editors' guide that quotes it, and
 *   `npm run verify` on its build, as any council would verify its own).
 * The test files of `engine` and `example` share their worker's modules rather than each loading the
 * engine afresh (`isolate: false`): on 2 cores that took a quarter to a third off the CPU of the
 * suite's many small files (issue 15). A replaced module would leak into the files after it, or
 * miss a module already loaded, so the files that replace one keep a module graph of their own.
 * Astro's Vite config lets component tests use the Container API; 'node' keeps it close to the build.
 */
export default getViteConfig(
  {
    test: {
      environment: 'node',
      globalSetup: ['test/setup/test-run.ts'],
      // The slowest files start first, whichever project they are in (test/setup/sequencer.ts).
      sequence: { sequencer: SlowestFirst },
      // More workers than cores: the browser tests and the tests of built sites spend most of their
      // time waiting for Chromium or a build, which run in processes of their own.
      maxWorkers: Math.max(3, availableParallelism()),
      // Builds of the test sites are waited for inside tests (test/support/test-sites.ts).
      testTimeout: 600_000,
      // A loaded machine may take many minutes to build a site and visit every page of it.
      hookTimeout: 1_800_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'engine',
            include: ['test/**/*.test.ts'],
            exclude: ['test/example/**', ...MOCKS_MODULES],
            env: { BUILD_DATE: TEST_BUILD_DATE, CONTENT_DIR: MINIMAL },
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'engine, mocking',
            include: [...MOCKS_MODULES],
            env: { BUILD_DATE: TEST_BUILD_DATE, CONTENT_DIR: MINIMAL },
          },
        },
        {
          extends: true,
          test: {
            name: 'example',
            include: ['test/example/**/*.test.ts'],
            env: { BUILD_DATE: TEST_BUILD_DATE },
            isolate: false,
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
