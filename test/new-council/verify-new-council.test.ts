/**
 * `npm run init`, then `npm run build` and `npm run verify`: the council init writes (kept in
 * test/fixtures/new-council/, which init.test.ts keeps identical to what init writes) builds, and
 * its build passes every site-wide check, placeholders and all.
 */
import { verifySuite } from '../support/verify-suite.ts';

verifySuite('new-council');
