/**
 * Turns an MDX body into the prose a reader sees, as sentences that remember where they start in
 * the file, so a check can say "line 12" about a hard sentence or an unexplained abbreviation.
 *
 * How the text is read (the rules the readability and abbreviation checks rely on):
 * - Markup is blanked out, not deleted, so every character keeps its line and column: heading and
 *   list markers, emphasis, link targets (`[words](address)` keeps "words"), HTML and JSX tags (their
 *   inner text stays), comments, `{expressions}`, import/export lines, code blocks, images, tables'
 *   pipes, bare web addresses, email addresses and phone numbers.
 * - Blocks are paragraphs (lines up to a blank line), list items, headings and table cells. A sentence
 *   never runs from one block into the next.
 * - Within a block, a sentence ends at ".", "!" or "?" followed by a space (or the end of the block);
 *   "e.g.", "i.e.", "Mr.", "Mrs.", "Ms.", "Dr." and "St." do not end one. Text left at the end of a
 *   block without a full stop is still a sentence: a list item is a sentence.
 * - Headings are labels, not sentences: a heading counts for readability only when it ends with
 *   ".", "!" or "?" ("What happens next?"). Every heading is still read for abbreviations. So is a
 *   label of one or two words ending in ":" ("Email:"), once the address after it is blanked.
 */

export interface Sentence {
  /** The sentence with markup removed and spaces collapsed. */
  text: string;
  /** The same sentence as it sits in the file, markup blanked out: finds the column of a word in it. */
  masked: string;
  /** Where it starts in the file (1-based). */
  line: number;
  col: number;
  /** False for headings without end punctuation: read for abbreviations, not scored for readability. */
  scored: boolean;
}

type BlockKind = 'paragraph' | 'heading' | 'item';

interface Block {
  kind: BlockKind;
  /** Offsets into the masked body. */
  start: number;
  end: number;
}

