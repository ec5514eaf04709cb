/**
 * What a rule that reads one file at a time found in it, kept between runs in the parse cache
 * (issue 15: the prose rules, reading every text of a large council, were most of a warm
 * `npm run check`). Like ESLint's cache, the findings of a file are kept under its exact text (by its digest), its
 * path, the settings the rule reads and, through the cache, the version of the code, so a file
 * whose text and settings have not changed gives back exactly what the rule found in it last time,
 * lines and columns included, without its text being read again. Rules over several files
 * (references, numbering, staleness) are not kept: they run every time. With no cache (under
 * Vitest unless a test opens one, or CONTENT_PARSE_CACHE=off) the rule simply runs.
 */
import { digestOf } from './parse-cache.ts';
import type { Problem } from './problems.ts';
import type { LoadedFile, RuleContext, TypeKey } from './types.ts';

/** The settings a rule passes are the same for each file of one run: hashed once, not once a file. */
let lastSettings: { settings: string; digest: string } | undefined;
const settingsDigest = (settings: string): string => {
  if (lastSettings?.settings !== settings) lastSettings = { settings, digest: digestOf(settings) };
  return lastSettings.digest;
};

export function fileFindings(
  context: Pick<RuleContext, 'cache'>,
  file: LoadedFile<TypeKey>,
  rule: string,
  settings: string,
  find: () => Problem[],
): Problem[] {
  const { cache } = context;
  const { digest } = file.source;
  if (!cache || digest === undefined) return find();
  // The file's text and the settings are named by their digests; the path is written with its
  // length, so no path can pass for another's.
  const key = [
    `findings of ${rule}`,
    settingsDigest(settings),
    `${file.type} ${file.data === undefined ? 'invalid' : 'valid'} ${file.source.file.length}:${file.source.file}`,
    digest,
  ].join('\n');
  const kept = cache.get(key) as Problem[] | undefined;
  if (kept !== undefined) return kept;
  const found = find();
  cache.set(key, found);
  return found;
}
