/**
 * MDX is code: `import`/`export`, `{…}` expressions and JSX elements all run during the build. Content
 * comes from pull requests, so MDX under content/ may hold Markdown only, plus the components the
 * project provides (src/loader/mdx-components.ts). Links must be web, mail, phone or on-site
 * addresses, never `javascript:` or `data:`; images must be files on this site. Every refusal names
 * the file, line and column and says how to write the same thing safely.
 *
 * The rule walks the body's one tree (src/markdown/pipeline.ts), the same tree the pages render, with
 * GFM: so it sees every link the page will have, including bare addresses that GFM turns into links
 * and reference-style links and images, which resolve through their definitions.
 *
 * Comments, {/* … *\/}, are refused too. Their inside is not Markdown, so no check can read it, and
 * any tool that renders the file as plain Markdown (as this site once did) publishes it: a hidden
 * `<meta http-equiv="refresh">` redirected visitors that way. Notes for editors go in the front
 * matter, as YAML comments, where every example file already keeps them.
 */
import type { Definition, Nodes, Root } from 'mdast';
import { deceptionProblem, readProseAddress } from '../../lib/addresses.ts';
import { isParseError, parseProse, type ParseError, type ProseTree } from '../../markdown/pipeline.ts';
import { isMdxComponent, MDX_COMPONENT_SPECS, MDX_COMPONENTS } from '../mdx-components.ts';
import type { Problem } from '../problems.ts';
import type { SourceFile } from '../source-file.ts';
import { didYouMean } from '../suggest.ts';
import type { ContentRule, LoadedFiles } from '../types.ts';

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const NO_CODE = 'MDX content cannot run code';
const NOTES_GO_IN_FRONT_MATTER = 'a note for editors goes in the front matter, on a line starting with #';

function componentList(): string {
  return MDX_COMPONENTS.length === 0
    ? 'the site offers no components yet'
    : `the site's components are ${MDX_COMPONENTS.map((n) => `<${n}>`).join(', ')}`;
}

/** An address as a message shows it: a tab or line break inside it is written \t or \n, so the message stays one line. */
function shown(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this makes visible
  return url.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\t'
      ? '\\t'
      : c === '\n'
        ? '\\n'
        : c === '\r'
          ? '\\r'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Why a link address is refused, or undefined when it is safe to publish (read by src/lib/addresses.ts). */
export function unsafeUrlProblem(rawUrl: string): string | undefined {
  const address = readProseAddress(rawUrl);
  const url = shown(rawUrl);
  switch (address.kind) {
    case 'site':
    case 'https':
    case 'mailto':
    case 'tel':
      return undefined;
    case 'protocol-relative':
      return `the link "${url}" leaves the site without saying so: write the full https:// address`;
    case 'http':
      return `the link "${url}" is not secure: use its https:// address`;
    case 'scheme':
      return `a link cannot start with "${address.scheme}:": write an https:// address, a page on this site starting with /, or mailto:`;
    case 'name-before-at':
    case 'disguised-host':
      return deceptionProblem(`"${url}"`, address)?.replace(/^the address/, 'the link');
    case 'unreadable':
      return `the link "${url}" is not an address browsers can read: write the full https:// address of the page, such as https://www.gov.uk/`;
  }
}

/** Why an image address is refused: any image not on this site tells another site who reads the page. */
export function unsafeImageProblem(rawUrl: string): string | undefined {
  if (readProseAddress(rawUrl).kind === 'site') return undefined;
  const last =
    rawUrl
      .split(/[/\\]/)
      .pop()
      ?.replace(/[?#].*$/, '') ?? '';
  const file = /^[\w.-]+\.[a-z0-9]+$/i.test(last) ? last : 'picture.png';
  return `the image "${shown(rawUrl)}" is not on this site: put the file under public/ and write its path, such as /images/${file}`;
}

/** A bare address that GFM turned into a link: the link's own text is the address as written. */
function isBareAddress(node: Nodes & { type: 'link' }): boolean {
  const child = node.children[0];
  return (
    node.children.length === 1 &&
    child?.type === 'text' &&
    child.position?.start.offset !== undefined &&
    child.position.start.offset === node.position?.start.offset
  );
}

function bareAddressProblem(node: Nodes & { type: 'link' }): string | undefined {
  const written = node.children[0]?.type === 'text' ? node.children[0].value : node.url;
  const kind = readProseAddress(node.url).kind;
  if (kind !== 'http') return unsafeUrlProblem(node.url);
  const secure = node.url.replace(/^http:/i, 'https:');
  return `the address "${written}" becomes a link that is not secure: write it as [words that say where it goes](${secure})`;
}

function elementProblem(node: JsxElement, parent: Nodes | undefined): string | undefined {
  const name = node.name;
  if (name === null) return `${NO_CODE}: remove the empty element <></>`;
  if (isMdxComponent(name)) {
    const allowed: readonly string[] = MDX_COMPONENT_SPECS[name].attributes;
    for (const attribute of node.attributes) {
      if (
        attribute.type === 'mdxJsxExpressionAttribute' ||
        (typeof attribute.value === 'object' && attribute.value !== null)
      ) {
        return `${NO_CODE}: the attributes of <${name}> must be plain text in quotes, such as title="Your rights"`;
      }
      if (!allowed.includes(attribute.name)) {
        const offered =
          allowed.length === 0 ? 'it takes none' : `it takes ${allowed.map((a) => `${a}="…"`).join(', ')}`;
        return `<${name}> has no attribute "${attribute.name}": ${offered}.${didYouMean(attribute.name, allowed)}`.trimEnd();
      }
      if (attribute.value === null || attribute.value === undefined) {
        return `the attribute ${attribute.name} of <${name}> needs a value in quotes, such as ${attribute.name}="Your rights"`;
      }
    }
    // Inside a sentence a box would break the paragraph in two: it must stand on its own lines.
    if (node.type === 'mdxJsxTextElement' && !(parent?.type === 'paragraph' && parent.children.length === 1)) {
      return `<${name}> is ${MDX_COMPONENT_SPECS[name].purpose}: start it on a line of its own, not inside a sentence`;
    }
    return undefined;
  }
  if (/^[a-z]/.test(name)) {
    return `HTML such as <${name}> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<`;
  }
  return `unknown component <${name}>: ${componentList()}.${didYouMean(name, MDX_COMPONENTS)} Remove it and write Markdown instead`;
}

interface Definitions {
  byLabel: ReadonlyMap<string, Definition>;
  /** Labels that images use and links do not. */
  onlyImages: ReadonlySet<string>;
}

function messageFor(node: Nodes, parent: Nodes | undefined, definitions: Definitions): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return `${NO_CODE}: remove this import or export line (the site's components need no import)`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value)) {
        return `comments ({/* … */}) are not allowed in content, because the check cannot see what they hide: ${NOTES_GO_IN_FRONT_MATTER}`;
      }
      return `${NO_CODE}: { } holds JavaScript in MDX. Write the text without braces, or write \\{ and \\} to show the braces themselves`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblem(node, parent);
    case 'html':
      return 'HTML is not allowed in content: write Markdown instead';
    case 'link':
      return isBareAddress(node) ? bareAddressProblem(node) : unsafeUrlProblem(node.url);
    case 'definition':
      // A definition only images use is reported where the image is, with the image's message.
      return definitions.onlyImages.has(node.identifier) ? undefined : unsafeUrlProblem(node.url);
    case 'image':
      return unsafeImageProblem(node.url);
    case 'imageReference': {
      const definition = definitions.byLabel.get(node.identifier);
      return definition ? unsafeImageProblem(definition.url) : undefined;
    }
    default:
      return undefined;
  }
}

