/**
 * Reads one content file into plain data, keeping the YAML document so that any later problem,
 * found by the schemas or by the cross-reference rules, can be pinned to its line and column.
 * YAML 1.2 only (`no` stays the word "no"), duplicate keys are errors, and what content never
 * needs (aliases, tags, directives, deep nesting, hidden characters) is refused: yaml-checks.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { findHiddenCharacter } from './hidden-characters.ts';
import { isStackOverflow, tagMessage, TOO_DEEP, tooDeepFlowOffset, yamlTreeProblems } from './yaml-checks.ts';
import { isParseError, parseProse, type ParseError, type ProseTree } from '../markdown/pipeline.ts';
import { digestOf, type ParseCache } from './parse-cache.ts';
import type { Problem } from './problems.ts';

export type PathSegment = string | number;

export interface Position {
  line: number;
  col: number;
}

export interface SourceFile {
  /** Path shown to editors, such as `content/roles.yaml`. */
  file: string;
  /** The parsed data, or undefined when the file could not be read as YAML. */
  data: unknown;
  /** The file's text as read (after its byte order mark), or undefined when it could not be read. */
  text?: string;
  /** With a parse cache: the text's digest, which names everything the cache keeps about this file. */
  digest?: string;
  /** For MDX: the prose under the front matter. */
  body: string;
  /** For MDX: the line the body starts on. */
  bodyLine: number;
  /** For MDX: the body's one reading, which every rule and the renderer use (src/markdown/pipeline.ts). */
  tree?: ProseTree;
  /** For MDX: why the body could not be read, reported by the mdx-safety rule. */
  treeError?: ParseError;
  problems: Problem[];
  /** Where the value at `path` starts, or the nearest enclosing value that exists. */
  locate(path: readonly PathSegment[]): Position;
  /** Where the key `key` of the map at `path` is written. */
  locateKey(path: readonly PathSegment[], key: string): Position;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function decode(bytes: Buffer): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'the file is saved as UTF-16: save it as UTF-8 instead (in VS Code: "Save with Encoding")' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    return { problem: 'the file is not UTF-8 text: save it as UTF-8 (in VS Code: "Save with Encoding")' };
  }
}

/**
 * Content files are prose and tables, a few kilobytes each. A file over 1 MiB is a mistake (a pasted
 * export, a generated file) and would slow every build and page, so it is refused before parsing.
 */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_CONTENT_FILE_BYTES) return undefined;
  return `the file is ${(bytes / MAX_CONTENT_FILE_BYTES).toFixed(1)} MB; content files are at most 1 MB: split it into smaller files or remove what does not belong`;
}

/**
 * Characters that must not be published (hidden-characters.ts says which and why) arrive by copying
 * from other programs. Tabs and line breaks are the only invisible ones content needs.
 */
function hiddenCharacter(text: string): { pos: Position; message: string } | undefined {
  const hidden = findHiddenCharacter(text);
  if (!hidden) return undefined;
  const before = text.slice(0, hidden.index).split('\n');
  const advice =
    text[hidden.index] === '\r'
      ? 'delete it, or save the file with LF line endings'
      : 'delete it (retype the text around it if you cannot see it)';
  return {
    pos: { line: before.length, col: before.at(-1)!.length + 1 },
    message: `the file contains ${hidden.what} (${hidden.code})${hidden.why}: ${advice}`,
  };
}

/** Line numbers (from 1) whose indentation contains a tab. */
function tabIndentedLines(source: string): number[] {
  return source.split('\n').flatMap((text, i) => (/^ *\t/.test(text) ? [i + 1] : []));
}

/** What an unclosed bracket or quote is called, and how to close it. */
const UNCLOSED: { test: RegExp; opener: string; what: string; close: string }[] = [
  {
    test: /^Flow sequence .* end with a \]/,
    opener: '[',
    what: 'a list started with "["',
    close: 'end it with "]" on the same line',
  },
  {
    test: /^Flow map .* end with a \}/,
    opener: '{',
    what: 'a set of fields started with "{"',
    close: 'end it with "}" on the same line',
  },
  {
    test: /^Missing closing "quote/,
    opener: '"',
    what: 'text started with a double quote (")',
    close: 'put another " where the text ends',
  },
  {
    test: /^Missing closing 'quote/,
    opener: "'",
    what: "text started with a single quote (')",
    close: "put another ' where the text ends (write '' for an apostrophe inside it)",
  },
];

/**
 * Explains yaml's own error codes in words an editor can act on, at the place the mistake is: an
 * unclosed bracket or quote is reported where it opens (yaml notices it lines later).
 */
