/**
 * `npm run init -- <folder>`: starts a new council's content in an empty or new folder. The result
 * passes `npm run check` straight away, with a warning at each placeholder still to replace.
 * See "Start your own council" in docs/editors-guide.md; what it does is src/cli/scaffold/commands.ts.
 */
import { exitWith, runInit } from '../src/cli/scaffold/commands.ts';

exitWith(runInit(process.argv.slice(2)));
