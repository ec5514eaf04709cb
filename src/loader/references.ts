/**
 * Shared by the reference rules in rules/: "unknown role …" with a suggestion, pointed at the id
 * that does not resolve. A lead written as a list points at its item; a single lead at the field.
 */
import type { ProblemList } from './located.ts';
import type { PathSegment, SourceFile } from './source-file.ts';
import { didYouMean } from './suggest.ts';

/** Reports `id` at `path` when it is not one of `known`; `file` says where such ids are defined. */
export function checkReference(
  problems: ProblemList,
  source: SourceFile,
  path: PathSegment[],
  what: string,
  file: string,
  id: string,
  known: ReadonlySet<string>,
): void {
  if (known.has(id)) return;
  problems.at(source, path, `unknown ${what} "${id}": no ${what} with that id in ${file}.${didYouMean(id, known)}`);
}

/** Checks each of `ids` (lead roles, always a list once loaded), pointing into the list when it was written as one. */
export function checkRoleReferences(
  problems: ProblemList,
  source: SourceFile,
  path: PathSegment[],
  ids: readonly string[],
  known: ReadonlySet<string>,
): void {
  if (ids.every((id) => known.has(id))) return;
  // Read only when there is a problem to place: a file's YAML as written may have to come from the
  // parse cache for it.
  const list = ids.length > 1 || Array.isArray(valueAt(source.data, path));
  ids.forEach((id, i) =>
    checkReference(problems, source, list ? [...path, i] : path, 'role', 'content/roles.yaml', id, known),
  );
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) value = (value as Record<PathSegment, unknown> | undefined)?.[segment];
  return value;
}

/** The ids every file of a collection defines, in file order. */
export function idsOf<T>(lists: readonly { data: T[] | undefined }[], id: (item: T) => string): Set<string> {
  return new Set(lists.flatMap((f) => (f.data ?? []).map(id)));
}