function explainYamlError(
  code: string,
  message: string,
  source: string,
  offset: number,
): { offset: number; message: string } {
  if (code === 'MULTIPLE_DOCS') {
    return {
      offset,
      message:
        'a second YAML document starts here ("---" or "..." on its own line ends the first): a content file holds one, so delete this line, or move what follows into a file of its own',
    };
  }
  if (isStackOverflow(message)) return { offset: tooDeepFlowOffset(source) ?? offset, message: TOO_DEEP };
  if (code === 'TAG_RESOLVE_FAILED')
    return { offset, message: tagMessage(/^!\S*/.exec(source.slice(offset))?.[0] ?? '!') };
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^\s:#]+/.exec(source.slice(offset))?.[0] ?? 'a key';
    return { offset, message: `the field "${key}" appears twice in the same block: keep only one` };
  }
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
  const unclosed = UNCLOSED.find((u) => u.test.test(first));
  const opened = unclosed ? source.lastIndexOf(unclosed.opener, offset - 1) : -1;
  if (unclosed && opened >= 0) {
    return {
      offset: opened,
      message: `YAML syntax error: ${unclosed.what} is not closed: ${unclosed.close}`,
    };
  }
  const hint =
    code === 'BAD_INDENT' || code === 'MISSING_CHAR' || code === 'UNEXPECTED_TOKEN' || code === 'BLOCK_AS_IMPLICIT_KEY'
      ? ' (check the indentation, and put text that contains ": " or starts with a symbol in quotes)'
      : '';
  return { offset, message: `YAML syntax error: ${first}${hint}` };
}

/** A file that was not read (a symbolic link, for example): no data, every place its first line. */
export function unreadSource(shownPath: string): SourceFile {
  return {
    file: shownPath,
    data: undefined,
    body: '',
    bodyLine: 1,
    problems: [],
    locate: () => ({ line: 1, col: 1 }),
    locateKey: () => ({ line: 1, col: 1 }),
  };
}

const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2' } as const;

/** One reading of a file's YAML, with where each offset is in the file (front matter starts on line 2). */
interface YamlReading {
  doc: Document;
  position: (offset: number) => Position;
}

function parseYaml(source: string, lineOffset: number): YamlReading {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, ...YAML_OPTIONS });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, col };
  };
  return { doc, position };
}

/**
 * `purpose` completes messages about an empty file: "the file is empty: it should hold …".
 * With a cache (parse-cache.ts), a YAML file read before without a problem takes its data from it,
 * and an MDX body read before takes its tree.
 */
