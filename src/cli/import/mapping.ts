/** Finds a saved import mapping (`content/imports/<name>.yaml`) of the right kind. */
import type { Content, SavedImport } from '../../loader/model.ts';
import { ImportUsageError } from './problems.ts';

export function findMapping<K extends SavedImport['kind']>(
  content: Content,
  name: string | undefined,
  kind: K,
): Extract<SavedImport, { kind: K }> | undefined {
  if (name === undefined) return undefined;
  const found = content.imports.find((m) => m.id === name);
  if (!found) {
    const saved = content.imports.filter((m) => m.kind === kind).map((m) => m.id);
    throw new ImportUsageError(
      `there is no mapping "${name}": save it as content/imports/${name}.yaml${saved.length ? `, or use one of: ${saved.join(', ')}` : ''}`,
    );
  }
  if (found.kind !== kind) throw new ImportUsageError(`${found.file} is a mapping for ${found.kind}, not ${kind}`);
  return found as Extract<SavedImport, { kind: K }>;
}
