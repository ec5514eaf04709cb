/**
 * How a browser will read an address written in the content: the one reading behind every link the
 * site publishes, whether it comes from a YAML link field (src/schemas/common.ts), a Markdown link
 * or image (src/loader/rules/mdx-safety.ts, internal-links.ts) or the renderer's last look at the
 * finished HTML (src/markdown/render.ts). So the check, the rules and the renderer cannot disagree
 * about what is a path on this site, what is another site and what is a refused scheme.
 *
 * Browsers read addresses by the WHATWG URL rules (Node's URL is that parser): they drop tabs and
 * line breaks anywhere and control characters and spaces around an address ("java\tscript:"), ignore
 * the case of a scheme, read "\" as "/" (so "/\host" and "/\t/host" go to another site just like
 * "//host"), decode a host written in other letters or in %-escapes to its xn-- form, and send
 * whatever stands before "@" as a user name, opening the site after it. Each address is read by the
 * same rules here and judged by where it ends up.
 *
 * A Markdown address is published as the renderer writes it, which is not always as it was written:
 * mdast-util-to-hast %-escapes what a URL may not hold, and "https://www.gov.uk\@evil.example" (a
 * path on www.gov.uk as written) becomes "https://www.gov.uk%5C@evil.example", which opens
 * evil.example. So a Markdown address is read twice, as written and as published, and must be safe
 * both ways (`readProseAddress`).
 */
import { toHast } from 'mdast-util-to-hast';

export type AddressReading =
  /** A page or file on this site: "/plan/", "#contact", "glossary/", "/%2F%2Fhost" (an escaped "/" is no separator). */
  | { kind: 'site' }
  /** Another site, by its full https:// address. `host` is the site it opens. */
  | { kind: 'https'; host: string }
  | { kind: 'mailto' }
  | { kind: 'tel' }
  | { kind: 'http' }
  /** "//host", "/\host", "\\host" or "/\t/host": another site, without saying so. */
  | { kind: 'protocol-relative' }
  /** Any other scheme: javascript:, data:, vbscript:, file:… */
  | { kind: 'scheme'; scheme: string }
  /** https://council.gov.uk@evil.example: a name before "@" hides the site it really opens. */
  | { kind: 'name-before-at'; host: string }
  /**
   * A host written otherwise than browsers read it: in other letters ("gоv.uk" with a Cyrillic о),
   * in %-escapes, or an address of numbers in disguise ("0x7f.1"). `host` is what browsers open.
   */
  | { kind: 'disguised-host'; written: string; host: string }
  /** https:// with no site after it, or one browsers cannot read ("https://evil.example:99999/"). */
  | { kind: 'unreadable' };

/** Stands for this site while an address is resolved; never published. */
const HERE = new URL('https://this-site.invalid/');

