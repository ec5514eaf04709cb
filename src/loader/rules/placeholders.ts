/**
 * `npm run new` fills free-text fields with "TODO: …" so that a new item passes the check from the
 * start. This rule keeps those placeholders visible: each one left in is a warning at its line, until
 * the editor replaces it with the real text.
 */
import type { LoadedFiles } from '../types.ts';
import { ProblemList } from '../located.ts';
import type { Problem } from '../problems.ts';
import type { PathSegment } from '../source-file.ts';

function* placeholders(value: unknown, path: PathSegment[] = []): Generator<{ path: PathSegment[]; text: string }> {
  if (typeof value === 'string') {
    if (value.trimStart().startsWith('TODO')) yield { path, text: value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* placeholders(item, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* placeholders(item, [...path, key]);
  }
}

export function placeholdersLeft(files: LoadedFiles): Problem[] {
  const problems = new ProblemList();
  for (const list of Object.values(files)) {
    for (const file of list) {
      for (const found of placeholders(file.source.data)) {
        problems.at(file.source, found.path, `replace the placeholder "${found.text}" with the real text`, 'warning');
      }
    }
  }
  return problems.items;
}
