/**
 * Renders an MDX body's tree (the one the loader parsed and checked) to HTML at build time: mdast to
 * hast to HTML, with raw HTML off, as a second line of defence behind the check. Nothing in the tree
 * is compiled or run: the project's components become their own markup (src/markdown/components.ts),
 * and anything the check should have refused (an expression, an import, HTML, an element that is
 * not a component, a link or image the check would refuse) stops the build instead of being published.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Paragraph } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { isMdxComponent } from '../loader/mdx-components.ts';
import { isSafeImage, isSafeLink } from '../lib/addresses.ts';
import { COMPONENT_MARKUP } from './components.ts';
import type { ProseTree } from './pipeline.ts';

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** Thrown when a tree holds what the content check refuses: the check did not run, or has a gap. */
export class UnsafeProseError extends Error {
  constructor(
    node: { type: string; position?: { start: { line: number; column: number } } | undefined },
    what: string,
  ) {
    const at = node.position ? ` at line ${node.position.start.line}, column ${node.position.start.column}` : '';
    super(`Refusing to publish ${what}${at}: run npm run check, which says how to write it safely`);
    this.name = 'UnsafeProseError';
  }
}

function component(state: State, node: JsxElement, children: ElementContent[]): Element {
  if (node.name === null || !isMdxComponent(node.name))
    throw new UnsafeProseError(node, `the element <${node.name ?? ''}>`);
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      throw new UnsafeProseError(node, `an attribute of <${node.name}> that is not plain text`);
    }
    attributes[attribute.name] = attribute.value;
  }
  const result = COMPONENT_MARKUP[node.name](attributes, children);
  state.patch(node, result);
  return result;
}

const refuse =
  (what: string): Handler =>
  (_state, node) => {
    throw new UnsafeProseError(node, what);
  };

const handlers: Partial<Record<string, Handler>> = {
  mdxJsxFlowElement: (state, node: JsxElement) => component(state, node, state.wrap(state.all(node), true)),
  // A component written on one line is a paragraph holding only that element: it stands alone as a box.
  paragraph: (state, node: Paragraph) => {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type === 'mdxJsxTextElement') {
      const inner: Element = { type: 'element', tagName: 'p', properties: {}, children: state.all(only) };
      return component(state, only, [inner]);
    }
    const result: Element = { type: 'element', tagName: 'p', properties: {}, children: state.all(node) };
    state.patch(node, result);
    return state.applyData(node, result);
  },
  mdxJsxTextElement: (_state, node: JsxElement) => {
    if (node.name !== null && isMdxComponent(node.name))
      throw new UnsafeProseError(node, `<${node.name}> inside a sentence`);
    throw new UnsafeProseError(node, `the element <${node.name ?? ''}>`);
  },
  mdxFlowExpression: refuse('a {…} expression or comment'),
  mdxTextExpression: refuse('a {…} expression or comment'),
  mdxjsEsm: refuse('an import or export'),
  html: refuse('HTML'),
};

/** Every address as the tree holds it, read as the check reads it (as written and as published). */
function guardWrittenAddresses(node: Nodes): void {
  if ((node.type === 'link' || node.type === 'definition') && !isSafeLink(node.url)) {
    throw new UnsafeProseError(node, `the link "${node.url}"`);
  }
  if (node.type === 'image' && !isSafeImage(node.url)) throw new UnsafeProseError(node, `the image "${node.url}"`);
  if ('children' in node) for (const child of node.children) guardWrittenAddresses(child);
}

/** Every link and image in the finished HTML, whichever Markdown wrote it (inline, reference, bare). */
function guardAddresses(node: HastNodes): void {
  if (node.type === 'element') {
    const { href, src } = node.properties;
    if (typeof href === 'string' && !isSafeLink(href)) throw new UnsafeProseError(node, `the link "${href}"`);
    if (src !== undefined && (typeof src !== 'string' || !isSafeImage(src))) {
      throw new UnsafeProseError(node, `the image "${String(src)}"`);
    }
  }
  if ('children' in node) for (const child of node.children) guardAddresses(child);
}

/** The body as hast, for steps that work on the elements before they are written out. */
export function proseToHast(tree: ProseTree): HastRoot {
  guardWrittenAddresses(tree);
  const hast = toHast(tree, {
    allowDangerousHtml: false,
    handlers,
    unknownHandler: refuse('an unknown kind of Markdown'),
  }) as HastRoot;
  guardAddresses(hast);
  return hast;
}

/** The body as HTML. */
export function renderProse(tree: ProseTree): string {
  return toHtml(proseToHast(tree), { allowDangerousHtml: false });
}
