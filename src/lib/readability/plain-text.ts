/**
 * Turns an MDX body into the prose a reader sees, as sentences that remember where they are in the
 * file, so a check can say "line 12" about a hard sentence or an unexplained abbreviation.
 *
 * How the text is read (the rules the readability and abbreviation checks rely on):
 * - The words come from the body's tree (src/markdown/prose-text.ts): paragraphs, list items,
 *   headings and table cells are blocks, the words of links and components count, and code
 *   blocks, images, bare web and email addresses and phone numbers do not.
 * - A sentence never runs from one block into the next.
 * - Within a block, a sentence ends at ".", "!" or "?" followed by a space (or the end of the block);
 *   "e.g.", "i.e.", "Mr.", "Mrs.", "Ms.", "Dr." and "St." do not end one. Text left at the end of a
 *   block without a full stop is still a sentence: a list item is a sentence.
 * - Headings are labels, not sentences: a heading counts for readability only when it ends with
 *   ".", "!" or "?" ("What happens next?"). Every heading is still read for abbreviations. So is a
 *   label of one or two words ending in ":" ("Email:"), once the address after it is left out.
 */
import type { ProseTree } from '../../markdown/pipeline.ts';
import { proseBlocks, type FilePosition } from '../../markdown/prose-text.ts';

export interface Sentence {
  /** The sentence with spaces collapsed. */
  text: string;
  /** The same sentence as its block holds it, spaces kept: `at` finds the position of a word in it. */
  raw: string;
  /** Where it starts in the file (1-based). */
  line: number;
  col: number;
  /** False for headings without end punctuation: read for abbreviations, not scored for readability. */
  scored: boolean;
  /** Where the character at `index` of `raw` is in the file. */
  at(index: number): FilePosition;
}

/** Collapses spaces, including those before punctuation that a left-out address leaves: "at ." → "at.". */
const tidy = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,!?;:)\]’”])/g, '$1')
    .replace(/([([‘“]) /g, '$1')
    .trim();

const NOT_AN_END = /(?:\b(?:e\.g|i\.e|Mr|Mrs|Ms|Dr|St)\.)$/i;

/** Sentence ranges (start, end offsets) within a block of text. */
function splitSentences(block: string): [number, number][] {
  const ranges: [number, number][] = [];
  const ending = /[.!?]+["'’”)\]]*(?=\s|$)/g;
  let from = 0;
  for (let m = ending.exec(block); m; m = ending.exec(block)) {
    const stop = m.index + m[0].length;
    if (NOT_AN_END.test(block.slice(from, stop))) continue;
    ranges.push([from, stop]);
    from = stop;
  }
  if (block.slice(from).trim() !== '') ranges.push([from, block.length]);
  return ranges;
}

/** "Phone:" or "Email:" left once the number or address is left out: a label, not a sentence. */
const isLabel = (text: string): boolean => text.endsWith(':') && text.split(' ').length <= 2;

const endsLikeASentence = (text: string): boolean => /[.!?]["'’”)\]]*\s*$/.test(text);

/** The sentences of an MDX body's tree, in reading order, with positions in the file. */
export function sentencesOfTree(tree: ProseTree, body: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of proseBlocks(tree, body)) {
    const headingScored = block.kind === 'heading' && endsLikeASentence(block.text);
    for (const [start, end] of splitSentences(block.text)) {
      const slice = block.text.slice(start, end);
      const leading = slice.length - slice.trimStart().length;
      const clean = tidy(slice);
      if (!/[\p{L}\p{N}]/u.test(clean)) continue;
      const from = start + leading;
      sentences.push({
        text: clean,
        raw: slice.slice(leading),
        ...block.at(from),
        scored: (block.kind !== 'heading' || headingScored) && !isLabel(clean),
        at: (index) => block.at(from + index),
      });
    }
  }
  return sentences;
}

/** Sentences of a short front-matter text (a title or summary) that starts at `line`, `col`. */
export function sentencesOfField(value: string, line: number, col: number, scored: boolean): Sentence[] {
  return splitSentences(value)
    .map(([start, end]): Sentence => {
      const slice = value.slice(start, end);
      const leading = slice.length - slice.trimStart().length;
      const from = col + start + leading;
      return {
        text: tidy(slice),
        raw: slice.slice(leading),
        line,
        col: from,
        scored,
        at: (index) => ({ line, col: from + index }),
      };
    })
    .filter((s) => s.text !== '');
}