function definitionsIn(tree: Root): Definitions {
  const byLabel = new Map<string, Definition>();
  const byImages = new Set<string>();
  const byLinks = new Set<string>();
  const walk = (node: Nodes): void => {
    // The first definition of a label is the one Markdown uses.
    if (node.type === 'definition' && !byLabel.has(node.identifier)) byLabel.set(node.identifier, node);
    if (node.type === 'imageReference') byImages.add(node.identifier);
    if (node.type === 'linkReference') byLinks.add(node.identifier);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return { byLabel, onlyImages: new Set([...byImages].filter((label) => !byLinks.has(label))) };
}

/** The message for a body that cannot be read as MDX. */
function syntaxErrorMessage(reason: string): string {
  // MDX suggests {/* … */} for an HTML comment; content allows neither.
  if (reason.includes('to create a comment in MDX')) {
    return `HTML comments (<!-- … -->) are not allowed in content: ${NOTES_GO_IN_FRONT_MATTER}`;
  }
  if (reason.includes('to create a link in MDX')) {
    return 'MDX syntax error: in MDX, "<" starts an element, so <address> is not a link: write [words that say where it goes](https://…), or \\< to show the character itself';
  }
  return `MDX syntax error: ${reason.replace(/\.$/, '')}. In MDX, < and { start code: write \\< or \\{ to show the character itself`;
}

/** Problems in one MDX body's tree (or its syntax error), with positions in the whole file. */
export function mdxTreeProblems(file: string, tree: ProseTree | undefined, error: ParseError | undefined): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number, col: number, message: string): void => {
    problems.push({ file, line, col, message, severity: 'error' });
  };
  if (error) {
    // An HTML comment is reported at its "!"; the editor wrote "<!--" one column before.
    const comment = error.reason.includes('to create a comment in MDX');
    at(error.line, comment ? Math.max(1, error.column - 1) : error.column, syntaxErrorMessage(error.reason));
    return problems;
  }
  if (!tree) return problems;
  const definitions = definitionsIn(tree);
  const walk = (node: Nodes, parent: Nodes | undefined): void => {
    const message = messageFor(node, parent, definitions);
    if (message) {
      at(node.position?.start.line ?? 1, node.position?.start.column ?? 1, message);
      // An element or expression that was refused is reported once, not once per child.
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child, node);
  };
  walk(tree, undefined);
  return problems;
}

/** Problems in one MDX body given as text (for tests and tools): parsed, then checked. */
export function mdxBodyProblems(source: Pick<SourceFile, 'file' | 'body' | 'bodyLine'>): Problem[] {
  const prose = parseProse(source.body, source.bodyLine);
  return isParseError(prose)
    ? mdxTreeProblems(source.file, undefined, prose)
    : mdxTreeProblems(source.file, prose, undefined);
}

export const mdxSafety: ContentRule['run'] = (files: LoadedFiles) =>
  [...files.strategy, ...files.annualReports, ...files.youngPeople].flatMap((f) =>
    mdxTreeProblems(f.source.file, f.source.tree, f.source.treeError),
  );