const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/** Collapses the spaces that blanked markup leaves, including before punctuation: "parent ." → "parent.". */
const tidy = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,!?;:)\]’”])/g, '$1')
    .replace(/([([‘“]) /g, '$1')
    .trim();

/** Replaces every match of `pattern` in `text` with spaces (keeping newlines), or only `group` of it. */
function mask(text: string, pattern: RegExp, keepGroup?: number): string {
  return text.replace(pattern, (match: string, ...groups: unknown[]) => {
    if (keepGroup === undefined) return blank(match);
    const kept = groups[keepGroup - 1];
    if (typeof kept !== 'string') return blank(match);
    const at = match.indexOf(kept);
    return blank(match.slice(0, at)) + kept + blank(match.slice(at + kept.length));
  });
}

/** The body with all markup blanked out, same length and same line breaks as the source. */
export function maskMarkup(body: string): string {
  let text = body.replace(/\r/g, ' ');
  // Code blocks first: nothing inside them is prose.
  text = mask(text, /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[^\n]*$|(?![\s\S]))/gm);
  text = mask(text, /<!--[\s\S]*?-->/g);
  text = mask(text, /\{\/\*[\s\S]*?\*\/\}/g);
  text = mask(text, /^(?:import|export)\s[^\n]*$/gm);
  text = mask(text, /\{[^{}\n]*\}/g);
  text = mask(text, /!\[[^\]\n]*\]\([^)\n]*\)/g);
  text = mask(text, /<[A-Za-z/!][^<>]*>/g);
  text = mask(text, /^[ \t]*\[[^\]\n]+\]:[^\n]*$/gm);
  text = mask(text, /\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])/g, 1);
  text = mask(text, /https?:\/\/[^\s)>\]]+/g);
  text = mask(text, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g);
  // Phone numbers are contact details, not prose: "01632 960 420", "0800 1111".
  text = mask(text, /(?<![\w.,])\+?\d{3,}(?:[ -]\d{3,})+(?![\w.,]\d)/g);
  text = mask(text, /&[a-z]+;|&#\d+;/gi);
  text = mask(text, /\\(?=[^\n])/g);
  text = mask(text, /`+/g);
  text = mask(text, /~~/g);
  text = mask(text, /\*+/g);
  text = mask(text, /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu);
  text = mask(text, /^[ \t]*(?:[-_][ \t]*){3,}$/gm);
  return text;
}

/** Splits the masked body into blocks, blanking the heading, list, quote and table markers. */
function blocksOf(masked: string): { text: string; blocks: Block[] } {
  const lines = masked.split('\n');
  const out: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  let current: Block | undefined;
  const close = (): void => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (const raw of lines) {
    let line = raw.replace(/^([ \t]*>)+/, (m) => blank(m));
    const lineStart = offset;
    offset += raw.length + 1;
    const heading = /^[ \t]*#{1,6}[ \t]+/.exec(line);
    const item = /^[ \t]*(?:[-+]|\d+[.)])[ \t]+/.exec(line);
    if (line.trim() === '') {
      close();
    } else if (heading) {
      close();
      line = blank(heading[0]) + line.slice(heading[0].length).replace(/[ \t]#+[ \t]*$/, (m) => blank(m));
      blocks.push({ kind: 'heading', start: lineStart, end: lineStart + line.length });
    } else if (/^[ \t]*\|/.test(line)) {
      close();
      if (/^[\s|:-]+$/.test(line)) {
        line = blank(line);
      } else {
        // Each table cell is a block of its own.
        const cell = /[^|]+/g;
        for (let m = cell.exec(line); m; m = cell.exec(line)) {
          if (m[0].trim() !== '')
            blocks.push({ kind: 'paragraph', start: lineStart + m.index, end: lineStart + m.index + m[0].length });
        }
        line = line.replace(/\|/g, ' ');
      }
    } else if (item) {
      close();
      line = blank(item[0]) + line.slice(item[0].length);
      current = { kind: 'item', start: lineStart, end: lineStart + line.length };
    } else if (current) {
      current.end = lineStart + line.length;
    } else {
      current = { kind: 'paragraph', start: lineStart, end: lineStart + line.length };
    }
    out.push(line);
  }
  close();
  return { text: out.join('\n'), blocks };
}

const NOT_AN_END = /(?:\b(?:e\.g|i\.e|Mr|Mrs|Ms|Dr|St)\.)$/i;

/** Sentence ranges (start, end offsets) within one block. */
function splitSentences(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  const ending = /[.!?]+["'’”)\]]*(?=\s|$)/g;
  const block = text.slice(start, end);
  let from = 0;
  for (let m = ending.exec(block); m; m = ending.exec(block)) {
    const stop = m.index + m[0].length;
    if (NOT_AN_END.test(block.slice(from, stop))) continue;
    ranges.push([start + from, start + stop]);
    from = stop;
  }
  if (block.slice(from).trim() !== '') ranges.push([start + from, end]);
  return ranges;
}

/** "Phone:" or "Email:" left once the number or address is blanked: a label, not a sentence. */
const isLabel = (text: string): boolean => text.endsWith(':') && text.split(' ').length <= 2;

/** Line and column (1-based) of each offset, counted from `firstLine`. */
function positionOf(text: string, offset: number, firstLine: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineBreaks = before.split('\n').length - 1;
  return { line: firstLine + lineBreaks, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * The sentences of an MDX body, in reading order. `firstLine` is the file line the body starts on,
 * so positions point into the file, front matter included.
 */
export function sentencesOf(body: string, firstLine = 1): Sentence[] {
  const { text, blocks } = blocksOf(maskMarkup(body));
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const headingScored = block.kind === 'heading' && /[.!?]["'’”)\]]*\s*$/.test(text.slice(block.start, block.end));
    for (const [start, end] of splitSentences(text, block.start, block.end)) {
      const slice = text.slice(start, end);
      const leading = slice.length - slice.trimStart().length;
      const clean = tidy(slice);
      if (!/[\p{L}\p{N}]/u.test(clean)) continue;
      sentences.push({
        text: clean,
        masked: slice.slice(leading),
        ...positionOf(text, start + leading, firstLine),
        scored: (block.kind !== 'heading' || headingScored) && !isLabel(clean),
      });
    }
  }
  return sentences;
}

/** Sentences of a short front-matter text (a title or summary) that starts at `line`, `col`. */
export function sentencesOfField(value: string, line: number, col: number, scored: boolean): Sentence[] {
  return splitSentences(value, 0, value.length)
    .map(([start, end]): Sentence => {
      const slice = value.slice(start, end);
      const leading = slice.length - slice.trimStart().length;
      return { text: tidy(slice), masked: slice.slice(leading), line, col: col + start + leading, scored };
    })
    .filter((s) => s.text !== '');
}

/** The file position of the character at `index` in a sentence's `masked` text. */
export function positionInSentence(sentence: Sentence, index: number): { line: number; col: number } {
  const before = sentence.masked.slice(0, index);
  const lineBreak = before.lastIndexOf('\n');
  if (lineBreak === -1) return { line: sentence.line, col: sentence.col + index };
  return { line: sentence.line + before.split('\n').length - 1, col: index - lineBreak };
}
