/** `npm run verify` on the example council's build, as any council runs it on its own. */
import { verifySuite } from '../support/verify-suite.ts';

verifySuite('example');
