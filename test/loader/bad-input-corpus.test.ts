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
      `"content/annual-reports/2025-26.mdx:13:2  MDX syntax error: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`). In MDX, < and { start code: write \\< or \\{ to show the character itself"`,
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
      `"content/strategy.mdx:13:1  unknown component <Chart>: the site offers no components yet. Remove it and write Markdown instead"`,
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
