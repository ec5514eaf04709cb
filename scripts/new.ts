/**
 * `npm run new -- <type> …`: starts a new action, meeting, indicator, scorecard year or young-person
 * page, pre-filled and with the next free id, then says which lines still need the editor. It works
 * on incomplete content, and refuses only when a file it needs is missing or broken, saying which.
 * See CONTRIBUTING.md and the guide.
 */
import { contentDirFromEnv } from '../src/loader/content-folder.ts';
import { buildDate } from '../src/lib/calendar/index.ts';
import { readBasis } from '../src/cli/scaffold/basis.ts';
import { scaffold, ScaffoldError, USAGE } from '../src/cli/scaffold/index.ts';

const [type, ...args] = process.argv.slice(2);
if (!type) {
  console.error(`Say what to start:\n${USAGE}`);
  process.exit(2);
}
const dir = contentDirFromEnv();
try {
  const today = buildDate();
  const made = scaffold(readBasis(dir, today), dir, type, args, today);
  console.log(`✓ ${made.what} ${made.shown} (line ${made.line}).`);
  if (made.todo.length > 0) {
    console.log('\nReplace each "TODO: …" with the real text:');
    for (const t of made.todo) console.log(`  ${made.shown}:${t.line}:${t.col}  ${t.field}`);
  }
  console.log('\nCheck the other fields too: each has a comment saying what it holds. Then run: npm run check');
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
