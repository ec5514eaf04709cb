/**
 * One action row as the content carries it: its key, its place, and its statuses read on the
 * council's scale. The row's own status is where it stands now; a row without one stands where its
 * newest update that gives a status left it, and likewise for percent complete.
 */
import type { StatusScale } from '../lib/action-plan/status-scale.ts';
import type { Action, ReportedStatus } from './model.ts';
import type { KeyedRow } from './action-rows.ts';

function reported(scale: StatusScale, written: string | undefined): Required<ReportedStatus> {
  // The action-statuses rule has refused any label not on the scale.
  const label = written === undefined ? undefined : scale.find(written);
  return { status: label?.means, statusLabel: label };
}

export function readActionRow({ row, key, position, objective, source }: KeyedRow, scale: StatusScale): Action {
  const updates = row.updates.map((update) => ({ ...update, ...reported(scale, update.status) }));
  // Newest last, ties in the order written: the last one giving a value wins.
  const byDate = [...updates].map((u, i) => ({ u, i })).sort((a, b) => a.u.date.localeCompare(b.u.date) || a.i - b.i);
  const newestStatus = byDate.filter(({ u }) => u.status !== undefined).at(-1)?.u;
  const newestPercent = byDate.filter(({ u }) => u.percent_complete !== undefined).at(-1)?.u;
  const own = reported(scale, row.status);
  return {
    ...row,
    id: key,
    writtenId: row.id,
    position,
    objective,
    file: source.file,
    ...(own.status !== undefined ? own : { status: newestStatus?.status, statusLabel: newestStatus?.statusLabel }),
    percent_complete: row.percent_complete ?? newestPercent?.percent_complete,
    updates,
  };
}
