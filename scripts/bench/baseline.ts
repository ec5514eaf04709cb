/**
 * The baseline the site is compared with: a bare Astro project with as many plain Markdown pages as
 * the council's site, each with distinct text shaped like a council page (baseline-text.ts), and a
 * build script that does what `npm run build` does for the site minus the site's own work: an Astro
 * build into a staging folder, a Pagefind index of it through the same Node API, and the swap into
 * dist/.
 *
 * It uses the project's installed packages, so it is built by the same Astro and indexed by the same
 * Pagefind, but it has a node_modules folder of its own: one link per package, not one link to the
 * project's whole folder. Astro's cache (node_modules/.astro) and Vite's (node_modules/.vite) are
 * therefore the baseline's own, and nothing the site's builds leave there is shared with it.
 */
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageMarkdown, type TextProfile } from './baseline-text.ts';

const LAYOUT = `---
const { frontmatter } = Astro.props;
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <main>
      <slot />
    </main>
  </body>
</html>
`;

/** The baseline's `npm run build`: the same steps as scripts/build.ts, without the content check. */
const BUILD_SCRIPT = `import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { close, createIndex } from 'pagefind';

const root = import.meta.dirname;
const dist = path.join(root, 'dist');
const staging = dist + '.staging';
rmSync(staging, { recursive: true, force: true });
await build({ root, outDir: staging, logLevel: 'warn' });
try {
  const { errors, index } = await createIndex({ forceLanguage: 'en' });
  if (errors.length > 0 || !index) throw new Error(errors.join('\\n'));
  const added = await index.addDirectory({ path: staging });
  if (added.errors.length > 0 || added.page_count === 0) throw new Error(added.errors.join('\\n') || 'no pages indexed');
  const written = await index.writeFiles({ outputPath: path.join(staging, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('\\n'));
  console.log('Indexed ' + added.page_count + ' pages.');
} finally {
  await close();
}
if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
`;

/** A node_modules of links to each of the project's packages, without the project's caches. */
function linkPackages(dir: string, projectRoot: string): void {
  const from = path.join(projectRoot, 'node_modules');
  const to = path.join(dir, 'node_modules');
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    // .bin puts the project's Node 24 on npm's PATH; every other dot entry (.vite, .astro,
    // .package-lock.json…) is the project's own state and stays out.
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(path.join(from, entry), path.join(to, entry), 'dir');
  }
}

/** Writes the baseline project into `dir` (replacing it): one page per entry of `profile.wordsPerPage`. */
export function writeBaselineProject(dir: string, profile: TextProfile, projectRoot: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(path.join(dir, 'src', 'layouts'));
  linkPackages(dir, projectRoot);
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module', scripts: { build: 'node build.mjs' } }, null, 2)}\n`,
  );
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
  );
  writeFileSync(path.join(dir, 'build.mjs'), BUILD_SCRIPT);
  writeFileSync(path.join(dir, 'src', 'layouts', 'Page.astro'), LAYOUT);
  profile.wordsPerPage.forEach((count, i) => {
    const title = `Page ${i + 1}`;
    const body = pageMarkdown(title, count, profile.words, `baseline page ${i + 1}`);
    writeFileSync(
      path.join(dir, 'src', 'pages', `page-${i + 1}.md`),
      `---\ntitle: ${title}\nlayout: ../layouts/Page.astro\n---\n\n${body}`,
    );
  });
}
