/**
 * Addresses that browsers read as another site (issue 13, class 3): in plan links and in the logo.
 * Browsers drop tabs and new lines inside an address and read "\" as "/", so "/\t/host" opens
 * "//host". Each fixture is pinned; the address rules are also tried on many spellings at once.
 *
 * One reading (src/lib/addresses.ts) decides for YAML link fields, the Markdown check and the
 * renderer alike: the hostile spellings below are put to all three, and all three must refuse them.
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { addressProblem, isSafeImage, isSafeLink, readAddress, readProseAddress } from '../../src/lib/addresses.ts';
import { loadContent } from '../../src/loader/load-content.ts';
import { mdxBodyProblems, unsafeImageProblem, unsafeUrlProblem } from '../../src/loader/rules/mdx-safety.ts';
import { renderProse } from '../../src/markdown/render.ts';
import { safeUrl } from '../../src/schemas/common.ts';
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
  it('link-disguised-host', () => {
    expect(check('link-disguised-host')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:20:14  "url": the address "https://www.gоv.uk/plan" names its site as "www.gоv.uk", which browsers open as www.xn--gv-fmc.uk: if that site is meant, write its name as browsers read it (www.xn--gv-fmc.uk), so that reviewers see where the link goes"`,
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

/** A Markdown body holding one link to `url`, as the tree holds it (any character, tabs included). */
function linkTree(url: string, image = false): Root {
  const node = image
    ? { type: 'image' as const, url, alt: 'Chart' }
    : { type: 'link' as const, url, children: [{ type: 'text' as const, value: 'the plan' }] };
  return { type: 'root', children: [{ type: 'paragraph', children: [node] }] };
}

/** Whether the renderer publishes the link (it throws on anything it would not publish). */
function rendered(url: string, image = false): boolean {
  try {
    renderProse(linkTree(url, image));
    return true;
  } catch {
    return false;
  }
}

