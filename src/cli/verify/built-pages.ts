/**
 * The built site as the checks read it: its pages, each parsed once (linkedom) and shared by every
 * check that looks at elements.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlPages, type BuiltPage } from '../built-site/files.ts';

export interface ParsedPage extends BuiltPage {
  html: string;
  document: Document;
}

export class BuiltPages {
  readonly site: string;
  readonly pages: BuiltPage[];
  private readonly parsed = new Map<string, ParsedPage>();

  constructor(site: string) {
    this.site = path.resolve(site);
    this.pages = htmlPages(site);
  }

  /** A page parsed, once. */
  parse(page: BuiltPage): ParsedPage {
    let found = this.parsed.get(page.file);
    if (!found) {
      const html = readFileSync(page.file, 'utf8');
      found = { ...page, html, document: parseHTML(html).document as unknown as Document };
      this.parsed.set(page.file, found);
    }
    return found;
  }

  all(): ParsedPage[] {
    return this.pages.map((page) => this.parse(page));
  }

  /** The page built from an HTML file (an absolute path), parsed. */
  byFile(file: string): ParsedPage | undefined {
    const page = this.pages.find((p) => p.file === file);
    return page && this.parse(page);
  }

  /** The page served at a URL path, parsed; undefined when the site has none. */
  at(url: string): ParsedPage | undefined {
    const page = this.pages.find((p) => p.url === url);
    return page && this.parse(page);
  }
}
