/**
 * Edits a YAML file in place, through the positions yaml's Document API gives each node: a changed
 * value replaces only its own text, a new field or list item is inserted where it belongs. Everything
 * else (comments, blank lines, quoting, folded text, flow lists) stays exactly as the editor wrote it,
 * so an import shows in a review as the lines it really changed.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, stringify, visit, type Node } from 'yaml';

interface Edit {
  start: number;
  end: number;
  text: string;
  order: number;
}

const OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A value written on one line after "key: ": a scalar or a flow list. */
export function inline(value: unknown): string {
  return stringify(value, { ...OPTIONS, collectionStyle: 'flow' }).trimEnd();
}

/** A map or list written as a block, with lists of plain values kept on one line, indented by `spaces`. */
export function block(value: unknown, spaces: number): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  const pad = ' '.repeat(spaces);
  return doc
    .toString(OPTIONS)
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

export class YamlEditor {
  readonly text: string;
  readonly doc: Document.Parsed;
  private readonly edits: Edit[] = [];

  constructor(text: string) {
    this.text = text;
    this.doc = parseDocument(text, { version: '1.2' });
  }

  node(path: readonly (string | number)[]): Node | undefined {
    const found = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    return (found ?? undefined) as Node | undefined;
  }

  /** What is at `path`, as plain data. */
  value(path: readonly (string | number)[]): unknown {
    return this.node(path)?.toJSON();
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private edit(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }

  /**
   * Sets `key` of the map at `path`: replaces its value, or adds the field. A new field goes before
   * the first field that `order` lists after it (so an action's fields stay in the order the guide
   * writes them), else at the end of the map.
   */
  set(path: readonly (string | number)[], key: string, value: unknown, order: readonly string[] = []): void {
    const map = this.node(path);
    if (!isMap(map) || !map.range) throw new Error(`expected a map at ${path.join('.')}`);
    const existing = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
    const valueNode = existing?.value as Node | undefined;
    const isBlockList = Array.isArray(value) && value.some((v) => typeof v === 'object');
    if (valueNode?.range) {
      const [start, end] = valueNode.range;
      const blockScalar =
        isScalar(valueNode) && (valueNode.type === 'BLOCK_FOLDED' || valueNode.type === 'BLOCK_LITERAL');
      if (isBlockList) {
        // "key: [..]" or "key:\n  - …" becomes "key:\n  - …", written from the line after the key.
        const indent = this.column(map.range[0]) + 2;
        const keyEnd = (existing!.key as Node).range![1] + 1;
        this.edit(keyEnd, valueNode.range[2], `\n${block(value, indent).replace(/\n$/, '')}\n`);
        return;
      }
      this.edit(start, end, inline(value) + (blockScalar ? '\n' : ''));
      return;
    }
    if (map.flow) {
      const close = map.range[1] - 1;
      this.edit(close, close, `${map.items.length ? ', ' : ''}${key}: ${inline(value)}`);
      return;
    }
    const indent = this.column(map.range[0]);
    const text = isBlockList ? `${key}:\n${block(value, 2).replace(/\n$/, '')}` : `${key}: ${inline(value)}`;
    const rank = order.indexOf(key);
    const later =
      rank < 0
        ? undefined
        : map.items.find((pair) => isScalar(pair.key) && order.indexOf(String(pair.key.value)) > rank);
    const laterKey = later?.key as Node | undefined;
    if (laterKey?.range && this.column(laterKey.range[0]) === indent) {
      // Written where the later field starts, which then follows on the next line at the same indent.
      const pad = ' '.repeat(indent);
      const lines = text
        .split('\n')
        .map((line, i) => (i === 0 ? line : pad + line))
        .join('\n');
      this.edit(laterKey.range[0], laterKey.range[0], `${lines}\n${pad}`);
      return;
    }
    const end = map.range[1];
    const atLineStart = this.text[end - 1] === '\n';
    const lines = text
      .split('\n')
      .map((line) => ' '.repeat(indent) + line)
      .join('\n');
    this.edit(end, end, `${atLineStart ? '' : '\n'}${lines}\n`);
  }

  /** Removes `key` and its value from the block map at `path`. */
  remove(path: readonly (string | number)[], key: string): void {
    const map = this.node(path);
    if (!isMap(map)) return;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    const keyNode = pair?.key as Node | undefined;
    const valueNode = pair?.value as Node | undefined;
    if (!keyNode?.range || !valueNode?.range) return;
    const start = this.lineStart(keyNode.range[0]);
    const end = valueNode.range[2];
    this.edit(start, this.text[end - 1] === '\n' ? end : Math.min(this.text.length, end + 1), '');
  }

  /** True when `path` holds a block list with items, which `append` can add to. */
  isBlockList(path: readonly (string | number)[]): boolean {
    const seq = this.node(path);
    return isSeq(seq) && !seq.flow && seq.items.length > 0;
  }

  /** Adds `value` after the last item of the block list at `path`, as the list writes its items. */
  append(path: readonly (string | number)[], value: unknown): void {
    const seq = this.node(path);
    if (!isSeq(seq) || seq.flow || !seq.range || seq.items.length === 0)
      throw new Error(`expected a block list at ${path.join('.')}`);
    const column = this.column(seq.range[0]);
    const [first, second] = seq.items as Node[];
    const spaced =
      second?.range && first?.range ? /\n[ \t]*\n/.test(this.text.slice(first.range[1] - 1, second.range[0])) : false;
    const last = seq.items.at(-1) as Node;
    const at = last.range![2];
    const item = block([value], column).replace(/\n$/, '');
    this.edit(at, at, `${this.text[at - 1] === '\n' ? '' : '\n'}${spaced ? '\n' : ''}${item}\n`);
  }

  /** The text with every edit made, or the original text when there were none. */
  result(): string {
    let out = this.text;
    const ordered = [...this.edits].sort((a, b) => b.start - a.start || b.order - a.order);
    for (const edit of ordered) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return out;
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }
}
