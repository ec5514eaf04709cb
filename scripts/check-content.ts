/**
 * `npm run check`: validates everything under content/ and prints each problem as
 * `content/file.yaml:LINE:COL  message`. Exits 1 when there is any error; warnings do not fail.
 * Usage: node scripts/check-content.ts [content-folder]
 */
import { guardOutput } from '../src/cli/workflow-commands.ts';
import { reportContentProblems } from '../src/loader/report.ts';

guardOutput();

const dir = process.argv[2];
const ok = reportContentProblems(dir);
process.exit(ok ? 0 : 1);
