/**
 * The one reading of an MDX body. The loader parses each body here, once; the safety, readability,
 * small-number and abbreviation rules walk the tree it returns, and the pages render that same tree
 * (src/markdown/render.ts). So what the check passes is exactly what is published.
 *
 * The stack: remark-parse with remark-mdx (MDX syntax: JSX elements, `{…}` and import/export are
 * nodes the check can refuse, and raw HTML is never parsed as HTML) and remark-gfm (tables,
 * strikethrough, footnotes, bare addresses that become links). Then two transforms whose output
 * editors see: smart quotes and dashes (remark-smartypants, as Astro's Markdown had), and an id on
 * every heading (github-slugger, as Astro gives them), so the contents list and the headings agree.
 */
import Slugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import type {} from 'mdast-util-to-hast'; // its types add hProperties to mdast's data
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';

/**
 * An MDX body's tree: mdast, plain JSON. Lines and columns count in the whole file (front matter
 * included), so a rule reports them as they are; offsets count in the body, so a rule can find a
 * node's own text in it.
 */
export type ProseTree = Root;

// A single "~" stays a tilde ("~30 children"); "~~this~~" is struck through.
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm, { singleTilde: false })
  .use(remarkSmartypants);

export interface ParseError {
  line: number;
  column: number;
  reason: string;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/**
 * Lines count from the start of the file, and the tree holds nothing but plain data: the
 * JavaScript syntax trees remark-mdx attaches to `{…}` and import/export are dropped (the check
 * refuses those nodes anyway, and they are class instances that could not be stored as JSON).
 */
function settle(tree: Root, bodyLine: number): void {
  walk(tree, (node) => {
    if (node.position) {
      node.position.start.line += bodyLine - 1;
      node.position.end.line += bodyLine - 1;
    }
    if (node.data && 'estree' in node.data) delete node.data.estree;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (typeof attribute.value === 'object' && attribute.value?.data) delete attribute.value.data.estree;
        if (attribute.type === 'mdxJsxExpressionAttribute' && attribute.data) delete attribute.data.estree;
        if (attribute.position) {
          attribute.position.start.line += bodyLine - 1;
          attribute.position.end.line += bodyLine - 1;
        }
      }
    }
  });
}

/** The text of a heading as Astro slugs it: every text inside it, image descriptions left out. */
export const headingText = (heading: Heading): string => toString(heading, { includeImageAlt: false });

function addHeadingIds(tree: Root): void {
  const slugger = new Slugger();
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: slugger.slug(headingText(node)) } };
  });
}

/** Parses an MDX body (which starts on line `bodyLine` of its file) into its tree, or says where and why it cannot be read. */
export function parseProse(body: string, bodyLine = 1): ProseTree | ParseError {
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(body)) as Root;
  } catch (error) {
    const { place, reason } = error as {
      place?: { line: number; column: number } | { start: { line: number; column: number } };
      reason?: string;
    };
    const point = place && 'start' in place ? place.start : place;
    return {
      line: (point?.line ?? 1) + bodyLine - 1,
      column: point?.column ?? 1,
      reason: reason ?? String(error),
    };
  }
  settle(tree, bodyLine);
  addHeadingIds(tree);
  return tree;
}

export const isParseError = (result: ProseTree | ParseError): result is ParseError => 'reason' in result;
