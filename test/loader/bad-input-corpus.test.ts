/**
 * The bad-input corpus, part two (part one is test/loader/bad-input.test.ts): injection strings,
 * huge values, wrong encodings, MDX that would run code, values in the wrong shape. Each fixture in
 * test/fixtures/bad-corpus/<name>/ is laid over the valid minimal content, and the check's exact
 * output is pinned, because that text is what an editor sees.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorText } from '../support/fixture-council.ts';

const CORPUS = path.resolve(import.meta.dirname, '../fixtures/bad-corpus');
const check = (name: string): string => errorText(copyCouncil({ overlay: path.join(CORPUS, name) }));

describe('the content check refuses bad input with a message an editor can act on', () => {
  it('is valid content before any overlay, so each message below comes from its fixture', () => {
    expect(errorText(copyCouncil())).toBe('');
  });

  it('a content file over 1 MB (a pasted export)', () => {
    const dir = copyCouncil({
      prepare: (content) => {
        const entry = '- term: Filler\n  meaning: Text pasted by mistake, repeated many times over.\n';
        writeFileSync(path.join(content, 'glossary.yaml'), entry.repeat(Math.ceil((2 * 1024 * 1024) / entry.length)));
      },
    });
    expect(errorText(dir)).toMatchInlineSnapshot(
      `"content/glossary.yaml:1:1  the file is 2.0 MB; content files are at most 1 MB: split it into smaller files or remove what does not belong"`,
    );
  });

  it('css-injection-in-accent-colour', () => {
    expect(check('css-injection-in-accent-colour')).toMatchInlineSnapshot(
      `"content/site.yaml:14:18  "accent_colour": write the colour as #rrggbb, for example "#0b4f6c""`,
    );
  });

  it('http-site-url', () => {
    expect(check('http-site-url')).toMatchInlineSnapshot(
      `"content/site.yaml:2:6  "url": write the full https:// address the site is published at"`,
    );
  });

  it('infinite-number', () => {
    expect(check('infinite-number')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:18:13  "target" should be a number, not the number Infinity"`,
    );
  });

  it('javascript-site-url', () => {
    expect(check('javascript-site-url')).toMatchInlineSnapshot(
      `"content/site.yaml:2:6  "url": write the full https:// address the site is published at"`,
    );
  });

  it('javascript-url-in-plans', () => {
    expect(check('javascript-url-in-plans')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:13:14  "url": a link must start with https:// or, for a page on this site, /"`,
    );
  });

  it('logo-path-escapes-public', () => {
    expect(check('logo-path-escapes-public')).toMatchInlineSnapshot(
      `"content/site.yaml:14:9  "logo": a logo path cannot go up a folder with "..": put the file under public/ and write "/logo.svg""`,
    );
  });

  it('mdx-export', () => {
    expect(check('mdx-export')).toMatchInlineSnapshot(
      `"content/annual-reports/2025-26.mdx:13:1  MDX content cannot run code: remove this import or export line (the site's components need no import)"`,
    );
  });

  it('mdx-expression', () => {
    expect(check('mdx-expression')).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:8:42  MDX content cannot run code: { } holds JavaScript in MDX. Write the text without braces, or write \\{ and \\} to show the braces themselves"`,
    );
  });

  it('mdx-external-image', () => {
    expect(check('mdx-external-image')).toMatchInlineSnapshot(
      `"content/strategy.mdx:13:1  the image "https://tracker.example/pixel.png" is not on this site: put the file under public/ and write its path, such as /images/pixel.png"`,
    );
  });

  it('mdx-html-comment', () => {
    expect(check('mdx-html-comment')).toMatchInlineSnapshot(
      `"content/annual-reports/2025-26.mdx:13:1  HTML comments (<!-- … -->) are not allowed in content: a note for editors goes in the front matter, on a line starting with #"`,
    );
  });

  // An MDX comment is refused whatever it hides (HTML, a link, a definition) and wherever it is: nothing in it is ever published.
  it('mdx-comment-hiding-html', () => {
    expect(check('mdx-comment-hiding-html')).toMatchInlineSnapshot(`
      "content/strategy.mdx:13:1  comments ({/* … */}) are not allowed in content, because the check cannot see what they hide: a note for editors goes in the front matter, on a line starting with #
      content/strategy.mdx:15:16  comments ({/* … */}) are not allowed in content, because the check cannot see what they hide: a note for editors goes in the front matter, on a line starting with #
      content/strategy.mdx:17:1  comments ({/* … */}) are not allowed in content, because the check cannot see what they hide: a note for editors goes in the front matter, on a line starting with #
      content/strategy.mdx:22:1  comments ({/* … */}) are not allowed in content, because the check cannot see what they hide: a note for editors goes in the front matter, on a line starting with #"
    `);
  });

  // GFM turns bare http:// and www. addresses into links: the check sees them (in prose, tables and lists, in any case) and refuses the insecure ones.
  it('mdx-bare-addresses', () => {
    expect(check('mdx-bare-addresses')).toMatchInlineSnapshot(`
      "content/strategy.mdx:13:14  the address "http://evil.example/plan" becomes a link that is not secure: write it as [words that say where it goes](https://evil.example/plan)
      content/strategy.mdx:13:42  the address "www.evil.example/plan" becomes a link that is not secure: write it as [words that say where it goes](https://www.evil.example/plan)
      content/strategy.mdx:15:10  the address "HTTP://EVIL.EXAMPLE/PLAN" becomes a link that is not secure: write it as [words that say where it goes](https://EVIL.EXAMPLE/PLAN)
      content/strategy.mdx:15:39  the address "WWW.EVIL.EXAMPLE" becomes a link that is not secure: write it as [words that say where it goes](https://WWW.EVIL.EXAMPLE)
      content/strategy.mdx:19:10  the address "http://evil.example/table" becomes a link that is not secure: write it as [words that say where it goes](https://evil.example/table)
      content/strategy.mdx:21:20  the address "www.evil.example/list" becomes a link that is not secure: write it as [words that say where it goes](https://www.evil.example/list)"
    `);
  });

  // Reference-style images (full, collapsed, shortcut) resolve through their definitions: an image from another site is refused where it is used.
  it('mdx-reference-images', () => {
    expect(check('mdx-reference-images')).toMatchInlineSnapshot(`
      "content/strategy.mdx:13:18  the image "https://tracker.example/pixel.png" is not on this site: put the file under public/ and write its path, such as /images/pixel.png
      content/strategy.mdx:13:60  the image "HTTPS://TRACKER.EXAMPLE/logo.png" is not on this site: put the file under public/ and write its path, such as /images/logo.png
      content/strategy.mdx:13:82  the image "data:image/png;base64,iVBORw0KGgo=" is not on this site: put the file under public/ and write its path, such as /images/picture.png
      content/strategy.mdx:15:34  the image "//tracker.example/rel.png" is not on this site: put the file under public/ and write its path, such as /images/rel.png
      content/strategy.mdx:15:67  the image "/\\tracker.example/back.png" is not on this site: put the file under public/ and write its path, such as /images/back.png"
    `);
  });

  // Link definitions, used or not, with every spelling of a scheme browsers accept: entities, a tab inside, upper case, //host, /\\host, tabs between slashes.
  it('mdx-link-definitions', () => {
    expect(check('mdx-link-definitions')).toMatchInlineSnapshot(`
      "content/strategy.mdx:15:1  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:16:1  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:17:1  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:18:1  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:19:1  a link cannot start with "vbscript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:20:1  a link cannot start with "data:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:21:1  the link "//evil.example/" leaves the site without saying so: write the full https:// address
      content/strategy.mdx:22:1  the link "/\\evil.example/" leaves the site without saying so: write the full https:// address
      content/strategy.mdx:23:1  the link "\\t/\\t/evil.example/" leaves the site without saying so: write the full https:// address
      content/strategy.mdx:24:1  the link "http://evil.example/" is not secure: use its https:// address
      content/strategy.mdx:25:1  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:"
    `);
  });

  // Inline links and images with the same spellings, in angle brackets or with a title.
  it('mdx-inline-link-spellings', () => {
    expect(check('mdx-inline-link-spellings')).toMatchInlineSnapshot(`
      "content/strategy.mdx:13:3  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:14:3  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:15:3  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:16:3  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:17:3  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:18:3  the link "//evil.example/" leaves the site without saying so: write the full https:// address
      content/strategy.mdx:19:3  the link "/\\evil.example/" leaves the site without saying so: write the full https:// address
      content/strategy.mdx:20:3  the link "/\\t/evil.example/" leaves the site without saying so: write the full https:// address
      content/strategy.mdx:21:3  a link cannot start with "data:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:22:3  a link cannot start with "vbscript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:23:3  a link cannot start with "file:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:24:3  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:25:3  the image "/\\t/evil.example/pixel.png" is not on this site: put the file under public/ and write its path, such as /images/pixel.png
      content/strategy.mdx:26:3  the image "/\\evil.example/pixel.png" is not on this site: put the file under public/ and write its path, such as /images/pixel.png"
    `);
  });

  // HTML and links inside GFM table cells.
  it('mdx-html-in-table', () => {
    expect(check('mdx-html-in-table')).toMatchInlineSnapshot(`
      "content/strategy.mdx:15:3  HTML such as <b> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<
      content/strategy.mdx:16:3  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:16:30  the image "https://tracker.example/p.png" is not on this site: put the file under public/ and write its path, such as /images/p.png
      content/strategy.mdx:17:3  HTML such as <img> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<"
    `);
  });

  // Links, images and HTML inside GFM footnote definitions.
  it('mdx-footnote-attacks', () => {
    expect(check('mdx-footnote-attacks')).toMatchInlineSnapshot(`
      "content/strategy.mdx:15:11  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:
      content/strategy.mdx:15:43  the image "https://tracker.example/p.png" is not on this site: put the file under public/ and write its path, such as /images/p.png
      content/strategy.mdx:18:5  HTML such as <script> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<"
    `);
  });

  // HTML blocks written as elements, including a capitalised one that looks like a component.
  it('mdx-html-blocks', () => {
    expect(check('mdx-html-blocks')).toMatchInlineSnapshot(`
      "content/strategy.mdx:13:1  HTML such as <div> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<
      content/strategy.mdx:15:1  HTML such as <iframe> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<
      content/strategy.mdx:17:1  HTML such as <meta> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<
      content/strategy.mdx:19:1  HTML such as <a> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<
      content/strategy.mdx:21:1  unknown component <Script>: the site's components are <Callout>. Remove it and write Markdown instead"
    `);
  });

  // A component's attributes: only its own, only plain text; and it stands on its own lines.
  it('mdx-component-attributes', () => {
    expect(check('mdx-component-attributes')).toMatchInlineSnapshot(`
      "content/strategy.mdx:13:1  <Callout> has no attribute "onclick": it takes title="…".
      content/strategy.mdx:17:1  MDX content cannot run code: the attributes of <Callout> must be plain text in quotes, such as title="Your rights"
      content/strategy.mdx:21:1  MDX content cannot run code: the attributes of <Callout> must be plain text in quotes, such as title="Your rights"
      content/strategy.mdx:25:1  the attribute title of <Callout> needs a value in quotes, such as title="Your rights"
      content/strategy.mdx:29:1  <Callout> has no attribute "titel": it takes title="…". Did you mean "title"?
      content/strategy.mdx:33:14  <Callout> is a highlighted box, such as <Callout title="Your rights">…</Callout>: start it on a line of its own, not inside a sentence"
    `);
  });

  // An autolink in angle brackets is an element in MDX, so a syntax error with advice.
  it('mdx-angle-autolink', () => {
    expect(check('mdx-angle-autolink')).toMatchInlineSnapshot(
      `"content/strategy.mdx:13:24  MDX syntax error: in MDX, "<" starts an element, so <address> is not a link: write [words that say where it goes](https://…), or \\< to show the character itself"`,
    );
  });

  // The same with a javascript: address.
  it('mdx-angle-autolink-javascript', () => {
    expect(check('mdx-angle-autolink-javascript')).toMatchInlineSnapshot(
      `"content/strategy.mdx:13:35  MDX syntax error: Unexpected character \`(\` (U+0028) in local name, expected a name character such as letters, digits, \`$\`, or \`_\`; whitespace before attributes; or the end of the tag. In MDX, < and { start code: write \\< or \\{ to show the character itself"`,
    );
  });

  it('mdx-img-onerror', () => {
    expect(check('mdx-img-onerror')).toMatchInlineSnapshot(
      `"content/strategy.mdx:13:10  MDX syntax error: Unexpected character \`x\` (U+0078) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\`. In MDX, < and { start code: write \\< or \\{ to show the character itself"`,
    );
  });

  it('mdx-import', () => {
    expect(check('mdx-import')).toMatchInlineSnapshot(
      `"content/strategy.mdx:9:1  MDX content cannot run code: remove this import or export line (the site's components need no import)"`,
    );
  });

  it('mdx-inline-html', () => {
    expect(check('mdx-inline-html')).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:10:9  HTML such as <b> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<"`,
    );
  });

  it('mdx-link-name-before-at', () => {
    expect(check('mdx-link-name-before-at')).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:10:1  the link "https://www.childrenscommissioner.gov.uk@evil.example/help-at-hand/" has a name before "@", which hides the site it really opens (evil.example): write the site's own address"`,
    );
  });

  it('mdx-link-backslash-before-at (a path on the named site as written, another site as the page would publish it)', () => {
    expect(check('mdx-link-backslash-before-at')).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:10:1  the link "https://www.childrenscommissioner.gov.uk\\@evil.example/help-at-hand/" has a name before "@", which hides the site it really opens (evil.example): write the site's own address"`,
    );
  });

  it('mdx-javascript-link', () => {
    expect(check('mdx-javascript-link')).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:10:1  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:"`,
    );
  });

  it('mdx-javascript-reference-link', () => {
    expect(check('mdx-javascript-reference-link')).toMatchInlineSnapshot(
      `"content/strategy.mdx:15:1  a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:"`,
    );
  });

  it('mdx-script-tag', () => {
    expect(check('mdx-script-tag')).toMatchInlineSnapshot(
      `"content/strategy.mdx:13:1  HTML such as <script> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<"`,
    );
  });

  it('mdx-svg-onload', () => {
    expect(check('mdx-svg-onload')).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:10:15  MDX syntax error: Unexpected character \`a\` (U+0061) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\`. In MDX, < and { start code: write \\< or \\{ to show the character itself"`,
    );
  });

  it('mdx-unclosed-brace', () => {
    expect(check('mdx-unclosed-brace')).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:10:24  MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`. In MDX, < and { start code: write \\< or \\{ to show the character itself"`,
    );
  });

  it('mdx-unknown-component', () => {
    expect(check('mdx-unknown-component')).toMatchInlineSnapshot(
      `"content/strategy.mdx:13:1  unknown component <Chart>: the site's components are <Callout>. Remove it and write Markdown instead"`,
    );
  });

  it('negative-numerator', () => {
    expect(check('negative-numerator')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:12:20  "numerator" must be at least 0, not -4"`,
    );
  });

  it('nul-byte', () => {
    expect(check('nul-byte')).toMatchInlineSnapshot(
      `"content/roles.yaml:13:19  the file contains an invisible control character (U+0000): delete it (retype the text around it if you cannot see it)"`,
    );
  });

  it('comparator-over-100', () => {
    expect(check('comparator-over-100')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:15:16  england 110 is not a percentage: it must be between 0 and 100"`,
    );
  });

  it('protocol-relative-url-in-plans', () => {
    expect(check('protocol-relative-url-in-plans')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:13:14  "url": a link must start with https:// or, for a page on this site, /"`,
    );
  });

  it('scalar-where-list-expected', () => {
    expect(check('scalar-where-list-expected')).toMatchInlineSnapshot(
      `"content/annual-reports/2025-26.mdx:6:12  "strengths" should be a list (one item per line, each starting with "- "), not the text "More local foster carers""`,
    );
  });

  it('scorecard-year-not-file-name', () => {
    expect(check('scorecard-year-not-file-name')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:1:7  year "2024-25" does not match the file name: rename the file to 2024-25.yaml or correct the year"`,
    );
  });

  it('script-in-email', () => {
    expect(check('script-in-email')).toMatchInlineSnapshot(
      `"content/site.yaml:9:10  "email": write an email address such as "fostering@example.gov.uk""`,
    );
  });

  it('script-tag-as-role-id', () => {
    expect(check('script-tag-as-role-id')).toMatchInlineSnapshot(
      `"content/roles.yaml:12:7  "id": use lower-case letters, digits and single hyphens only, for example "virtual-school-head""`,
    );
  });

  it('yaml-tab-indentation', () => {
    expect(check('yaml-tab-indentation')).toMatchInlineSnapshot(
      `"content/roles.yaml:8:1  this line is indented with a tab: YAML needs spaces (two for each level)"`,
    );
  });

  it('small-number-in-commentary', () => {
    expect(check('small-number-in-commentary')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:14:17  the commentary on "placement-moves" says "Three children": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });

  it('small-number-in-report-list', () => {
    expect(check('small-number-in-report-list')).toMatchInlineSnapshot(
      `"content/annual-reports/2025-26.mdx:6:13  "strengths" says "Two unaccompanied children": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });

  it('small-number-in-report-prose', () => {
    expect(check('small-number-in-report-prose')).toMatchInlineSnapshot(
      `"content/annual-reports/2025-26.mdx:13:10  the report says "4 care leavers": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
  it('readability-too-hard', () => {
    expect(check('readability-too-hard')).toMatchInlineSnapshot(
      `"content/young-people/education.mdx:9:1  reading ease -51.5 (grade 24.5) is below 70 for the young-person edition. Hardest sentences: "Consequently, the designated professionals will systematically evaluate attainment trajectories…" (line 9); "The multi-agency partnership arrangements will facilitate the implementation of comprehensive…" (line 9); "How we will help you at school." (line 3). Use shorter sentences and everyday words."`,
    );
  });

  it('young-people-unexplained-abbreviation', () => {
    expect(check('young-people-unexplained-abbreviation')).toMatchInlineSnapshot(
      `"content/young-people/education.mdx:11:6  "IRO" looks like an abbreviation but is not in the glossary: add it to content/glossary.yaml (with a young_meaning) or write it out in ordinary words"`,
    );
  });
});
