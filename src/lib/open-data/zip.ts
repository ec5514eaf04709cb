/**
 * The ZIP of every open data file, written with fflate (small, no dependencies, widely used). Each
 * entry is dated with the build day, so the same content built on the same day gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { OpenDataFile } from './files.ts';

/** `/data/scorecards/2025-26.csv` → `scorecards/2025-26.csv` inside the archive. */
export const entryName = (href: string): string => href.replace(/^\/data\//, '');

export function zipFiles(files: readonly OpenDataFile[], day: Date): Uint8Array {
  const entries: Zippable = {};
  // ZIP dates are local DOS times from 1980: noon on the build day stays on that day in any zone.
  const mtime = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12));
  for (const file of files) entries[entryName(file.href)] = [strToU8(file.body), { mtime }];
  return zipSync(entries, { level: 9 });
}
