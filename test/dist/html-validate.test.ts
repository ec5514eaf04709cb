/**
 * Every built page is valid HTML by html-validate's recommended and document presets
 * (.htmlvalidate.json). Errors are listed as `page:line:col  message (rule)`.
 *
 * Two rules are narrowed, none is turned off:
 * - `require-sri` asks for integrity hashes only on cross-origin resources. Subresource integrity
 *   protects against a third-party server changing a file; the site loads everything from its own
 *   origin (the browser tests check that), where a hash adds nothing.
 * - `long-title` allows 120 characters instead of 70. Titles lead with the page's own name, which
 *   comes from content (a job title, an objective), then the site's name; a search engine cutting
 *   off the site's name costs nothing, while shortening a job title would make it wrong.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/built-site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validation of the built site', () => {
  it('finds errors in broken HTML (the configuration is not a no-op)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>a</div><img src="a.png"></body></html>',
      'broken.html',
    );
    expect(report.valid).toBe(false);
  });

  it('has zero errors on every page', async () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(0);
    // Grouped by rule and message, so one mistake in the layout reads as one line, not a hundred.
    const groups = new Map<string, { pages: Set<string>; first: string }>();
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      for (const m of report.results.flatMap((r) => r.messages)) {
        const key = `${m.ruleId}: ${m.message}`;
        const group = groups.get(key) ?? { pages: new Set(), first: `${page.relative}:${m.line}:${m.column} at ${m.selector ?? '?'}` };
        group.pages.add(page.url);
        groups.set(key, group);
      }
    }
    const errors = [...groups].map(([key, g]) => `${key} (on ${g.pages.size} pages; first: ${g.first})`);
    console.log(`html-validate: ${pages.length} pages, ${errors.length} distinct errors`);
    expect(errors).toEqual([]);
  });
});
