/**
 * What a rule that reads one file at a time found in it, kept between runs in the parse cache
 * (issue 15: the prose rules, reading every text of a large council, were most of a warm
 * `npm run check`). Like ESLint's cache, the findings of a file are kept under its exact text, its
 * path, the settings the rule reads and, through the cache, the version of the code, so a file
 * whose text and settings have not changed gives back exactly what the rule found in it last time,
 * lines and columns included, without its text being read again. Rules over several files
 * (references, numbering, staleness) are not kept: they run every time. With no cache (under
 * Vitest unless a test opens one, or CONTENT_PARSE_CACHE=off) the rule simply runs.
 */
import type { Problem } from './problems.ts';
import type { LoadedFile, RuleContext, TypeKey } from './types.ts';

export function fileFindings(
  context: Pick<RuleContext, 'cache'>,
  file: LoadedFile<TypeKey>,
  rule: string,
  settings: string,
  find: () => Problem[],
): Problem[] {
  const { cache } = context;
  const { text } = file.source;
  if (!cache || text === undefined) return find();
  // The settings go first and are written with their length, so no text can pass for another's.
  const key = [
    `findings of ${rule}`,
    `${settings.length}:${settings}`,
    `${file.type} ${file.data === undefined ? 'invalid' : 'valid'} ${file.source.file.length}:${file.source.file}`,
    text,
  ].join('\n');
  const kept = cache.get(key) as Problem[] | undefined;
  if (kept !== undefined) return kept;
  const found = find();
  cache.set(key, found);
  return found;
}
