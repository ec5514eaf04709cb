/**
 * Reads percent complete as trackers write it: a fraction (0.75, often shown as 75%), "75%", 75, or
 * "3 of 4" (three of four milestones). The result is a whole number from 0 to 100.
 */
import type { GridCell } from './cells.ts';

export type PercentResult = { ok: number } | { problem: string; fix: string } | { empty: true };

const HOW = 'write a percentage such as 75%, a fraction such as 0.75, or "3 of 4"';

function inRange(percent: number, shown: string): PercentResult {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    return { problem: `"${shown}" is not a percentage from 0 to 100`, fix: HOW };
  }
  return { ok: Math.round(percent) };
}

export function readPercent(cell: GridCell): PercentResult {
  if (cell.text === '') return { empty: true };
  if (typeof cell.value === 'number') {
    const fraction = cell.numFmt?.includes('%') || (cell.value >= 0 && cell.value <= 1);
    const shown = cell.numFmt?.includes('%') ? `${Number((cell.value * 100).toFixed(2))}%` : cell.text;
    return inRange(fraction ? cell.value * 100 : cell.value, shown);
  }
  const text = cell.text.toLowerCase().replace(/\s+/g, ' ').trim();
  const percent = /^(\d+(?:\.\d+)?) ?%(?: complete)?$/.exec(text);
  if (percent) return inRange(Number(percent[1]), cell.text);
  const of = /^(\d+) ?(?:of|out of|\/) ?(\d+)$/.exec(text);
  if (of) {
    const [done, all] = [Number(of[1]), Number(of[2])];
    if (all === 0 || done > all) return { problem: `"${cell.text}" is not a share of a whole`, fix: HOW };
    return { ok: Math.round((done / all) * 100) };
  }
  if (/^\d+(?:\.\d+)?$/.test(text)) {
    const n = Number(text);
    return inRange(n <= 1 ? n * 100 : n, cell.text);
  }
  return { problem: `"${cell.text}" is not a percentage`, fix: HOW };
}
