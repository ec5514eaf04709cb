/**
 * `npm run new` and `npm run init` fill free-text fields with "TODO: …" so that new content passes
 * the check from the start. This rule keeps those placeholders visible: each one left in is a warning
 * at its line, until the editor replaces it with the real text. The same goes for a line of an MDX
 * body that starts with "TODO", and for an email or web address on example.org, example.com or
 * example.net: those domains are reserved for examples (RFC 2606), so no council publishes on them.
 */
import type { LoadedFile, LoadedFiles, RuleContext, TypeKey } from '../types.ts';
import { fileFindings } from '../file-findings.ts';
import { ProblemList } from '../located.ts';
import type { Problem } from '../problems.ts';
import type { PathSegment } from '../source-file.ts';

/** An address whose host is one of the domains reserved for examples, or under one. */
const EXAMPLE_ADDRESS = /^(?:https:\/\/|[^@\s/]+@)(?:[a-z0-9-]+\.)*example\.(?:org|com|net)(?:[/:?#]|$)/i;

function* placeholders(value: unknown, path: PathSegment[] = []): Generator<{ path: PathSegment[]; message: string }> {
  if (typeof value === 'string') {
    if (value.trimStart().startsWith('TODO')) {
      yield { path, message: `replace the placeholder "${value}" with the real text` };
    } else if (EXAMPLE_ADDRESS.test(value)) {
      yield { path, message: `replace the example address "${value}" with the council's own` };
    }
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* placeholders(item, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* placeholders(item, [...path, key]);
  }
}

export function placeholdersLeft(files: LoadedFiles, context: Pick<RuleContext, 'cache'> = {}): Problem[] {
  return Object.values(files)
    .flat()
    .flatMap((file: LoadedFile<TypeKey>) =>
      fileFindings(context, file, 'placeholders', '', () => placeholdersIn(file)),
    );
}

function placeholdersIn(file: LoadedFile<TypeKey>): Problem[] {
  const problems = new ProblemList();
  for (const found of placeholders(file.source.data)) {
    problems.at(file.source, found.path, found.message, 'warning');
  }
  file.source.body.split('\n').forEach((line, i) => {
    if (!line.trimStart().startsWith('TODO')) return;
    problems.add({
      file: file.source.file,
      line: file.source.bodyLine + i,
      col: line.length - line.trimStart().length + 1,
      severity: 'warning',
      message: 'replace this placeholder line with the real text',
    });
  });
  return problems.items;
}
