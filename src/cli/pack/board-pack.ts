/**
 * The board pack: the built site's `/scorecards/<year>/board-pack/` page printed by Chromium to a
 * tagged PDF (headings, table headers and reading order for screen readers, an outline of headings
 * for navigation), in the print stylesheet's landscape pages. Printed from the built pages, so the
 * PDF says exactly what the site says.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../built-site/chromium.ts';
import { fileForPath } from '../built-site/files.ts';
import { serveStatic } from '../built-site/static-server.ts';
import { boardPackHref, scorecardsHref } from '../../model/urls.ts';

export class PackError extends Error {}

export interface PackOptions {
  year: string;
  /** The folder the PDF is written to (made if missing). */
  out: string;
  /** The built site (dist/ by default). */
  site: string;
}

export const packFileName = (year: string): string => `board-pack-${year}.pdf`;

/** Writes the PDF and returns its path. */
export async function writeBoardPack({ year, out, site }: PackOptions): Promise<string> {
  const shown = path.relative(process.cwd(), site) || site;
  if (!existsSync(site)) throw new PackError(`There is no built site at ${shown}: run npm run build first.`);
  if (!fileForPath(site, boardPackHref(year))) {
    throw new PackError(
      `The built site at ${shown} has no scorecard for ${year}: see ${scorecardsHref} for its years, or run npm run build after adding content/scorecards/${year}.yaml.`,
    );
  }
  mkdirSync(out, { recursive: true });
  const file = path.join(out, packFileName(year));
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${boardPackHref(year)}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: file,
      format: 'A4',
      landscape: true,
      // The stylesheet's @page rules (landscape, margins) win over the defaults above.
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return file;
}
