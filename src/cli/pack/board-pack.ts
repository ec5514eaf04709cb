/**
 * The board pack: the built site's `/scorecards/<year>/board-pack/` page printed by Chromium to a
 * tagged PDF (headings, table headers and reading order for screen readers, an outline of headings
 * for navigation), in the print stylesheet's landscape pages. Printed from the built pages, so the
 * PDF says exactly what the site says.
 *
 * A year too long for one page has a pack in sections (src/model/board-pack-sections.ts): the pack's
 * page is then its contents, and lists in `data-pack-pages` the pages that follow it. Each of those
 * pages' parts marked `data-pack-part` is put after the contents, in order, into the one document,
 * and links between the pack's pages become links inside it; the document is printed once, so the
 * PDF has one tag tree and one outline.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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

/** A page of the pack after its contents, as the built site has it. */
interface PackPage {
  href: string;
  html: string;
}

/**
 * Runs in the page (the contents): puts each later page's parts after it and points links between
 * the pack's pages at the parts. Returns what went wrong, if anything, for the caller to report.
 */
async function joinPages(pages: PackPage[]): Promise<string | undefined> {
  const pack = document.querySelector('.board-pack');
  if (!pack) return 'the contents page has no .board-pack';
  const ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
  const target = new Map<string, string>();
  const loading: Promise<unknown>[] = [];
  for (const { href, html } of pages) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
      const sheet = link.getAttribute('href');
      if (!sheet || document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(sheet)}"]`)) continue;
      const added = document.importNode(link, true);
      loading.push(
        new Promise((resolve) => {
          added.onload = resolve;
          added.onerror = resolve;
        }),
      );
      document.head.append(added);
    }
    const parts = [...doc.querySelectorAll('[data-pack-part]')];
    const first = parts[0]?.querySelector('[id]') ?? parts[0];
    if (!first?.id) return `${href} has no part to print with an id`;
    target.set(href, first.id);
    for (const part of parts) {
      for (const el of [part, ...part.querySelectorAll('[id]')]) {
        if (!el.id) continue;
        if (ids.has(el.id)) return `the id "${el.id}" of ${href} is already in the document`;
        ids.add(el.id);
      }
      pack.append(document.importNode(part, true));
    }
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const url = new URL(link.href);
    const id = url.origin === location.origin ? target.get(url.pathname) : undefined;
    if (id) link.setAttribute('href', url.hash || `#${id}`);
  }
  await Promise.all(loading);
  return undefined;
}

/**
 * The address the site is published at, from its sitemap (whose first address is the home page): a
 * link in the PDF must lead a reader to the published page, not to the print server on this machine.
 */
function publishedOrigin(site: string): string | undefined {
  const sitemap = fileForPath(site, '/sitemap.xml');
  const first = sitemap ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(sitemap, 'utf8'))?.[1] : undefined;
  return first ? new URL(first).origin : undefined;
}

/** Runs in the page: every link to another page of the site leads to the published page. */
function linkToPublished(origin: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.href);
    if (url.origin === location.origin && !link.getAttribute('href')!.startsWith('#')) {
      link.setAttribute('href', `${origin}${url.pathname}${url.search}${url.hash}`);
    }
  }
}

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
    const later = (await page.locator('.board-pack').first().getAttribute('data-pack-pages'))?.split(' ') ?? [];
    if (later.length > 0) {
      const pages = later.map((href) => {
        const html = fileForPath(site, href);
        if (!html) throw new PackError(`The built site at ${shown} has no page ${href}: run npm run build again.`);
        return { href, html: readFileSync(html, 'utf8') };
      });
      const problem = await page.evaluate(joinPages, pages);
      if (problem) throw new Error(`The board pack's pages could not be put together: ${problem}.`);
    }
    const origin = publishedOrigin(site);
    if (origin) await page.evaluate(linkToPublished, origin);
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
