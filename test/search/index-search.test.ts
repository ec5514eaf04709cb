import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/index-search.ts';

const folders: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'index-search-'));
  folders.push(dir);
  for (const [file, html] of Object.entries(pages)) writeFileSync(path.join(dir, file), html);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the search index step of the build', () => {
  it('indexes the main content and writes the bundle the search page loads', async () => {
    const dir = site({
      'index.html':
        '<!doctype html><html lang="en-GB"><head><title>Health</title></head><body><nav>Menu</nav>' +
        '<main data-pagefind-body><h1>Health</h1><p>Dental checks every six months.</p>' +
        '<span data-pagefind-filter="type">Action</span></main></body></html>',
    });
    const summary = await indexSite(dir, []);
    expect(summary.pages).toBe(1);
    expect(summary.bytes).toBeGreaterThan(0);
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind-component-ui.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('fails, so the build fails, when there is nothing to index', async () => {
    await expect(indexSite(site({}), [])).rejects.toThrow(/^Pagefind found no pages to index in \/.+index-search-/);
  });
});
