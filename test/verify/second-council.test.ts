/**
 * `npm run verify` passes on another council's build: nothing in its checks is the example's. Its
 * file checks read every page; Chromium visits the pages that between them show every kind of
 * element it has, its own words, shapes and ratings among them (every page of the example is
 * visited, by test/example/verify-example.test.ts).
 */
import { verifySuite } from '../support/verify-suite.ts';

verifySuite('second-council', { pages: 'representative' });
