/**
 * No two actions share an address, across every actions file. An action's address is made from its
 * key (its id, else its reference, else its objective's number and place: lib/action-plan/keys.ts),
 * so "A.3" and "a-3" would share one too.
 */
import { keySlug } from '../../lib/action-plan/keys.ts';
import { keyedActionRows } from '../action-rows.ts';
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const uniqueActionNumbers: ContentRule = {
  id: 'unique-action-numbers',
  needs: ['objectives'],
  run(files) {
    const problems = new ProblemList();
    const seen = new Map<string, { key: string; place: string }>();
    for (const { row, key, index, source } of keyedActionRows(files)) {
      const field = row.id !== undefined ? 'id' : row.ref !== undefined ? 'ref' : undefined;
      const path = field === undefined ? ['actions', index] : ['actions', index, field];
      const slug = keySlug(key);
      const previous = seen.get(slug);
      if (previous === undefined) {
        const { line, col } = source.locate(path);
        seen.set(slug, { key, place: `${source.file}:${line}:${col}` });
      } else if (previous.key === key) {
        problems.at(
          source,
          path,
          field === undefined
            ? `this action has no id or ref, so it is known as "${key}" (its objective's number and its place in the file), and that is already used at ${previous.place}: give one of them a ref or an id`
            : field === 'id'
              ? `duplicate action number "${key}": it is already used at ${previous.place}. Each action number must be different`
              : `duplicate action reference "${key}": it is already used at ${previous.place}. Each action reference must be different`,
        );
      } else {
        problems.at(
          source,
          path,
          `action "${key}" would have the same address as "${previous.key}" (at ${previous.place}): /actions/${slug}/. Give one of them an id, such as id: "${slug}-2"`,
        );
      }
    }
    return problems.items;
  },
};