export function readSourceFile(
  absolutePath: string,
  shownPath: string,
  kind: 'yaml' | 'mdx',
  purpose = 'content',
  cache?: ParseCache,
): SourceFile {
  const problems: Problem[] = [];
  const at = (pos: Position, message: string): void => {
    problems.push({ file: shownPath, line: pos.line, col: pos.col, message, severity: 'error' });
  };
  const result: SourceFile = { ...unreadSource(shownPath), problems };

  const tooBig = sizeProblem(statSync(absolutePath).size);
  if (tooBig) {
    at({ line: 1, col: 1 }, tooBig);
    return result;
  }
  const decoded = decode(readFileSync(absolutePath));
  if ('problem' in decoded) {
    at({ line: 1, col: 1 }, decoded.problem);
    return result;
  }
  result.text = decoded.text;
  if (cache) result.digest = digestOf(decoded.text);
  const hidden = hiddenCharacter(decoded.text);
  if (hidden) {
    at(hidden.pos, hidden.message);
    return result;
  }
  let source = decoded.text;
  let lineOffset = 0;

  if (kind === 'mdx') {
    const match = FRONT_MATTER.exec(source);
    if (!match) {
      at(
        { line: 1, col: 1 },
        'this page has no front matter: start the file with a line "---", the page\'s fields (such as title: …), then another "---"',
      );
      return result;
    }
    source = match[1] ?? '';
    lineOffset = 1;
    result.body = decoded.text.slice(match[0].length);
    result.bodyLine = match[0].split('\n').length;
    // A body read before comes from the cache with its tree (positions included), under the
    // digest of the whole file, which fixes the body and the line it starts on.
    const key = `mdx body\n${result.digest}`;
    const cachedTree = cache?.get(key) as ProseTree | undefined;
    const prose = cachedTree ?? parseProse(result.body, result.bodyLine);
    if (isParseError(prose)) result.treeError = prose;
    else {
      result.tree = prose;
      if (!cachedTree) cache?.set(key, prose);
    }
  }

  if (source.trim() === '') {
    at(
      { line: 1, col: 1 },
      kind === 'mdx'
        ? "the front matter is empty: add the page's fields"
        : `the file is empty: it should hold ${purpose}`,
    );
    return result;
  }

  // The YAML (or the front matter) of the whole file's text, as it was read last time.
  const dataKey = `${kind} data\n${result.digest}`;
  if (cache?.has(dataKey)) {
    // Read from the cache only when asked for: a file whose validated data is in the cache too
    // (load-content.ts) is seldom asked for its YAML as written.
    let data: unknown;
    let known = false;
    Object.defineProperty(result, 'data', {
      enumerable: true,
      get: () => {
        if (!known) [data, known] = [cache.get(dataKey), true];
        return data;
      },
      set: (value: unknown) => void ([data, known] = [value, true]),
    });
    // Positions only when a rule reports a problem here: the same text, parsed the same way again.
    let again: YamlReading | undefined;
    const read = (): YamlReading => {
      if (!again) cache.reread(shownPath);
      return (again ??= parseYaml(source, lineOffset));
    };
    return Object.assign(result, rememberedLocators(locators(read), cache, `${kind} positions\n${result.digest}`));
  }

  const reading = parseYaml(source, lineOffset);
  const { doc, position } = reading;

  const tabbed = doc.errors.length > 0 ? tabIndentedLines(source) : [];
  // A tab in the indentation throws the parser off for the rest of the file: say only that.
  for (const line of tabbed) {
    at({ line: line + lineOffset, col: 1 }, 'this line is indented with a tab: YAML needs spaces (two for each level)');
  }
  // One mistake throws the parser off for what follows it, and it then reports the same mistake
  // several times over, in its own terms: say only the first, which is where the mistake is.
  const firstError = doc.errors[0];
  if (tabbed.length === 0 && firstError) {
    const explained = explainYamlError(firstError.code, firstError.message, source, firstError.pos[0]);
    at(position(explained.offset), explained.message);
  }
  if (doc.errors.length > 0) return result;

  const refused = yamlTreeProblems(doc, source);
  for (const problem of refused) at(position(problem.offset), problem.message);
  if (refused.length > 0) return result;

  result.data = doc.toJS({ maxAliasCount: 0 });
  if (result.data === null || result.data === undefined) {
    at(
      { line: 1 + lineOffset, col: 1 },
      `the file holds no data, only comments or blank lines: it should hold ${purpose}`,
    );
    result.data = undefined;
    return result;
  }
  cache?.set(dataKey, result.data);
  return Object.assign(
    result,
    locators(() => reading),
  );
}

/**
 * A cached file's positions, kept in the cache under its text once that reading gave them: a rule
 * that reports the same problem run after run (a stale action) then needs no second reading of a
 * file that has not changed. Each position is still the one the file's reading gave.
 */
function rememberedLocators(
  found: Pick<SourceFile, 'locate' | 'locateKey'>,
  cache: ParseCache,
  key: string,
): Pick<SourceFile, 'locate' | 'locateKey'> {
  // Read from the cache when a first position is asked for: most files are asked for none.
  let positions: Map<string, Position> | undefined;
  const remember = (id: string, find: () => Position): Position => {
    const known = (positions ??= (cache.get(key) as Map<string, Position> | undefined) ?? new Map<string, Position>());
    const kept = known.get(id);
    if (kept) return { ...kept };
    const position = find();
    known.set(id, { ...position });
    cache.set(key, known);
    return position;
  };
  return {
    locate: (path) => remember(JSON.stringify(path), () => found.locate(path)),
    locateKey: (path, name) => remember(JSON.stringify([path, name]), () => found.locateKey(path, name)),
  };
}

/** Where values and keys are, from one reading of the file (made when first asked for, if `read` makes it). */
function locators(read: () => YamlReading): Pick<SourceFile, 'locate' | 'locateKey'> {
  return {
    locate: (path) => locateIn(read().doc, path, read().position),
    locateKey: (path, key) =>
      locateKeyIn(read().doc, path, key, read().position) ?? locateIn(read().doc, path, read().position),
  };
}

function locateIn(doc: Document, path: readonly PathSegment[], position: (offset: number) => Position): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return position(node.range[0]);
  }
  return { line: 1, col: 1 };
}

function locateKeyIn(
  doc: Document,
  path: readonly PathSegment[],
  key: string,
  position: (offset: number) => Position,
): Position | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
      return position(pair.key.range[0]);
    }
  }
  return undefined;
}
