/**
 * The Content-Security-Policy and security headers promised in the README: every page carries the
 * strict policy, dist/_headers sends it with the other headers, and no page holds anything the policy
 * would have to block (inline scripts or styles, event-handler attributes, javascript: links), because
 * the header policy has no hashes: what works under it works everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeaderValue } from '../../src/security/csp.ts';
import { SECURITY_HEADERS } from '../../src/security/headers.ts';
import { htmlPages, TEST_DIST } from '../support/built-site.ts';
import { readDocument } from '../support/parse-html.ts';

/** `_headers` (Netlify / Cloudflare Pages syntax) as { path: { header: value } }. */
export function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] = {};
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security', () => {
  const pages = htmlPages();

  it('sends the security headers from dist/_headers for every path', () => {
    const file = path.join(TEST_DIST, '_headers');
    expect(existsSync(file)).toBe(true);
    const rules = parseHeadersFile(readFileSync(file, 'utf8'));
    expect(rules['/*']).toEqual(SECURITY_HEADERS);
    expect(rules['/*']!['Content-Security-Policy']).toBe(cspHeaderValue());
    expect(Object.keys(rules['/*']!)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy']),
    );
  });

  it('gives every page a strict Content-Security-Policy <meta>', () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const metas = readDocument(page.file).querySelectorAll('meta[http-equiv="content-security-policy" i]');
      if (metas.length !== 1) {
        problems.push(`${page.url}: ${metas.length} CSP <meta> elements, expected 1`);
        continue;
      }
      const policy = directives(metas[0]!.getAttribute('content') ?? '');
      for (const expected of CSP_DIRECTIVES) {
        const [name, ...values] = expected.split(' ');
        if (JSON.stringify(policy.get(name!)) !== JSON.stringify(values)) problems.push(`${page.url}: ${name} is not "${values.join(' ')}"`);
      }
      for (const name of ['script-src', 'style-src']) {
        const values = policy.get(name) ?? [];
        if (!values.includes("'self'")) problems.push(`${page.url}: ${name} is missing`);
        for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'https:', 'http:']) {
          if (values.includes(loose)) problems.push(`${page.url}: ${name} allows ${loose}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('holds nothing on any page that the header policy would block or that could run as script', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const doc = readDocument(page.file);
      for (const el of doc.querySelectorAll('*')) {
        for (const attribute of el.getAttributeNames()) {
          const value = el.getAttribute(attribute) ?? '';
          if (/^on/i.test(attribute)) problems.push(`${page.url}: <${el.localName} ${attribute}> (event-handler attribute)`);
          if (attribute === 'style') problems.push(`${page.url}: <${el.localName} style="${value.slice(0, 40)}"> (inline style)`);
          if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute) && /^\s*(javascript|vbscript|data):/i.test(value) && !(el.localName === 'img' && /^data:image\//i.test(value))) {
            problems.push(`${page.url}: <${el.localName} ${attribute}="${value.slice(0, 40)}">`);
          }
        }
      }
      for (const script of doc.querySelectorAll('script:not([src])')) {
        if (!/json/.test(script.getAttribute('type') ?? '')) problems.push(`${page.url}: inline <script> (move it to a file)`);
      }
      if (doc.querySelector('style')) problems.push(`${page.url}: <style> element (move it to a stylesheet)`);
    }
    expect(problems).toEqual([]);
  });
});
