/** Lists in running text, for descriptions written from the council's own settings. */

/** ["England", "the region"] → "England and the region"; three or more get commas, with "and" (or "or") before the last. */
export function inWordsList(items: readonly string[], last: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)!}`;
}
