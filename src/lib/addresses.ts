/**
 * Whether an address written in the content stays where it says. Browsers read addresses by the
 * WHATWG URL rules, which drop tabs and new lines anywhere and treat "\" as "/": so "/\t/host",
 * "/\\host" and "//host" all look like paths on this site but open another one. Each address is
 * therefore read by the same rules (Node's URL is that parser) and judged by where it ends up.
 */

/** Stands for this site while an address is resolved; never published. */
const HERE = new URL('https://this-site.invalid/');

/** Why `address` cannot be published as a link, or undefined when it is safe. */
export function addressProblem(address: string): string | undefined {
  const shown = JSON.stringify(address);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  if (/[\s\u0000-\u001f\u007f]/.test(address)) {
    return `the address ${shown} has a space, tab or new line in it, which browsers drop or misread: write it without them (a space in a path is written %20)`;
  }
  if (address.startsWith('/')) {
    let resolved: URL;
    try {
      resolved = new URL(address, HERE);
    } catch {
      return `the address ${shown} is not a path browsers can read: write a path on this site such as /action-plan/`;
    }
    if (resolved.origin !== HERE.origin) {
      return `the address ${shown} looks like a path on this site but browsers open another site ("//" or "\\" after the first "/"): write the full https:// address if that is meant`;
    }
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `the address ${shown} is not a full address: write it as https://… or, for a page on this site, starting with /`;
  }
  if (url.protocol !== 'https:' || !/^https:\/\//i.test(address)) {
    return `the address ${shown} must start with https:// or, for a page on this site, /`;
  }
  if (url.username || url.password) {
    return `the address ${shown} has a name before "@", which hides the site it really opens (${url.host}): write the site's own address`;
  }
  return undefined;
}
