/**
 * The Content-Security-Policy is present and unbroken: every page carries exactly one CSP <meta>
 * with the engine's directives and nothing loose in script-src or style-src; `_headers` sends the
 * engine's security headers for every path; and no page holds anything the policy would block or
 * that could run as script (inline scripts and styles, event-handler attributes, javascript: links),
 * because the header policy has no hashes: what works under it works on every host.
 * (The browser pass of `npm run verify` adds what only a browser sees: violations as pages load.)
 */
import { readFileSync } from 'node:fs';
import { CSP_DIRECTIVES } from '../../security/csp.ts';
import { SECURITY_HEADERS } from '../../security/headers.ts';
import { fileForPath } from '../built-site/files.ts';
import type { BuiltPages } from './built-pages.ts';
import { count, Grouped, type CheckResult } from './check.ts';

/** `_headers` (Netlify and Cloudflare Pages syntax) as { path: { header: value } }. */
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
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

const LOOSE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'https:', 'http:'];
const URL_ATTRIBUTE = /^(href|src|action|formaction|xlink:href|poster|data)$/i;

export function checkContentSecurity(built: BuiltPages): CheckResult {
  const problems: string[] = [];
  const headersFile = fileForPath(built.site, '/_headers');
  if (!headersFile) {
    problems.push('there is no _headers file, so hosts that read it send no security headers');
  } else {
    const sent = parseHeadersFile(readFileSync(headersFile, 'utf8'))['/*'] ?? {};
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (sent[name] !== value)
        problems.push(`_headers sends ${name} as ${JSON.stringify(sent[name] ?? null)}, not "${value}"`);
    }
  }

  const found = new Grouped();
  for (const page of built.all()) {
    const doc = page.document;
    const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy" i]');
    if (metas.length !== 1) {
      found.add(`${metas.length} Content-Security-Policy <meta> elements instead of 1`, page.url);
    } else {
      const policy = directives(metas[0]!.getAttribute('content') ?? '');
      for (const expected of CSP_DIRECTIVES) {
        const [name, ...values] = expected.split(' ');
        if (JSON.stringify(policy.get(name!)) !== JSON.stringify(values)) {
          found.add(
            `the policy's ${name} is ${JSON.stringify(policy.get(name!)?.join(' ') ?? null)}, not "${values.join(' ')}"`,
            page.url,
          );
        }
      }
      for (const name of ['script-src', 'style-src']) {
        const values = policy.get(name) ?? [];
        if (!values.includes("'self'")) found.add(`the policy's ${name} lacks 'self'`, page.url);
        for (const loose of LOOSE)
          if (values.includes(loose)) found.add(`the policy's ${name} allows ${loose}`, page.url);
      }
    }
    for (const el of doc.querySelectorAll('*')) {
      for (const attribute of el.getAttributeNames()) {
        const value = el.getAttribute(attribute) ?? '';
        if (/^on/i.test(attribute))
          found.add(`<${el.localName} ${attribute}>: an event-handler attribute, which the policy blocks`, page.url);
        if (attribute === 'style')
          found.add(`<${el.localName} style="…">: an inline style, which the policy blocks`, page.url);
        const scriptUrl =
          /^\s*(javascript|vbscript|data):/i.test(value) &&
          !(el.localName === 'img' && /^\s*data:image\//i.test(value));
        if (URL_ATTRIBUTE.test(attribute) && scriptUrl) {
          found.add(
            `<${el.localName} ${attribute}="${value.slice(0, 30)}…">: an address that runs script or embeds data`,
            page.url,
          );
        }
      }
    }
    for (const script of doc.querySelectorAll('script:not([src])')) {
      // JSON and Pagefind's result template are data blocks: browsers never run a script of that type.
      if (!/json|text\/pagefind-template/i.test(script.getAttribute('type') ?? ''))
        found.add('an inline <script> (the header policy blocks it: make it a file)', page.url);
    }
    if (doc.querySelector('style'))
      found.add('a <style> element (the header policy blocks it: use a stylesheet)', page.url);
  }
  problems.push(...found.lines());
  return {
    name: 'Content-Security-Policy',
    checked: `${count(built.pages.length, 'page')} and _headers`,
    problems,
  };
}
