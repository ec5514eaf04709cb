/**
 * `npm run build`: check the content, build the site with Astro into a folder of its own, index it
 * for search, and only then publish it as dist/. A failed or stopped build leaves the previous dist/
 * as it was; two builds at once take turns (src/cli/build/lock.ts); dist/ is replaced in one atomic
 * step, so it is a complete site at every instant (src/cli/build/publish.ts says how).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { acquireBuildLock, lockFileFor } from '../src/cli/build/lock.ts';
import { buildFailureMessage } from '../src/cli/build/failure.ts';
import { buildFolders, publish, tidyBeforeBuild } from '../src/cli/build/publish.ts';
import { guardOutput } from '../src/cli/workflow-commands.ts';
import { reportContentProblems } from '../src/loader/report.ts';
import { indexSite } from './index-search.ts';

guardOutput();
const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env['OUT_DIR'] ?? 'dist');
const shown = path.relative(root, dist) || '.';

const started = performance.now();
if (!reportContentProblems()) process.exit(1);

const lock = await acquireBuildLock(lockFileFor(root), {
  onWait: (pid) => console.log(`… Another build is running (process ${pid}); this one starts when it has finished.`),
});
tidyBeforeBuild(dist);
const folders = buildFolders(dist);
try {
  await build({ root, outDir: folders.partial, logLevel: 'warn' });
  // Any Pagefind error fails the build, like an Astro error.
  const search = await indexSite(folders.partial);
  console.log(`✓ Indexed ${search.pages} pages for search.`);
  publish(folders);
} catch (error) {
  rmSync(folders.partial, { recursive: true, force: true });
  console.error(buildFailureMessage(error, folders.partial));
  console.error(`\n✗ The build failed. ${shown}/ was left as it was.`);
  process.exit(1);
} finally {
  lock.release();
}
console.log(`✓ Built ${shown}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
