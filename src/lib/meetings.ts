/** What the site says about a meeting that does not come straight from its file. */
import type { Board } from '../loader/model.ts';

/** The name of the body that meets: the board's, or a sub-group's (its id if the board has no such sub-group). */
export function meetingBodyName(board: Pick<Board, 'name' | 'subgroups'>, body: string): string {
  if (body === 'board') return board.name;
  return board.subgroups.find((s) => s.id === body)?.name ?? body;
}
