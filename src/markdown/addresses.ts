/**
 * How a browser will read a link or image address from content, decided once for the check and the
 * renderer alike. Browsers drop tabs, line breaks and other control characters anywhere in an
 * address and spaces around it ("java\tscript:"), ignore the case of a scheme, and read "\" as "/"
 * (so "/\host" and "/\t/host" go to another site just like "//host"). The address is read the same
 * way here before it is judged.
 */

export type AddressKind =
  /** A page or file on this site: "/plan/", "#contact", "glossary/". */
  | { kind: 'site' }
  /** Another site, by its full https:// address. */
  | { kind: 'https' }
  | { kind: 'mailto' }
  | { kind: 'tel' }
  | { kind: 'http' }
  /** "//host" or "/\host": another site, without saying so. */
  | { kind: 'protocol-relative' }
  /** Any other scheme: javascript:, data:, vbscript:, file:… */
  | { kind: 'scheme'; scheme: string };

export function addressKind(url: string): AddressKind {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers drop
  const bare = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (/^[/\\]{2}/.test(bare)) return { kind: 'protocol-relative' };
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(bare)?.[1];
  if (scheme === undefined) return { kind: 'site' };
  if (scheme === 'https' || scheme === 'mailto' || scheme === 'tel' || scheme === 'http') return { kind: scheme };
  return { kind: 'scheme', scheme };
}

/** A link a page may carry: on this site, https, email or phone. */
export function isSafeLink(url: string): boolean {
  const { kind } = addressKind(url);
  return kind === 'site' || kind === 'https' || kind === 'mailto' || kind === 'tel';
}

/** An image a page may show: only a file on this site, so no other site learns who reads the page. */
export const isSafeImage = (url: string): boolean => addressKind(url).kind === 'site';
