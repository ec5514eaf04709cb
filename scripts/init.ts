/**
 * `npm run init -- <folder>`: starts a new council's content in an empty or new folder. The result
 * passes `npm run check` straight away, with a warning at each placeholder still to replace.
 * See "Start your own council" in docs/editors-guide.md.
 */
import path from 'node:path';
import { buildDate } from '../src/lib/calendar/index.ts';
import { ScaffoldError } from '../src/cli/scaffold/index.ts';
import { initCouncil } from '../src/cli/scaffold/init.ts';

const folder = process.argv[2];
if (!folder || process.argv.length > 3) {
  console.error('Say which folder to start the council in: npm run init -- ../my-council/content');
  process.exit(2);
}
try {
  const made = initCouncil(path.resolve(folder), buildDate());
  const shown = folder;
  console.log(`✓ Started a new council in ${shown}: ${made.files.length} files.`);
  console.log('\nNext:');
  console.log(`  CONTENT_DIR=${shown} npm run check    lists each placeholder to replace (warnings, not errors)`);
  console.log(`  CONTENT_DIR=${shown} npm run build    builds the site into dist/`);
  console.log('  npm run verify                          checks the built site');
  console.log('\nThe guide (docs/editors-guide.md, "Start your own council") takes you through each file.');
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
