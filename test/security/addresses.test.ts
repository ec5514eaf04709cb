/**
 * Addresses that browsers read as another site (issue 13, class 3): in plan links and in the logo.
 * Browsers drop tabs and new lines inside an address and read "\" as "/", so "/\t/host" opens
 * "//host". Each fixture is pinned; the address rules are also tried on many spellings at once.
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addressProblem } from '../../src/lib/addresses.ts';
import { loadContent } from '../../src/loader/load-content.ts';
import { errorsIn, formatProblem, sortProblems } from '../../src/loader/problems.ts';
import { copyCouncil } from '../support/fixture-council.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/security');
const PUBLIC = path.resolve(import.meta.dirname, '../fixtures/security-public');

function check(name: string, publicDir = path.join(PUBLIC, 'plain')): string {
  const dir = copyCouncil({ overlay: path.join(FIXTURES, name) });
  try {
    const { problems } = loadContent(dir, { today: new Date('2026-11-22T00:00:00Z'), publicDir });
    return sortProblems(errorsIn(problems)).map(formatProblem).join('\n');
  } finally {
    rmSync(path.dirname(dir), { recursive: true, force: true });
  }
}

describe('links that look like paths on this site but open another', () => {
  it('link-tab-after-slash', () => {
    expect(check('link-tab-after-slash')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:20:14  "url": the address "/\\t/evil.example/plan" has a space, tab or new line in it, which browsers drop or misread: write it without them (a space in a path is written %20)"`,
    );
  });
  it('link-new-line-after-slash', () => {
    expect(check('link-new-line-after-slash')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:20:14  "url": the address "/\\n/evil.example/plan" has a space, tab or new line in it, which browsers drop or misread: write it without them (a space in a path is written %20)"`,
    );
  });
  it('link-ideographic-space', () => {
    expect(check('link-ideographic-space')).toMatchInlineSnapshot(
      // eslint-disable-next-line no-irregular-whitespace -- the ideographic space in the address is the point
      `"content/actions/stable-homes.yaml:20:14  "url": the address "/　/evil.example/plan" has a space, tab or new line in it, which browsers drop or misread: write it without them (a space in a path is written %20)"`,
    );
  });
  it('link-name-before-at', () => {
    expect(check('link-name-before-at')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:20:14  "url": the address "https://www.gov.uk@evil.example/plan" has a name before "@", which hides the site it really opens (evil.example): write the site's own address"`,
    );
  });
  it('link-backslash', () => {
    expect(check('link-backslash')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:20:14  "url": a link must start with https:// or, for a page on this site, /"`,
    );
  });

  it.each([
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/ /evil.example',
    '/\u3000/evil.example',
    '/\u00a0/evil.example',
    '//evil.example',
    '/\\evil.example',
    '/\t\\evil.example',
    'https://www.gov.uk@evil.example/',
    'https://user:secret@evil.example/',
    'https://evil.example\t/',
    'https://',
    'https://evil.example:99999/',
    'http://evil.example/',
  ])('refuses %j', (address) => {
    expect(addressProblem(address)).toBeDefined();
  });

  it.each([
    '/',
    '/action-plan/',
    '/action-plan/#action-3-4',
    '/search/?q=dental',
    '/%5Cevil.example',
    '/.//evil.example',
    '/javascript:alert(1)',
    'https://www.gov.uk/government/publications/children-looked-after',
    'https://www.legislation.gov.uk/ukpga/2017/16/section/1',
  ])('accepts %j, which stays where it says', (address) => {
    expect(addressProblem(address)).toBeUndefined();
  });
});

describe('the logo', () => {
  it('logo-protocol-relative', () => {
    expect(check('logo-protocol-relative')).toMatchInlineSnapshot(
      `"content/site.yaml:14:9  "logo": a logo path starts with one "/" and names a file under public/, such as "/logo.svg": it cannot be another site's address"`,
    );
  });
  it('logo-missing', () => {
    expect(check('logo-missing')).toMatchInlineSnapshot(
      `"content/site.yaml:14:9  there is no file public/crest.svg: add the logo there, or correct the path"`,
    );
  });
  it('logo-with-script', () => {
    expect(check('logo-with-script', path.join(PUBLIC, 'logo-with-script'))).toMatchInlineSnapshot(
      `"content/site.yaml:14:9  public/logo.svg holds a script, an event handler or an embedded document, which would run on the site when the file is opened: save the logo as a plain SVG (shapes and text only) or as a PNG"`,
    );
  });
  it('a plain SVG logo that exists is accepted', () => {
    expect(check('logo-with-script')).toBe('');
  });
});
