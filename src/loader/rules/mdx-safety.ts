/**
 * MDX is code: `import`/`export`, `{…}` expressions and JSX elements all run during the build. Content
 * comes from pull requests, so MDX under content/ may hold Markdown only, plus the components the
 * project provides (src/loader/mdx-components.ts). Links must be web, mail, phone or on-site
 * addresses, never `javascript:` or `data:`. Every refusal names the file, line and column and says
 * how to write the same thing safely. A syntax error is reported the same way instead of crashing.
 */
import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LoadedFiles } from '../types.ts';
import { MDX_COMPONENTS } from '../mdx-components.ts';
import type { Problem } from '../problems.ts';
import type { SourceFile } from '../source-file.ts';
import { didYouMean } from '../suggest.ts';
import type { ContentRule } from '../types.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

interface Point {
  line: number;
  column: number;
}

const NO_CODE = 'MDX content cannot run code';

function componentList(): string {
  return MDX_COMPONENTS.length === 0
    ? 'the site offers no components yet'
    : `the site's components are ${MDX_COMPONENTS.map((n) => `<${n}>`).join(', ')}`;
}

/** Why a link address is refused, or undefined when it is safe to publish. */
export function unsafeUrlProblem(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so do the same.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this strips
  const bare = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (bare.startsWith('//') || bare.startsWith('/\\')) {
    return `the link "${url}" leaves the site without saying so: write the full https:// address`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(bare)?.[1];
  if (scheme === undefined || scheme === 'https' || scheme === 'mailto' || scheme === 'tel') return undefined;
  if (scheme === 'http') return `the link "${url}" is not secure: use its https:// address`;
  return `a link cannot start with "${scheme}:": write an https:// address, a page on this site starting with /, or mailto:`;
}

function messageFor(node: Nodes): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return `${NO_CODE}: remove this import or export line (the site's components need no import)`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // A comment, {/* like this */}, compiles to nothing: the one expression that runs no code.
      if (/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value)) return undefined;
      return `${NO_CODE}: { } holds JavaScript in MDX. Write the text without braces, or write \\{ and \\} to show the braces themselves`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name;
      if (name === null) return `${NO_CODE}: remove the empty element <></>`;
      if (MDX_COMPONENTS.includes(name)) {
        return node.attributes.some(
          (a) => a.type === 'mdxJsxExpressionAttribute' || (typeof a.value === 'object' && a.value !== null),
        )
          ? `${NO_CODE}: the attributes of <${name}> must be plain text in quotes, such as title="Your rights"`
          : undefined;
      }
      if (/^[a-z]/.test(name)) {
        return `HTML such as <${name}> is not allowed in content: write Markdown instead (## for a heading, - for a list, [text](https://…) for a link). To show a "<" itself, write \\<`;
      }
      return `unknown component <${name}>: ${componentList()}.${didYouMean(name, MDX_COMPONENTS)} Remove it and write Markdown instead`;
    }
    case 'html':
      return 'HTML is not allowed in content: write Markdown instead';
    case 'link':
    case 'definition':
      return unsafeUrlProblem(node.url);
    case 'image':
    case 'imageReference':
      return node.type === 'image' && /^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.url)
        ? `the image "${node.url}" is not on this site: put the file under public/ and write its path, such as /images/${node.url.split('/').pop()}`
        : undefined;
    default:
      return undefined;
  }
}

function walk(node: Nodes, visit: (node: Nodes) => boolean): void {
  if (!visit(node)) return;
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Problems in one MDX body, with positions in the whole file. */
export function mdxBodyProblems(source: Pick<SourceFile, 'file' | 'body' | 'bodyLine'>): Problem[] {
  const problems: Problem[] = [];
  const at = (point: Point | undefined, message: string): void => {
    problems.push({
      file: source.file,
      line: (point?.line ?? 1) + source.bodyLine - 1,
      col: point?.column ?? 1,
      message,
      severity: 'error',
    });
  };
  let tree: Root;
  try {
    tree = parser.parse(source.body);
  } catch (error) {
    const { place, reason } = error as { place?: Point | { start: Point }; reason?: string };
    const point = place && 'start' in place ? place.start : place;
    at(
      point,
      `MDX syntax error: ${(reason ?? String(error)).replace(/\.$/, '')}. In MDX, < and { start code: write \\< or \\{ to show the character itself`,
    );
    return problems;
  }
  walk(tree, (node) => {
    const message = messageFor(node);
    if (message) at(node.position?.start, message);
    // An element or expression that was refused is reported once, not once per child.
    return message === undefined;
  });
  return problems;
}

export const mdxSafety: ContentRule['run'] = (files: LoadedFiles) =>
  [...files.strategy, ...files.annualReports, ...files.youngPeople].flatMap((f) => mdxBodyProblems(f.source));
