/**
 * `npm run init`, then `npm run build` and `npm run verify`: the council init writes (kept in
 * test/fixtures/new-council/, which init.test.ts keeps identical to what init writes) builds, and
 * its build passes every site-wide check, placeholders and all. Its file checks read every page;
 * Chromium visits the pages that between them show every kind of element it has (every page of the
 * example is visited, by test/example/verify-example.test.ts).
 */
import { verifySuite } from '../support/verify-suite.ts';

verifySuite('new-council', { pages: 'representative' });
