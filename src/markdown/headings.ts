/**
 * A page's headings and sections, read from its tree: the contents list links to the same ids the
 * rendered headings carry (given once, by the pipeline), and a page can place its own content at
 * the end of one section.
 */
import type { Heading, RootContent } from 'mdast';
import { headingText, type ProseTree } from './pipeline.ts';

export interface ProseHeading {
  depth: number;
  /** The heading's id on the page. */
  slug: string;
  text: string;
}

const idOf = (heading: Heading): string => String(heading.data?.hProperties?.['id'] ?? '');

/** The body's headings, in order. */
export function headingsOf(tree: ProseTree): ProseHeading[] {
  const found: ProseHeading[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') found.push({ depth: node.depth, slug: idOf(node), text: headingText(node) });
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return found;
}

/**
 * The body cut at the end of the section whose level-2 heading has the id `slug` (just before the
 * next level-2 heading), or undefined when there is no such section.
 */
export function splitAfterSection(tree: ProseTree, slug: string): { before: ProseTree; after: ProseTree } | undefined {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && idOf(n) === slug);
  if (start < 0) return undefined;
  const next = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth === 2);
  const at = next < 0 ? tree.children.length : next;
  return {
    before: { ...tree, children: tree.children.slice(0, at) },
    after: { ...tree, children: tree.children.slice(at) },
  };
}
