/**
 * How an action is known when its plan numbers actions in its own way, or not at all.
 *
 * The key (meetings refer to it; its address is made from it) is, in order: the `id` an editor or a
 * tool wrote; else the council's `ref` as written; else the objective's number and the action's
 * place in its file ("3.4", the fourth action of objective 3). Why this order:
 * - an `id` is only ever written to pin an address (the old numbers, or a ref that was renumbered),
 *   so it always wins, and every address published before references existed stays the same;
 * - a council's own reference is what it prints in committee papers and trackers: it is the most
 *   stable handle it has, and editors never invent it;
 * - a plan without references has only the order of its rows. New rows are added at the end (as
 *   `npm run new -- action` does), so the earlier addresses stand; removing or reordering rows moves
 *   the later ones, and the guide says to give them an `id` first if their addresses must stay.
 */

/** The key of an action: its id, its reference, or "objective number.position". */
export function actionKey(
  row: { id?: string | undefined; ref?: string | undefined },
  objectiveNumber: number,
  position: number,
): string {
  return row.id ?? row.ref ?? positionNumber(objectiveNumber, position);
}

/** "3.4": the number the site gives the fourth action of objective 3 when it numbers actions itself. */
export function positionNumber(objectiveNumber: number, position: number): string {
  return `${objectiveNumber}.${position}`;
}

/** A key as it appears in addresses and anchors: "3.4" → "3-4", "4.01.01" → "4-01-01", "A3" → "a3". */
export function keySlug(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
