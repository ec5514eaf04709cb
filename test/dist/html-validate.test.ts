/**
 * Every built page is valid HTML by html-validate's recommended and document presets
 * (.htmlvalidate.json). Errors are listed as `page:line:col  message (rule)`.
 *
 * One rule is narrowed, none is turned off: `require-sri` asks for integrity hashes only on
 * cross-origin resources. Subresource integrity protects against a third-party server changing a
 * file; the site loads everything from its own origin (the browser tests check that), where a hash
 * adds nothing the CSP does not already give.
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
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page.relative}:${m.line}:${m.column}  ${m.message} (${m.ruleId})`);
      }
    }
    console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });
});
