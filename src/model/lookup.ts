/**
 * A list with an index by id: pages walk `all` in content order and find one thing by id in constant
 * time. `get` fails loudly, because the loader has already checked every reference.
 */
export interface Lookup<T> {
  /** In content order. */
  all: readonly T[];
  get(id: string): T;
  find(id: string): T | undefined;
}

export function lookup<T>(items: readonly T[], key: (item: T) => string, what: string): Lookup<T> {
  const byId = new Map(items.map((item) => [key(item), item]));
  return {
    all: items,
    get(id) {
      const found = byId.get(id);
      if (!found) throw new Error(`No ${what} with id "${id}"`);
      return found;
    },
    find: (id) => byId.get(id),
  };
}
