/**
 * `npm run build`: check the content, build the site with Astro into a fresh folder, index it for
 * search, and only then replace dist/. A failed build leaves the previous dist/ as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { reportContentProblems } from '../src/loader/report.ts';
import { indexSite } from './index-search.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env['OUT_DIR'] ?? 'dist');
const staging = `${dist}.staging`;
const previous = `${dist}.previous`;

const started = performance.now();
if (!reportContentProblems()) process.exit(1);

rmSync(staging, { recursive: true, force: true });
try {
  await build({ root, outDir: staging, logLevel: 'warn' });
  // Any Pagefind error fails the build, like an Astro error.
  const search = await indexSite(staging);
  console.log(`✓ Indexed ${search.pages} pages for search.`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error('\n✗ The build failed. dist/ was left as it was.');
  process.exit(1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ Built ${path.relative(root, dist)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