/** The address as browsers take it in: tabs and line breaks dropped anywhere, controls and spaces trimmed. */
function asBrowsersTakeIt(address: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers drop
  return address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The host as the address writes it, after any name and "@", without a port. */
function writtenHost(address: string): string {
  const authority = /^[a-z][a-z0-9+.-]*:[/\\]*([^/\\?#]*)/i.exec(address)?.[1] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host.startsWith('[') ? host.replace(/(\])(?::\d*)$/, '$1') : host.replace(/:\d*$/, '');
}

function readHttps(address: string): AddressReading {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'unreadable' };
  }
  if (url.hostname === '') return { kind: 'unreadable' };
  if (url.username || url.password) return { kind: 'name-before-at', host: url.host };
  const written = writtenHost(address);
  if (written.toLowerCase() !== url.hostname) return { kind: 'disguised-host', written, host: url.hostname };
  return { kind: 'https', host: url.hostname };
}

/** Where a browser goes with `address`, read once for every rule and the renderer. */
export function readAddress(address: string): AddressReading {
  const taken = asBrowsersTakeIt(address);
  // Scheme and leading slashes are judged with every control character and space removed, which is
  // stricter than browsers ("java\u0001script:" is refused although a browser would not run it).
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers drop
  const bare = address.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (/^[/\\]{2}/.test(bare)) return { kind: 'protocol-relative' };
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(bare)?.[1];
  if (scheme === undefined) {
    let resolved: URL;
    try {
      resolved = new URL(taken, HERE);
    } catch {
      return { kind: 'unreadable' };
    }
    return resolved.origin === HERE.origin ? { kind: 'site' } : { kind: 'protocol-relative' };
  }
  if (scheme === 'https') return readHttps(taken);
  if (scheme === 'mailto' || scheme === 'tel' || scheme === 'http') return { kind: scheme };
  return { kind: 'scheme', scheme };
}

const linkable = ({ kind }: AddressReading): boolean =>
  kind === 'site' || kind === 'https' || kind === 'mailto' || kind === 'tel';

/** A Markdown link's address as the renderer writes it into the page (the href of its <a>). */
export function publishedForm(address: string): string {
  const element = toHast({ type: 'link', url: address, children: [] });
  const href = element.type === 'element' ? element.properties.href : undefined;
  return typeof href === 'string' ? href : address;
}

/** A Markdown address, read as written and as published: the first reading that is not safe, or the written one. */
export function readProseAddress(address: string): AddressReading {
  const written = readAddress(address);
  if (!linkable(written)) return written;
  const published = readAddress(publishedForm(address));
  if (!linkable(published)) return published;
  return written.kind === 'site' && published.kind !== 'site' ? published : written;
}

/** A link a page may carry: on this site, https to a site named as browsers read it, email or phone. */
export const isSafeLink = (address: string): boolean => linkable(readProseAddress(address));

/** An image a page may show: only a file on this site, so no other site learns who reads the page. */
export const isSafeImage = (address: string): boolean => readProseAddress(address).kind === 'site';

/** The words shared by the YAML and the Markdown messages for an https:// address that deceives. */
export function deceptionProblem(shown: string, reading: AddressReading): string | undefined {
  switch (reading.kind) {
    case 'name-before-at':
      return `the address ${shown} has a name before "@", which hides the site it really opens (${reading.host}): write the site's own address`;
    case 'disguised-host':
      return `the address ${shown} names its site as "${reading.written}", which browsers open as ${reading.host}: if that site is meant, write its name as browsers read it (${reading.host}), so that reviewers see where the link goes`;
    default:
      return undefined;
  }
}

/**
 * Why `address`, from a YAML link field, cannot be published, or undefined when it is safe. YAML link
 * fields take a full https:// address or a path on this site starting with "/", with no space in it.
 */
export function addressProblem(address: string): string | undefined {
  const shown = JSON.stringify(address);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  if (/[\s\u0000-\u001f\u007f]/.test(address)) {
    return `the address ${shown} has a space, tab or new line in it, which browsers drop or misread: write it without them (a space in a path is written %20)`;
  }
  const reading = readAddress(address);
  if (address.startsWith('/')) {
    switch (reading.kind) {
      case 'site':
        return undefined;
      case 'unreadable':
        return `the address ${shown} is not a path browsers can read: write a path on this site such as /action-plan/`;
      default:
        return `the address ${shown} looks like a path on this site but browsers open another site ("//" or "\\" after the first "/"): write the full https:// address if that is meant`;
    }
  }
  if (reading.kind === 'unreadable' || reading.kind === 'site') {
    return `the address ${shown} is not a full address: write it as https://… or, for a page on this site, starting with /`;
  }
  if (reading.kind === 'name-before-at' || reading.kind === 'disguised-host') return deceptionProblem(shown, reading);
  if (reading.kind !== 'https' || !/^https:\/\//i.test(address)) {
    return `the address ${shown} must start with https:// or, for a page on this site, /`;
  }
  return undefined;
}
