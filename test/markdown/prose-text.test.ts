/** The prose the rules read, from the same tree the page renders: which words, and where each one is in the file. */
import { describe, expect, it } from 'vitest';
import { isParseError, parseProse } from '../../src/markdown/pipeline.ts';
import { proseBlocks } from '../../src/markdown/prose-text.ts';

function blocks(body: string, bodyLine = 1): { kind: string; text: string; at: (i: number) => string }[] {
  const tree = parseProse(body, bodyLine);
  if (isParseError(tree)) throw new Error(tree.reason);
  return proseBlocks(tree, body).map((b) => ({
    kind: b.kind,
    text: b.text,
    at: (i: number) => `${b.at(i).line}:${b.at(i).col}`,
  }));
}

/** Where `word` is in the file, as line:col, found through the block's text. */
function where(body: string, word: string, bodyLine = 1): string {
  for (const block of blocks(body, bodyLine)) {
    const i = block.text.indexOf(word);
    if (i >= 0) return block.at(i);
  }
  throw new Error(`"${word}" is not in the prose`);
}

describe('prose blocks from the tree', () => {
  it('reads paragraphs, headings, list items, table cells, quotes, footnotes and callouts, in order', () => {
    const body = [
      '# Title',
      '',
      'A *paragraph* with [a link](/x/).',
      '',
      '- an item',
      '',
      '| Cell one | Cell two |',
      '| --- | --- |',
      '| three | four |',
      '',
      '> quoted',
      '',
      '<Callout title="Note">',
      'inside',
      '</Callout>',
      '',
      'Foot[^1].',
      '',
      '[^1]: a footnote',
    ].join('\n');
    expect(blocks(body).map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Title'],
      ['paragraph', 'A paragraph with a link.'],
      ['item', 'an item'],
      ['cell', 'Cell one'],
      ['cell', 'Cell two'],
      ['cell', 'three'],
      ['cell', 'four'],
      ['paragraph', 'quoted'],
      ['heading', 'Note'],
      ['paragraph', 'inside'],
      ['paragraph', 'Foot.'],
      ['paragraph', 'a footnote'],
    ]);
  });

  it('leaves out code blocks, images, bare addresses and phone numbers', () => {
    const body =
      '```\nthree children\n```\n\n![two children](/a.png) Call 01632 960 420, see https://x.gov.uk/ or a@b.gov.uk.';
    expect(blocks(body).map((b) => b.text)).toEqual([' Call              , see  or .']);
  });

  it('places each word at its line and column in the file, through markup, escapes, entities and indentation', () => {
    const body = [
      'Intro **bold** \\*starred\\* &amp; then word.', // 1
      '', // 2
      '- first line', // 3
      '  continued here', // 4
      '', // 5
      '| a | in a cell |', // 6
      '| - | - |', // 7
      '', // 8
      '> quoted', // 9
      '> second', // 10
      '', // 11
      'It ... ends -- after `code` now.', // 12
    ].join('\n');
    expect(where(body, 'bold', 10)).toBe('10:9');
    expect(where(body, 'starred', 10)).toBe('10:18');
    expect(where(body, 'then', 10)).toBe('10:34');
    expect(where(body, 'continued', 10)).toBe('13:3');
    expect(where(body, 'in a cell', 10)).toBe('15:7');
    expect(where(body, 'second', 10)).toBe('19:3');
    expect(where(body, 'ends', 10)).toBe('21:8');
    expect(where(body, 'after', 10)).toBe('21:16');
    expect(where(body, 'code', 10)).toBe('21:23');
    expect(where('<Callout title="Your rights">\nText.\n</Callout>', 'rights', 5)).toBe('5:22');
  });
});
