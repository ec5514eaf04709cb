/**
 * The HTTP headers every response of the site should carry. public/_headers lists them for hosts
 * that read that file (Netlify, Cloudflare Pages); the README explains them for every other host;
 * the browser tests' server sends them, so the tests see the site as visitors do.
 */
import { cspHeaderValue } from './csp.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeaderValue(),
  // Browsers remember to use HTTPS only for a year, including on sub-domains.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  // Files are used only as the type the server says they are (no guessing a script from a text file).
  'X-Content-Type-Options': 'nosniff',
  // Other sites see only this site's address, never the page a reader came from.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these browser features, so no page (or anything injected) can ask for them.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  // Older browsers' equivalent of frame-ancestors 'none': no other site may frame these pages.
  'X-Frame-Options': 'DENY',
};
