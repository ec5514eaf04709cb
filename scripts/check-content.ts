/**
 * `npm run check`: validates everything under content/ and prints each problem as
 * `content/file.yaml:LINE:COL  message`. Exits 1 when there is any error; warnings do not fail.
 * Usage: node scripts/check-content.ts [content-folder]
 */
import module from 'node:module';
import path from 'node:path';

// Node keeps the modules it compiled (types stripped, V8 code) in node_modules/.cache, keyed by
// their text, so a later check loads its some 600 modules without compiling them again. It changes
// nothing the check prints; NODE_DISABLE_COMPILE_CACHE=1 turns it off. The modules are imported
// only after it is on: static imports would be compiled before this line runs.
module.enableCompileCache?.(
  path.join(import.meta.dirname, '..', 'node_modules', '.cache', 'corporate-parenting', 'compile'),
);
const { guardOutput } = await import('../src/cli/workflow-commands.ts');
const { reportContentProblems } = await import('../src/loader/report.ts');

guardOutput();

const dir = process.argv[2];
const ok = reportContentProblems(dir);
process.exit(ok ? 0 : 1);
