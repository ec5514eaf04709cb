/** `npm run verify` passes on another council's build: nothing in its checks is the example's. */
import { verifySuite } from '../support/verify-suite.ts';

verifySuite('second-council');
