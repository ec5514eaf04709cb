/**
 * The site's Content-Security-Policy, in one place. Astro writes it into a <meta> on every page
 * (astro.config.mjs, with hashes for anything it inlines); public/_headers sends the same policy
 * as a header, and test/dist/security.test.ts checks both say the same thing.
 *
 * - Nothing loads from another origin: the site has no third-party scripts, fonts, images or analytics.
 * - No 'unsafe-inline' for scripts or styles: an injected <script>, onerror= or style="" does nothing.
 * - 'wasm-unsafe-eval' lets Pagefind (the /search/ page) compile its WebAssembly; it does not allow
 *   eval() of JavaScript. A header cannot differ per page on every host, so it is allowed site-wide.
 */

/** Directives other than script-src and style-src (Astro owns those two and adds its hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/**
 * Directives a <meta> cannot carry (browsers ignore them there), so only the header sends them:
 * no framing of the site by other sites (clickjacking).
 */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy as one header value, for hosts (public/_headers, the README, the test server). */
export function cspHeaderValue(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`,
    `style-src ${CSP_STYLE_SOURCES.join(' ')}`,
    ...CSP_HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}