/** The YAML link field's first message, as an editor sees it after the field name. */
function yamlVerdict(url: string): string | undefined {
  const result = safeUrl.safeParse(url);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** Hostile spellings, each with where a browser really goes. */
const HOSTILE: ReadonlyArray<[string, string]> = [
  ['java\tscript:alert(1)', 'scheme'],
  ['java\nscript:alert(1)', 'scheme'],
  ['jav\r\nascript:alert(1)', 'scheme'],
  ['\u0001javascript:alert(1)', 'scheme'],
  [' javascript:alert(1)', 'scheme'],
  ['JAVASCRIPT:alert(1)', 'scheme'],
  ['JavaScript:alert(1)', 'scheme'],
  ['VBScript:msgbox(1)', 'scheme'],
  ['vbscript:msgbox(1)', 'scheme'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'scheme'],
  ['DATA:image/svg+xml,<svg onload=alert(1)>', 'scheme'],
  ['file:///etc/passwd', 'scheme'],
  ['FILE://server/share', 'scheme'],
  ['blob:https://evil.example/1', 'scheme'],
  ['ftp://evil.example/', 'scheme'],
  ['HTTP://evil.example/', 'http'],
  ['http://evil.example/', 'http'],
  ['//evil.example', 'protocol-relative'],
  ['\\\\evil.example', 'protocol-relative'],
  ['\\/evil.example', 'protocol-relative'],
  ['/\\evil.example', 'protocol-relative'],
  ['/\t/evil.example', 'protocol-relative'],
  ['/\n/evil.example', 'protocol-relative'],
  ['\t//evil.example', 'protocol-relative'],
  ['/\t\\evil.example', 'protocol-relative'],
  ['https://council.gov.uk@evil.example', 'name-before-at'],
  ['https://www.gov.uk@evil.example/plan', 'name-before-at'],
  ['https://user:secret@evil.example/', 'name-before-at'],
  ['HTTPS://council.gov.uk@evil.example/', 'name-before-at'],
  ['https://g\u043ev.uk/', 'disguised-host'],
  ['https://www.g\u043ev.uk/', 'disguised-host'],
  ['https://xn--gv-ldb.uk\u3002evil.example/', 'disguised-host'],
  ['https://evil\u3002example/', 'disguised-host'],
  ['https://stra\u00dfe.example/', 'disguised-host'],
  ['https://%65vil.example/', 'disguised-host'],
  ['https://0x7f.1/', 'disguised-host'],
  ['https://2130706433/', 'disguised-host'],
  ['https://', 'unreadable'],
  ['https://evil.example:99999/', 'unreadable'],
  ['https://exa mple.org/', 'unreadable'],
];

/** Spellings that YAML reads as a path on the site named, but that the renderer would publish as another site. */
const PUBLISHED_ELSEWHERE: ReadonlyArray<[string, string]> = [
  ['https://www.gov.uk\\@evil.example', 'name-before-at'],
  ['https://www.gov.uk\\x@evil.example/', 'name-before-at'],
];

describe('one reading of an address, for YAML links, the Markdown check and the renderer', () => {
  it.each(HOSTILE)('reads %j as %s, and every part refuses it', (address, kind) => {
    expect(readAddress(address).kind).toBe(kind);
    expect(unsafeUrlProblem(address)).toBeDefined();
    expect(unsafeImageProblem(address)).toBeDefined();
    expect(isSafeLink(address)).toBe(false);
    expect(isSafeImage(address)).toBe(false);
    expect(rendered(address)).toBe(false);
    expect(rendered(address, true)).toBe(false);
    expect(yamlVerdict(address)).toBeDefined();
  });

  it.each(PUBLISHED_ELSEWHERE)(
    'refuses %j in Markdown, whose published form opens another site (%s)',
    (address, kind) => {
      expect(readAddress(address).kind).toBe('https');
      expect(safeUrl.safeParse(address).success).toBe(true);
      expect(readProseAddress(address).kind).toBe(kind);
      expect(unsafeUrlProblem(address)).toBeDefined();
      expect(rendered(address)).toBe(false);
    },
  );

  it.each([
    ['/action-plan/', 'site'],
    ['/search/?q=dental', 'site'],
    ['#contact', 'site'],
    ['glossary/', 'site'],
    ['/%2F%2Fevil.example', 'site'],
    ['%2F%2Fevil.example', 'site'],
    ['/%5Cevil.example', 'site'],
    ['/.//evil.example', 'site'],
    ['javascript%3Aalert(1)', 'site'],
    ['/javascript:alert(1)', 'site'],
    ['https://www.gov.uk/government/publications/children-looked-after', 'https'],
    ['https://WWW.GOV.UK/', 'https'],
    ['https://www.llyw.cymru/', 'https'],
    ['https://xn--gv-ldb.uk/', 'https'],
    ['mailto:team@eastmere.gov.uk', 'mailto'],
    ['tel:+441632960400', 'tel'],
  ])('reads %j as %s, and the Markdown check and renderer agree on it', (address, kind) => {
    expect(readAddress(address).kind).toBe(kind);
    expect(unsafeUrlProblem(address)).toBeUndefined();
    expect(rendered(address)).toBe(true);
    expect(rendered(address, true)).toBe(kind === 'site');
  });

  it('says how to write each kind of refused link, in Markdown and in YAML', () => {
    const spellings = [
      'https://council.gov.uk@evil.example',
      'https://g\u043ev.uk/',
      'https://0x7f.1/',
      'https://',
      'HTTPS://www.gov.uk/',
      'java\tscript:alert(1)',
    ];
    expect(
      spellings
        .map((a) => `${JSON.stringify(a)}\n  Markdown: ${unsafeUrlProblem(a)}\n  YAML: ${yamlVerdict(a)}`)
        .join('\n'),
    ).toMatchInlineSnapshot(`
        ""https://council.gov.uk@evil.example"
          Markdown: the link "https://council.gov.uk@evil.example" has a name before "@", which hides the site it really opens (evil.example): write the site's own address
          YAML: the address "https://council.gov.uk@evil.example" has a name before "@", which hides the site it really opens (evil.example): write the site's own address
        "https://gоv.uk/"
          Markdown: the link "https://gоv.uk/" names its site as "gоv.uk", which browsers open as xn--gv-fmc.uk: if that site is meant, write its name as browsers read it (xn--gv-fmc.uk), so that reviewers see where the link goes
          YAML: the address "https://gоv.uk/" names its site as "gоv.uk", which browsers open as xn--gv-fmc.uk: if that site is meant, write its name as browsers read it (xn--gv-fmc.uk), so that reviewers see where the link goes
        "https://0x7f.1/"
          Markdown: the link "https://0x7f.1/" names its site as "0x7f.1", which browsers open as 127.0.0.1: if that site is meant, write its name as browsers read it (127.0.0.1), so that reviewers see where the link goes
          YAML: the address "https://0x7f.1/" names its site as "0x7f.1", which browsers open as 127.0.0.1: if that site is meant, write its name as browsers read it (127.0.0.1), so that reviewers see where the link goes
        "https://"
          Markdown: the link "https://" is not an address browsers can read: write the full https:// address of the page, such as https://www.gov.uk/
          YAML: the address "https://" is not a full address: write it as https://… or, for a page on this site, starting with /
        "HTTPS://www.gov.uk/"
          Markdown: undefined
          YAML: a link must start with https:// or, for a page on this site, /
        "java\\tscript:alert(1)"
          Markdown: a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
          YAML: a link must start with https:// or, for a page on this site, /"
      `);
  });

  it('sees hostile spellings written in Markdown source, where entities and escapes are decoded first', () => {
    const body = [
      '[a](java&#x09;script:alert(1)) [b](JAVASCRIPT:alert(1)) [c](&#x6A;avascript:alert(1))',
      '',
      '[d](\\\\\\\\evil.example) [e](/\\evil.example) [f](<https://council.gov.uk@evil.example>)',
      '',
      'Bare https://council.gov.uk@evil.example/ and https://g\u043ev.uk/ and ![g](data:image/png;base64,AAAA)',
      '',
      '[h]: vbscript:msgbox(1)',
      '',
      'See [h].',
    ].join('\n');
    expect(
      mdxBodyProblems({ file: 'content/strategy.mdx', body, bodyLine: 1 })
        .map((p) => `${p.line}:${p.col} ${p.message}`)
        .join('\n'),
    ).toMatchInlineSnapshot(`
      "1:1 a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      1:32 a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      1:57 a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      3:1 the link "\\\\evil.example" leaves the site without saying so: write the full https:// address
      3:23 the link "/\\evil.example" leaves the site without saying so: write the full https:// address
      3:43 the link "https://council.gov.uk@evil.example" has a name before "@", which hides the site it really opens (evil.example): write the site's own address
      5:6 the link "https://council.gov.uk@evil.example/" has a name before "@", which hides the site it really opens (evil.example): write the site's own address
      5:47 the link "https://gоv.uk/" names its site as "gоv.uk", which browsers open as xn--gv-fmc.uk: if that site is meant, write its name as browsers read it (xn--gv-fmc.uk), so that reviewers see where the link goes
      5:67 the image "data:image/png;base64,AAAA" is not on this site: put the file under public/ and write its path, such as /images/picture.png
      7:1 a link cannot start with "vbscript:": write an https:// address, a page on this site starting with /, or mailto:"
    `);
  });
});
