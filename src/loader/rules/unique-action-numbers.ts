/**
 * No two actions share an address, across every actions file. An action's address is made from its
 * key (its id, else its reference, else its objective's number and place: lib/action-plan/keys.ts),
 * so "A.3" and "a-3" would share one too.
 */
import { keySlug } from '../../lib/action-plan/keys.ts';
import { keyedActionRows } from '../action-rows.ts';
import { ProblemList } from '../located.ts';
import type { PathSegment, SourceFile } from '../source-file.ts';
import type { ContentRule } from '../types.ts';

function placeOf(source: SourceFile, path: readonly PathSegment[]): string {
  const { line, col } = source.locate(path);
  return `${source.file}:${line}:${col}`;
}

export const uniqueActionNumbers: ContentRule = {
  id: 'unique-action-numbers',
  needs: ['objectives'],
  run(files) {
    const problems = new ProblemList();
    // Where the first use is, worked out only when a second one is reported: locating every action
    // would parse every actions file again when they come from the parse cache.
    const seen = new Map<string, { key: string; at: () => string }>();
    for (const { row, key, index, source } of keyedActionRows(files)) {
      const field = row.id !== undefined ? 'id' : row.ref !== undefined ? 'ref' : undefined;
      const path = field === undefined ? ['actions', index] : ['actions', index, field];
      const slug = keySlug(key);
      const previous = seen.get(slug);
      if (previous === undefined) {
        seen.set(slug, { key, at: () => placeOf(source, path) });
        continue;
      }
      const place = previous.at();
      if (previous.key === key) {
        problems.at(
          source,
          path,
          field === undefined
            ? `this action has no id or ref, so it is known as "${key}" (its objective's number and its place in the file), and that is already used at ${place}: give one of them a ref or an id`
            : field === 'id'
              ? `duplicate action number "${key}": it is already used at ${place}. Each action number must be different`
              : `duplicate action reference "${key}": it is already used at ${place}. Each action reference must be different`,
        );
      } else {
        problems.at(
          source,
          path,
          `action "${key}" would have the same address as "${previous.key}" (at ${place}): /actions/${slug}/. Give one of them an id, such as id: "${slug}-2"`,
        );
      }
    }
    return problems.items;
  },
};
