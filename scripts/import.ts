/**
 * `npm run import -- actions <file> --objective <id>` or `npm run import -- comparators <file> --indicator
 * <id> --column <measure>`: reads a council's action-plan tracker or a DfE statistics file into the content.
 * See the "Importing" section of docs/editors-guide.md.
 */
import { contentDirFromEnv } from '../src/loader/load-content.ts';
import { buildDate } from '../src/lib/calendar/index.ts';
import { runImport } from '../src/cli/import/run.ts';

const result = await runImport(process.argv.slice(2), contentDirFromEnv(), buildDate());
for (const line of result.stdout) console.log(line);
for (const line of result.stderr) console.error(line);
process.exit(result.status);
