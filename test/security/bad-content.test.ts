/**
 * Hostile or careless content (issue 13), one fixture each in test/fixtures/security/<name>/, laid
 * over the valid minimal council. The check's exact output is pinned: it is what an editor sees.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorText } from '../support/fixture-council.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/security');
const check = (name: string): string => errorText(copyCouncil({ overlay: path.join(FIXTURES, name) }));

describe('Unknown YAML tags and directives are refused by name (class 13)', () => {
  it('tag-js-function', () => {
    expect(check('tag-js-function')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  YAML tags such as "!!js/function" are not allowed in content: remove "!!js/function" (to keep the words as text, put them in quotes)"`,
    );
  });

  it('tag-binary', () => {
    expect(check('tag-binary')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  YAML tags such as "!!binary" are not allowed in content: remove "!!binary" (to keep the words as text, put them in quotes)"`,
    );
  });

  it('tag-custom', () => {
    expect(check('tag-custom')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  YAML tags such as "!custom" are not allowed in content: remove "!custom" (to keep the words as text, put them in quotes)"`,
    );
  });

  it('tag-python-object', () => {
    expect(check('tag-python-object')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  YAML tags such as "!!python/object/apply:os.system" are not allowed in content: remove "!!python/object/apply:os.system" (to keep the words as text, put them in quotes)"`,
    );
  });

  it('tag-on-key', () => {
    expect(check('tag-on-key')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:3  YAML tags such as "!!str" are not allowed in content: remove "!!str" (to keep the words as text, put them in quotes)"`,
    );
  });

  it('tag-verbatim', () => {
    expect(check('tag-verbatim')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  YAML tags such as "!<tag:yaml.org,2002:js/undefined>" are not allowed in content: remove "!<tag:yaml.org,2002:js/undefined>" (to keep the words as text, put them in quotes)"`,
    );
  });

  it('tag-unknown-handle', () => {
    expect(check('tag-unknown-handle')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  YAML tags such as "!e!thing" are not allowed in content: remove "!e!thing" (to keep the words as text, put them in quotes)"`,
    );
  });

  it('tag-in-front-matter', () => {
    expect(check('tag-in-front-matter')).toMatchInlineSnapshot(
      `"content/strategy.mdx:2:8  YAML tags such as "!!js/function" are not allowed in content: remove "!!js/function" (to keep the words as text, put them in quotes)"`,
    );
  });

  it('directive-yaml-1-1', () => {
    expect(check('directive-yaml-1-1')).toMatchInlineSnapshot(
      `"content/roles.yaml:1:1  YAML directives such as "%YAML" are not allowed in content: delete this line and the "---" line after it"`,
    );
  });

  it('directive-tag', () => {
    expect(check('directive-tag')).toMatchInlineSnapshot(`
      "content/roles.yaml:1:1  YAML directives such as "%TAG" are not allowed in content: delete this line and the "---" line after it
      content/roles.yaml:16:9  YAML tags such as "!e!x" are not allowed in content: remove "!e!x" (to keep the words as text, put them in quotes)"
    `);
  });
});

describe('Hidden characters are refused in the parsed values, not only in the bytes (class 6)', () => {
  it('escape-nul', () => {
    expect(check('escape-nul')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains an invisible control character (U+0000). It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-esc', () => {
    expect(check('escape-esc')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains an invisible control character (U+001B). It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-bell', () => {
    expect(check('escape-bell')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains an invisible control character (U+0007). It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-rlo', () => {
    expect(check('escape-rlo')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains a hidden text-direction character (U+202E), which makes text show in another order than it is written. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-lri', () => {
    expect(check('escape-lri')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains a hidden text-direction character (U+2066), which makes text show in another order than it is written. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-zero-width', () => {
    expect(check('escape-zero-width')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains an invisible zero-width character (U+200B), which splits words for search and the checks. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-line-separator', () => {
    expect(check('escape-line-separator')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains a line separator (U+2028), which only some programs read as a new line. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-next-line', () => {
    expect(check('escape-next-line')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains a line separator (U+0085), which only some programs read as a new line. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-lone-surrogate', () => {
    expect(check('escape-lone-surrogate')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains half of a character pair (U+D800), which is not text. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-carriage-return', () => {
    expect(check('escape-carriage-return')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains a carriage return on its own (U+000D), which some programs read as a new line. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-c1', () => {
    expect(check('escape-c1')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains an invisible control character (U+009B). It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-noncharacter', () => {
    expect(check('escape-noncharacter')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:9  this text contains a noncharacter (U+FFFE), which is not text. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('escape-in-key', () => {
    expect(check('escape-in-key')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:3  this field name contains a hidden text-direction character (U+202E), which makes text show in another order than it is written. It is written as a \\ escape inside the quotes: delete the escape"`,
    );
  });

  it('raw-rlo-in-mdx', () => {
    expect(check('raw-rlo-in-mdx')).toMatchInlineSnapshot(
      `"content/strategy.mdx:13:21  the file contains a hidden text-direction character (U+202E), which makes text show in another order than it is written: delete it (retype the text around it if you cannot see it)"`,
    );
  });

  it('raw-zero-width-in-yaml', () => {
    expect(check('raw-zero-width-in-yaml')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:12  the file contains an invisible zero-width character (U+200B), which splits words for search and the checks: delete it (retype the text around it if you cannot see it)"`,
    );
  });

  it('raw-bare-carriage-return', () => {
    expect(check('raw-bare-carriage-return')).toMatchInlineSnapshot(
      `"content/meetings/2026-01-20-board.yaml:4:23  the file contains a carriage return on its own (U+000D), which some programs read as a new line: delete it, or save the file with LF line endings"`,
    );
  });

  it('raw-c1-control', () => {
    expect(check('raw-c1-control')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:18  the file contains an invisible control character (U+0096): delete it (retype the text around it if you cannot see it)"`,
    );
  });
});

describe('What used to fail inside the build is an editor message (class 11)', () => {
  it('nested-flow-1000', () => {
    expect(check('nested-flow-1000')).toMatchInlineSnapshot(
      `"content/roles.yaml:14:29  the values here are nested more than 20 levels deep (lists or blocks inside each other): content needs only a few levels, so check the indentation and the brackets"`,
    );
  });

  it('nested-block-30', () => {
    expect(check('nested-block-30')).toMatchInlineSnapshot(
      `"content/roles.yaml:34:43  the values here are nested more than 20 levels deep (lists or blocks inside each other): content needs only a few levels, so check the indentation and the brackets"`,
    );
  });

  it('two-documents', () => {
    expect(check('two-documents')).toMatchInlineSnapshot(
      `"content/roles.yaml:16:1  a second YAML document starts here ("---" or "..." on its own line ends the first): a content file holds one, so delete this line, or move what follows into a file of its own"`,
    );
  });

  it('document-end-marker', () => {
    expect(check('document-end-marker')).toMatchInlineSnapshot(
      `"content/roles.yaml:17:1  a second YAML document starts here ("---" or "..." on its own line ends the first): a content file holds one, so delete this line, or move what follows into a file of its own"`,
    );
  });

  it('id-300-characters', () => {
    expect(check('id-300-characters')).toMatchInlineSnapshot(
      `"content/roles.yaml:12:7  "id": an id is at most 60 characters, because it becomes part of page addresses: shorten it"`,
    );
  });

  it('action-number-300-digits', () => {
    expect(check('action-number-300-digits')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:14:9  "id": an action id is at most 20 characters, because it becomes part of page addresses: shorten it"`,
    );
  });
});

describe('File names that become addresses, ids and calendar UIDs are checked (classes 5 and 12)', () => {
  it('meeting-name-with-space', () => {
    expect(check('meeting-name-with-space')).toMatchInlineSnapshot(`
      "content/meetings/2026-01-20 board.yaml:1:1  the file name "2026-01-20 board" becomes part of the page's address, so it can hold only lower-case letters, digits and single hyphens: rename the file, for example to 2026-01-20-board.yaml
      content/meetings/2026-01-20 board.yaml:1:7  date 2026-01-20 does not match the file name: rename the file to 2026-01-20-board.yaml or correct the date"
    `);
  });

  it('meeting-name-with-hash', () => {
    expect(check('meeting-name-with-hash')).toMatchInlineSnapshot(
      `"content/meetings/2026-01-20-board#agenda.yaml:1:1  the file name "2026-01-20-board#agenda" becomes part of the page's address, so it can hold only lower-case letters, digits and single hyphens: rename the file, for example to 2026-01-20-board.yaml"`,
    );
  });

  it('meeting-name-with-question-mark', () => {
    expect(check('meeting-name-with-question-mark')).toMatchInlineSnapshot(
      `"content/meetings/2026-01-20-board?x=1.yaml:1:1  the file name "2026-01-20-board?x=1" becomes part of the page's address, so it can hold only lower-case letters, digits and single hyphens: rename the file, for example to 2026-01-20-board.yaml"`,
    );
  });

  it('meeting-name-in-capitals', () => {
    expect(check('meeting-name-in-capitals')).toMatchInlineSnapshot(
      `"content/meetings/2026-01-20-Board.yaml:1:1  the file name "2026-01-20-Board" becomes part of the page's address, so it can hold only lower-case letters, digits and single hyphens: rename the file, for example to 2026-01-20-board.yaml"`,
    );
  });

  it('meeting-name-too-long', () => {
    expect(check('meeting-name-too-long')).toMatchInlineSnapshot(
      `"content/meetings/2026-01-20-board-board-board-board-board-board-board-board-board-board-board-board-board-board-board-board-board-board-board-board-meeting.yaml:1:1  the file name is 138 characters long; it becomes part of the page's address, so keep it to 80: rename the file"`,
    );
  });

  it('meeting-date-not-file-name', () => {
    expect(check('meeting-date-not-file-name')).toMatchInlineSnapshot(
      `"content/meetings/2026-01-21-board.yaml:1:7  date 2026-01-20 does not match the file name: rename the file to 2026-01-20-board.yaml or correct the date"`,
    );
  });

  it('young-person-page-name-with-space', () => {
    expect(check('young-person-page-name-with-space')).toMatchInlineSnapshot(
      `"content/young-people/stable homes.mdx:1:1  the file name "stable homes" becomes part of the page's address, so it can hold only lower-case letters, digits and single hyphens: rename the file, for example to stable-homes.mdx"`,
    );
  });
});
