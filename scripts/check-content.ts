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
const { contentDirFromEnv, PUBLIC_DIR } = await import('../src/loader/content-folder.ts');
const { checkKey, rememberCheck, rememberedCheck } = await import('../src/loader/remembered-check.ts');

guardOutput();

const dir = process.argv[2] ?? contentDirFromEnv();
const inputs = { contentDir: dir, publicDir: PUBLIC_DIR };
// Nothing the check reads has changed since it last ran: what it printed then is what it would print
// now (src/loader/remembered-check.ts), and the loader is not even imported.
const key = checkKey(inputs);
const remembered = key === undefined ? undefined : rememberedCheck(dir, key);
if (remembered) {
  process.stdout.write(remembered.output);
  process.exit(remembered.ok ? 0 : 1);
}

const { reportContentProblems } = await import('../src/loader/report.ts');
const printed: string[] = [];
const ok = reportContentProblems(dir, (line) => {
  console.log(line);
  printed.push(`${line}\n`);
});
// Kept only when no input changed while the check ran, so what is kept is what these inputs give.
if (key !== undefined && checkKey(inputs) === key) rememberCheck(dir, key, { output: printed.join(''), ok });
process.exit(ok ? 0 : 1);
