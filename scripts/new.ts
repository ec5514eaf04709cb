/**
 * `npm run new -- <type> …`: starts a new action, meeting, indicator, scorecard year or young-person
 * page, pre-filled and with the next free id, then says which lines still need the editor. It works
 * on incomplete content, and refuses only when a file it needs is missing or broken, saying which.
 * See CONTRIBUTING.md and the guide; what it does is src/cli/scaffold/commands.ts.
 */
import { exitWith, runNew } from '../src/cli/scaffold/commands.ts';

exitWith(runNew(process.argv.slice(2)));
