/** Says in words what the importer read, so an editor can see it understood the file. */
import type { ActionField } from '../../schemas/imports.ts';
import type { ColumnPlan } from './action-columns.ts';
import { cellAt, columnLetter, type Grid } from './cells.ts';
import type { StatusReading } from './rag.ts';
import type { ImportedAction } from './read-actions.ts';
import type { ComparatorYear } from './read-comparators.ts';

export function describeColumns(grid: Grid, plan: ColumnPlan): string[] {
  const heading = (column: number): string => `${columnLetter(column)} "${cellAt(grid, plan.headerRow, column).text}"`;
  const lines = [`Headings on row ${plan.headerRow}:`];
  for (const [field, column] of Object.entries(plan.fields) as [ActionField, number][]) {
    lines.push(`  ${heading(column)} → ${field.replace('_', ' ')}`);
  }
  for (const q of plan.quarters) {
    const parts = (['status', 'percent_complete', 'update'] as const).flatMap((f) =>
      q[f] === undefined ? [] : [`${heading(q[f])} → ${f.replace('_', ' ')}`],
    );
    lines.push(`  ${q.quarter}${q.year ? ` ${q.year}` : ''}: ${parts.join(', ')}`);
  }
  if (plan.ignored.length) lines.push(`  not read: ${plan.ignored.map((h) => `"${h}"`).join(', ')}`);
  return lines;
}

/** "Green", "Red (fill)", "on track (green)": the label written, then how the cell gave it when that adds anything. */
function statusInWords(status: StatusReading): string {
  const fill = status.from === 'fill' ? 'fill' : undefined;
  const rag = status.rag && status.rag !== status.label.toLowerCase() ? status.rag : undefined;
  const how = [rag, fill].filter(Boolean).join(' ');
  return how ? `${status.label} (${how})` : status.label;
}

export function describeAction(action: ImportedAction): string {
  const parts = [`row ${action.row}`];
  if (action.ref) parts.push(`ref ${action.ref}`);
  if (action.lead) parts.push(`lead ${action.lead.join(' and ')}`);
  if (action.timescale)
    parts.push(action.timescale.kind === 'timescale' ? `due ${action.timescale.timescale}` : 'due TBC');
  if (action.status) parts.push(statusInWords(action.status));
  if (action.percent_complete !== undefined) parts.push(`${action.percent_complete}% complete`);
  if (action.updates.length)
    parts.push(`${action.updates.length} ${action.updates.length === 1 ? 'update' : 'updates'}`);
  const title = action.action.length > 60 ? `${action.action.slice(0, 57)}…` : action.action;
  return `  ${parts.join(', ')}: ${title}`;
}

function figure(f: { value?: number; symbol?: string } | undefined): string {
  if (!f) return '–';
  return f.value !== undefined ? String(f.value) : `[${f.symbol}]`;
}

export function describeComparatorYear(year: ComparatorYear): string {
  const parts = [`England ${figure(year.england)}`, `region ${figure(year.region)}`];
  if (year.neighbours) {
    parts.push(
      `neighbours ${year.neighbours.value ?? '–'} (${year.neighbours.method} of ${year.neighbours.had} of ${year.neighbours.of})`,
    );
  }
  return `  ${year.year}: ${parts.join(', ')}`;
}
