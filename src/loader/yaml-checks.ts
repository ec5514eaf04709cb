/**
 * What a parsed YAML document may not hold, before it is turned into data. Content is plain text,
 * numbers, lists and blocks of fields, so anything beyond those is refused by name:
 * - aliases (*name): content never needs them, and refusing them rules out alias bombs;
 * - tags (!!js/function, !!binary, !!python/object, !custom…): other YAML readers would build
 *   objects or run code from them, and this one would silently keep the words as text;
 * - directives (%YAML 1.1 would make "no" mean false, %TAG would rename tags);
 * - nesting deeper than content ever needs, which would exhaust the stack of whatever reads it next;
 * - hidden characters written as escapes ("\e", "\u202E"), which the scan of the file's bytes
 *   cannot see (hidden-characters.ts says which and why).
 */
import { CST, isCollection, isScalar, Lexer, visit, type Document } from 'yaml';
import { findHiddenCharacter } from './hidden-characters.ts';

export interface YamlProblem {
  /** Offset in the YAML source. */
  offset: number;
  message: string;
}

/** The deepest content needs about 6 levels (an action's update's text); 20 leaves room. */
export const MAX_YAML_DEPTH = 20;

export const TOO_DEEP = `the values here are nested more than ${MAX_YAML_DEPTH} levels deep (lists or blocks inside each other): content needs only a few levels, so check the indentation and the brackets`;

/** yaml reports running out of stack while parsing as an error with this text. */
export function isStackOverflow(message: string): boolean {
  return /Maximum call stack size exceeded|too much recursion/i.test(message);
}

/** Lexer tokens that mark a state and stand for no text of the file. */
const MARKERS = new Set(['doc-mode', 'flow-error-end', 'scalar']);

/**
 * Where a flow collection (`[` or `{`) first opens more than MAX_YAML_DEPTH levels inside other
 * flow collections, when the parser ran out of stack: the place yaml gives then is wherever the
 * stack happened to end, which moves with how much stack the process had (the same file gave
 * column 779 from `npm run check` and column 27 under Vitest). yaml's lexer keeps no stack, so its
 * tokens give the same place every time. Undefined when the nesting is not in brackets.
 */
export function tooDeepFlowOffset(source: string): number | undefined {
  let offset = 0;
  let depth = 0;
  for (const token of new Lexer().lex(source)) {
    const type = CST.tokenType(token);
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      depth++;
      if (depth > MAX_YAML_DEPTH) return offset;
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') depth = Math.max(0, depth - 1);
    if (!MARKERS.has(type ?? '')) offset += token.length;
  }
  return undefined;
}

export function tagMessage(tag: string): string {
  return `YAML tags such as "${tag}" are not allowed in content: remove "${tag}" (to keep the words as text, put them in quotes)`;
}

export function yamlTreeProblems(doc: Document, source: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const contentStart = doc.contents?.range?.[0] ?? source.length;
  const directive = /^%\S*/m.exec(source);
  if (directive && directive.index < contentStart) {
    problems.push({
      offset: directive.index,
      message: `YAML directives such as "${directive[0]}" are not allowed in content: delete this line and the "---" line after it`,
    });
  }

  visit(doc, {
    Alias(_, node) {
      problems.push({
        offset: node.range?.[0] ?? 0,
        message: `YAML aliases (*${node.source}) are not allowed in content: write the value out in full`,
      });
      return visit.BREAK;
    },
    Node(key, node, path) {
      const start = node.range?.[0] ?? 0;
      if (node.tag !== undefined) {
        // The node's range starts after its tag: the tag is the last "!…" word before it.
        const written = /(!<[^>]*>|![^\s,[\]{}]*)\s*$/.exec(source.slice(0, start));
        const tag = written?.[1] ?? node.tag;
        problems.push({ offset: written ? written.index : start, message: tagMessage(tag) });
      }
      if (isCollection(node) && path.filter(isCollection).length >= MAX_YAML_DEPTH) {
        // Brackets nested this deep are where the parser may run out of stack instead, and whether it
        // does depends on how warm the process's code is (a fresh `npm run check` ran out, a test
        // worker that had run other files did not). Both ways name the bracket the lexer finds.
        problems.push({
          offset: (node.flow === true ? tooDeepFlowOffset(source) : undefined) ?? start,
          message: TOO_DEEP,
        });
        return visit.BREAK;
      }
      if (isScalar(node) && typeof node.value === 'string') {
        const hidden = findHiddenCharacter(node.value);
        if (hidden) {
          const what = key === 'key' ? 'this field name' : 'this text';
          problems.push({
            offset: start,
            message: `${what} contains ${hidden.what} (${hidden.code})${hidden.why}. It is written as a \\ escape inside the quotes: delete the escape`,
          });
        }
      }
      return undefined;
    },
  });
  return problems;
}
