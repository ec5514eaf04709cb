/**
 * `npm run new -- <type> …`: starts a new action, meeting, indicator or scorecard year, pre-filled
 * and with the next free id, then says which lines still need the editor. See CONTRIBUTING.md.
 */
import { contentDirFromEnv } from '../src/loader/content-folder.ts';
import { loadContent } from '../src/loader/load-content.ts';
import { errorsIn } from '../src/loader/problems.ts';
import { buildDate } from '../src/lib/calendar/index.ts';
import { scaffold, ScaffoldError, USAGE } from '../src/cli/scaffold/index.ts';

const [type, ...args] = process.argv.slice(2);
if (!type) {
  console.error(`Say what to start:\n${USAGE}`);
  process.exit(2);
}
const dir = contentDirFromEnv();
const { content, problems } = loadContent(dir);
if (!content) {
  console.error(
    `✗ The content has ${errorsIn(problems).length} problems. Run npm run check, fix them, then try again.`,
  );
  process.exit(1);
}
try {
  const made = scaffold(content, dir, type, args, buildDate());
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
