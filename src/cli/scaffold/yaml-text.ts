/**
 * Small helpers for writing YAML as text, so that scaffolds can carry comments, and for adding an
 * item to the end of a list in an existing file without reformatting anything else in it.
 */
import { isSeq, parseDocument, type Node } from 'yaml';

/** A string as a double-quoted YAML scalar (JSON strings are valid YAML). */
export function quoted(text: string): string {
  return JSON.stringify(text);
}

/** Indents every non-empty line of `block` by `spaces`. */
export function indent(block: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return block
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/**
 * Adds `item` (YAML text for one list item, starting "- ", unindented) after the last item of the
 * block list at `path` (`[]` for a file that is itself a list), matching that list's indentation.
 * Returns the new text and the line the item starts on.
 */
export function appendToList(text: string, path: readonly string[], item: string): { text: string; line: number } {
  const doc = parseDocument(text);
  const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as Node | null;
  if (!isSeq(node) || node.flow || !node.range || node.items.length === 0) {
    throw new Error(`expected a list written one item per line at "${path.join('.') || 'the top of the file'}"`);
  }
  const start = node.range[0];
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  const last = node.items.at(-1) as Node;
  const end = last.range?.[1] ?? text.length;
  const newline = text.indexOf('\n', Math.max(0, end - 1));
  const at = newline === -1 ? text.length : newline + 1;
  const before = text.slice(0, at) + (newline === -1 && !text.endsWith('\n') ? '\n' : '');
  // Keep the file's habit: a blank line between items if its first two items have one.
  const [first, second] = node.items as Node[];
  const spaced =
    second?.range && first?.range ? /\n[ \t]*\n/.test(text.slice(first.range[1] - 1, second.range[0])) : false;
  const block = (spaced ? '\n' : '') + indent(item.endsWith('\n') ? item : `${item}\n`, column);
  return { text: before + block + text.slice(at), line: before.split('\n').length + (spaced ? 1 : 0) };
}

/** Where each `"TODO` placeholder is in `text`, as 1-based line and column, with the field's name. */
export function placeholdersIn(text: string): { line: number; col: number; field: string }[] {
  const found: { line: number; col: number; field: string }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('TODO')) {
      // A placeholder line in an MDX body.
      found.push({ line: i + 1, col: 1, field: 'text' });
      return;
    }
    const col = line.indexOf('"TODO');
    if (col === -1) return;
    const field = /([A-Za-z_]+):\s*"TODO/.exec(line)?.[1] ?? '';
    found.push({ line: i + 1, col: col + 1, field });
  });
  return found;
}
