/**
 * The prose a reader sees in an MDX body, read from its one tree: one block of text per paragraph,
 * heading and table cell (a list item's paragraphs, a quote's, a footnote's and a <Callout>'s
 * included), in reading order, each able to say where any of its characters sits in the file. The
 * readability, abbreviation and small-number rules all read this, so they see exactly the words the
 * page shows.
 *
 * What is not prose: code blocks, images, {…}, bare web and email addresses (a link whose text is
 * its address), and phone numbers ("01632 960 420"), which are contact details rather than
 * sentences. Inline code and the words of a link are prose.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { ProseTree } from './pipeline.ts';

type Point = NonNullable<Nodes['position']>['start'];

export interface FilePosition {
  line: number;
  col: number;
}

export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'item' | 'cell';
  /** The text as shown, with characters that are not prose (phone numbers) replaced by spaces. */
  text: string;
  /** Where the character at `index` of `text` is written in the file. */
  at(index: number): FilePosition;
  /** For a table cell: which row of the body's tables it is in (counted from 0), so a row can be read as one. */
  row?: number;
}

// Phone numbers are contact details, not prose: "01632 960 420", "0800 1111".
const PHONE = /(?<![\w.,])\+?\d{3,}(?:[ -]\d{3,})+(?![\w.,]\d)/g;

/** What SmartyPants writes for the ASCII it replaces. */
const SMART: Readonly<Record<string, string>> = { '…': '...', '—': '---', '–': '--' };
const ENTITY = /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** Text being collected for one block, one file position per character. */
class Collector {
  text = '';
  readonly lines: number[] = [];
  readonly cols: number[] = [];

  /** One position for each UTF-16 unit, so indices into `text` find it (an emoji is two). */
  push(char: string, position: FilePosition): void {
    this.text += char;
    for (let k = 0; k < char.length; k++) {
      this.lines.push(position.line);
      this.cols.push(position.col);
    }
  }

  /**
   * Adds a node's value, matching each character to the node's source text: the source may hold
   * more (indentation of a continued line, `>` markers, backslash escapes, entities, backticks) or
   * write a character differently (an entity, "..." for "…"), and the positions follow it.
   */
  pushValue(value: string, source: string, start: Point): void {
    let j = 0;
    let line = start.line;
    let col = start.column;
    const step = (count: number): void => {
      for (let k = 0; k < count && j < source.length; k++, j++) {
        if (source[j] === '\n') {
          line++;
          col = 1;
        } else col++;
      }
    };
    for (const char of value) {
      while (j < source.length && source[j] !== char && /[\s>\\`]/.test(source[j]!)) step(1);
      this.push(char, { line, col });
      const smart = SMART[char];
      if (smart && source.startsWith(smart, j)) step(smart.length);
      else if (source[j] === '&' && ENTITY.test(source.slice(j))) step(ENTITY.exec(source.slice(j))![0].length);
      else step(char.length);
    }
  }
}

/** A link GFM made from a bare address: its text is the address as written. */
function isBareAddress(node: Nodes & { type: 'link' }): boolean {
  const child = node.children[0];
  return (
    node.children.length === 1 &&
    child?.type === 'text' &&
    child.position?.start.offset !== undefined &&
    child.position.start.offset === node.position?.start.offset
  );
}

function collectPhrasing(nodes: readonly PhrasingContent[], body: string, into: Collector): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const { start, end } = node.position ?? {};
        if (!start) break;
        const source =
          start.offset !== undefined && end?.offset !== undefined ? body.slice(start.offset, end.offset) : node.value;
        into.pushValue(node.value, source, start);
        break;
      }
      case 'break':
        if (node.position) into.push('\n', { line: node.position.start.line, col: node.position.start.column });
        break;
      case 'link':
        if (!isBareAddress(node)) collectPhrasing(node.children, body, into);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
      case 'mdxJsxTextElement':
        collectPhrasing(node.children as PhrasingContent[], body, into);
        break;
      default:
        // Images, footnote references, {…}, HTML: not words a reader reads in the sentence.
        break;
    }
  }
}

function blockOf(kind: ProseBlock['kind'], nodes: readonly PhrasingContent[], body: string): ProseBlock | undefined {
  const into = new Collector();
  collectPhrasing(nodes, body, into);
  if (into.text.trim() === '') return undefined;
  const text = into.text.replace(PHONE, (m) => ' '.repeat(m.length));
  const { lines, cols } = into;
  const last = lines.length - 1;
  return {
    kind,
    text,
    at: (index) => {
      const i = Math.max(0, Math.min(index, last));
      return { line: lines[i]!, col: cols[i]! };
    },
  };
}

/** The text of a component's attribute (title="…"), which the page shows, as a block of its own. */
function attributeBlock(
  attribute: Extract<RootContent, { type: 'mdxJsxFlowElement' }>['attributes'][number],
): ProseBlock | undefined {
  if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return undefined;
  const start = attribute.position?.start;
  if (!start || attribute.value.trim() === '') return undefined;
  const into = new Collector();
  // The value starts after the name, "=" and the opening quote.
  into.pushValue(attribute.value, attribute.value, { ...start, column: start.column + attribute.name.length + 2 });
  const { lines, cols } = into;
  return {
    kind: 'heading',
    text: into.text,
    at: (i) => ({
      line: lines[Math.max(0, Math.min(i, lines.length - 1))]!,
      col: cols[Math.max(0, Math.min(i, cols.length - 1))]!,
    }),
  };
}

/**
 * The body's prose blocks, in reading order. `body` is the text the tree was parsed from (its
 * offsets point into it), so every position can be traced to the character an editor wrote.
 */
export function proseBlocks(tree: ProseTree, body: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let rows = 0;
  const add = (block: ProseBlock | undefined): void => {
    if (block) blocks.push(block);
  };
  const walk = (nodes: readonly RootContent[], inItem: boolean): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          add(blockOf(inItem ? 'item' : 'paragraph', node.children, body));
          break;
        case 'heading':
          add(blockOf('heading', node.children, body));
          break;
        case 'table':
          for (const row of node.children) {
            const index = rows++;
            for (const cell of row.children) {
              const block = blockOf('cell', cell.children, body);
              add(block && { ...block, row: index });
            }
          }
          break;
        case 'list':
          walk(node.children, true);
          break;
        case 'mdxJsxFlowElement':
          // A component's title is shown above its text: read it as a heading.
          for (const attribute of node.attributes) add(attributeBlock(attribute));
          walk(node.children as RootContent[], inItem);
          break;
        case 'listItem':
        case 'blockquote':
        case 'footnoteDefinition':
          walk(node.children as RootContent[], inItem || node.type === 'listItem');
          break;
        default:
          // Code, images on their own, thematic breaks, definitions, {…}, import/export: not prose.
          break;
      }
    }
  };
  walk(tree.children, false);
  return blocks;
}

/**
 * The alternative text of every image in the body ("![Three children at the fun day](…)"), which
 * the page publishes in its alt attribute though no sentence holds it: one block each, at the
 * character after "![". Read by the rules that keep facts off the page, not by readability.
 */
export function imageTexts(tree: ProseTree): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'image' && node.alt && node.position) {
      const { line, column } = node.position.start;
      const alt = node.alt;
      // Alt text is one line as written; a position past its end stays on its last character.
      blocks.push({
        kind: 'paragraph',
        text: alt,
        at: (i) => ({ line, col: column + 2 + Math.min(i, alt.length - 1) }),
      });
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree as Nodes);
  return blocks;
}
