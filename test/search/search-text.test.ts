/**
 * What the search index reads from each page: spaced tags so excerpts never run words together, the
 * title weighted, the type for the results, and the synonyms of the words the page uses. Checked on
 * the HTML given to Pagefind and on the fragments Pagefind writes (what excerpts are cut from).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/index-search.ts';
import { searchableHtml, synonymsFor } from '../../src/lib/search-text.ts';

const page = (body: string): string =>
  `<!doctype html><html lang="en-GB"><head><title>T</title></head><body><nav>Menu</nav><main><div data-pagefind-body>` +
  `<div hidden data-pagefind-ignore><span data-pagefind-filter="type">Action</span><p data-pagefind-meta="title">Action 2.1: Dental checks</p><p data-pagefind-meta="type">Action</p></div>` +
  `${body}</div></main></body></html>`;

describe('synonyms', () => {
  const groups = [
    ['dentist', 'dental'],
    ['Personal adviser', 'PA'],
  ];
  it('adds the other words of each group the page uses, and only those', () => {
    expect(synonymsFor('Dental checks are due.', groups)).toEqual(['dentist']);
    expect(synonymsFor('Every care leaver has a PA.', groups)).toEqual(['Personal adviser']);
    expect(synonymsFor('A personal adviser for each care leaver.', groups)).toEqual(['PA']);
  });
  it('matches abbreviations as written and words whole', () => {
    expect(synonymsFor('We will pay for it.', groups)).toEqual([]);
    expect(synonymsFor('Dentalcare is a brand.', groups)).toEqual([]);
  });
});

describe('the HTML given to the index', () => {
  it('has a space between adjacent tags, the title weighted and the synonyms', () => {
    const html = searchableHtml(page('<dl><dt>Status</dt><dd>Complete</dd></dl><p>Dental checks.</p>'), [
      ['dentist', 'dental'],
    ]);
    expect(html).toContain('<dt>Status</dt> <dd>Complete</dd>');
    expect(html).toContain('<p hidden data-pagefind-weight="10">Action 2.1: Dental checks</p>');
    expect(html).toContain('<p hidden data-pagefind-weight="0.5">dentist</p>');
  });
});

describe('the index Pagefind writes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds excerpt text with words apart, and the synonym, and the type the layout gives the page', async () => {
    writeFileSync(path.join(dir, 'index.html'), page('<dl><dt>Status</dt><dd>Complete</dd></dl><p>Dental checks.</p>'));
    await indexSite(dir, [['dentist', 'dental']]);
    const folder = path.join(dir, 'pagefind', 'fragment');
    const fragments = readdirSync(folder).map((file) => {
      const bytes = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
      return JSON.parse(bytes.slice(bytes.indexOf('{'))) as { content: string; meta: Record<string, string> };
    });
    expect(fragments).toHaveLength(1);
    const [fragment] = fragments;
    expect(fragment!.content).toContain('Status Complete');
    expect(fragment!.content).not.toContain('StatusComplete');
    expect(fragment!.content).toContain('dentist');
    expect(fragment!.meta['type']).toBe('Action');
    expect(fragment!.meta['title']).toBe('Action 2.1: Dental checks');
  });
});
