/**
 * The baseline the site is compared with: a bare Astro project with the same number of plain
 * Markdown pages, built by the same Astro. Each page has a heading and three short paragraphs, about
 * as much text as an action's page, so the comparison is the cost of the site's own work.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PARAGRAPH =
  'The council and its partners meet each quarter to look at how children in care are doing. ' +
  'They read the figures, hear from young people and agree what to do next. Each action has a lead, ' +
  'a date and a status, and the board checks progress at every meeting until the work is done.';

export function writeBaselineProject(dir: string, pages: number, projectRoot: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
  );
  for (let i = 1; i <= pages; i += 1) {
    writeFileSync(
      path.join(dir, 'src', 'pages', `page-${i}.md`),
      `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n`,
    );
  }
}
