/** A validated value together with the file and data path it came from, so rules can point at it. */
import type { Problem } from './problems.ts';
import type { PathSegment, SourceFile } from './source-file.ts';

export interface Located<T> {
  value: T;
  source: SourceFile;
  path: PathSegment[];
}

/** Collects problems found after validation, each placed at a value (or a key) in its file. */
export class ProblemList {
  readonly items: Problem[] = [];

  at(source: SourceFile, path: readonly PathSegment[], message: string, severity: Problem['severity'] = 'error'): void {
    const { line, col } = source.locate(path);
    this.items.push({ file: source.file, line, col, message, severity });
  }

  atKey(source: SourceFile, path: readonly PathSegment[], key: string, message: string): void {
    const { line, col } = source.locateKey(path, key);
    this.items.push({ file: source.file, line, col, message, severity: 'error' });
  }

  add(problem: Problem): void {
    this.items.push(problem);
  }
}
