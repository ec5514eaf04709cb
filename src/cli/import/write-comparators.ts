/**
 * Works out what an import of DfE figures changes in the scorecards: each year's England, region and
 * statistical neighbours go to the scorecard of the reporting year they belong to, in the row of the
 * indicator. An empty comparator is filled; a different figure is a revision. Years without a scorecard
 * or without the indicator's row are listed, not created: a scorecard needs the council's own figures.
 */
import { readFileSync } from 'node:fs';
import type { Content } from '../../loader/model.ts';
import type { ImportProblem } from './problems.ts';
import type { ComparatorYear } from './read-comparators.ts';
import type { FileChange, PlannedWrite } from './write-actions.ts';
import { YamlEditor } from './yaml-edits.ts';
import path from 'node:path';

const KEYS = [
  ['england', 'England'],
  ['region', 'region'],
  ['statistical_neighbours', 'neighbours'],
] as const;

export interface PlannedWrites {
  changes: FileChange[];
  summary: string[];
  problems: ImportProblem[];
}

export function planComparatorWrites(
  content: Content,
  contentDir: string,
  indicator: string,
  years: readonly ComparatorYear[],
  file: string,
): PlannedWrites {
  const changes: FileChange[] = [];
  const summary: string[] = [];
  const problems: ImportProblem[] = [];
  const skipped: string[] = [];
  for (const year of years) {
    const scorecard = content.scorecards.find((s) => s.year === year.year);
    const index = scorecard?.indicators.findIndex((row) => row.indicator === indicator) ?? -1;
    if (!scorecard || index === -1) {
      skipped.push(year.year);
      continue;
    }
    const relative = scorecard.file.split('/').slice(1).join('/');
    const original = readFileSync(path.join(contentDir, relative), 'utf8');
    const editor = new YamlEditor(original);
    const at = ['indicators', index];
    const now = (editor.value([...at, 'comparators']) as Record<string, unknown> | null) ?? undefined;
    const figures: Record<(typeof KEYS)[number][0], number | undefined> = {
      england: year.england?.value,
      region: year.region?.value,
      statistical_neighbours: year.neighbours?.value,
    };
    const said: string[] = [];
    const fresh: Record<string, number> = {};
    for (const [key, label] of KEYS) {
      const value = figures[key];
      if (value === undefined) continue;
      const before = now?.[key];
      const extra =
        key === 'statistical_neighbours' && year.neighbours
          ? ` (${year.neighbours.method} of ${year.neighbours.had} of ${year.neighbours.of})`
          : '';
      if (before === value) continue;
      if (now) editor.set([...at, 'comparators'], key, value);
      else fresh[key] = value;
      said.push(
        before === undefined
          ? `${label} ${value}${extra} filled`
          : `${label} revised ${String(before)} → ${value} [r]${extra}`,
      );
    }
    if (!now && Object.keys(fresh).length > 0) editor.set(at, 'comparators', fresh);
    for (const [key, label] of KEYS.slice(0, 2)) {
      const f = year[key === 'england' ? 'england' : 'region'];
      if (f?.symbol)
        problems.push({
          where: f.place,
          what: `${label} ${year.year} is [${f.symbol}] in the file, so nothing was written for it`,
          fix: 'nothing to do: the scorecard shows no comparator',
          severity: 'note',
        });
    }
    if (said.length > 0) {
      changes.push({ relative, text: editor.result(), created: false });
      summary.push(`  ${year.year} (${scorecard.file}): ${said.join('; ')}`);
    }
  }
  if (skipped.length > 0) {
    problems.push({
      where: file,
      what: `${skipped.join(', ')}: no scorecard has a row for ${indicator}, so those years' figures were not written`,
      fix: `to keep them, create the scorecard first (npm run new -- scorecard ${skipped[0]}) and run the import again`,
      severity: 'note',
    });
  }
  if (summary.some((line) => line.includes('[r]'))) {
    problems.push({
      where: file,
      what: 'a revised figure replaces the one first published: the scorecards have no field for both yet',
      fix: "nothing to do; the first-published figure stays in the file's history",
      severity: 'note',
    });
  }
  return { changes, summary, problems };
}

export type { PlannedWrite };
