/**
 * The logo site.yaml names is a real file under public/, and an SVG logo holds no script. Every
 * page shows it, and anyone can open /logo.svg on its own, where a script in it would run as part
 * of the site. A missing file would leave an empty image on every page.
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

/** What makes an SVG able to run code or load another document. */
const ACTIVE_SVG =
  /<script\b|<foreignObject\b|<iframe\b|<embed\b|<object\b|\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):|<!ENTITY/i;

export const logoFile: ContentRule = {
  id: 'logo-file',
  needs: ['site'],
  run(files, { publicDir }) {
    const problems = new ProblemList();
    for (const f of files.site) {
      const logo = f.data?.branding.logo;
      if (logo === undefined) continue;
      const where = ['branding', 'logo'];
      const file = path.join(publicDir, ...logo.split('/').filter(Boolean));
      let stats;
      try {
        stats = lstatSync(file);
      } catch {
        problems.at(f.source, where, `there is no file public${logo}: add the logo there, or correct the path`);
        continue;
      }
      if (!stats.isFile()) {
        problems.at(
          f.source,
          where,
          `public${logo} is not an ordinary file (a folder or a link): put the logo file itself there`,
        );
        continue;
      }
      if (logo.endsWith('.svg') && ACTIVE_SVG.test(readFileSync(file, 'utf8'))) {
        problems.at(
          f.source,
          where,
          `public${logo} holds a script, an event handler or an embedded document, which would run on the site when the file is opened: save the logo as a plain SVG (shapes and text only) or as a PNG`,
        );
      }
    }
    return problems.items;
  },
};
