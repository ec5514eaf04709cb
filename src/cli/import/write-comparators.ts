/**
 * Works out what an import of DfE figures changes in the scorecards: each year's England, region and
 * statistical neighbours go to the scorecard of the reporting year they belong to, in the row of the
 * indicator. An empty comparator is filled; a different figure for the same year is a revision, written
 * as the latest value with the first-published one beside it (`{value, first_published}`). A year with
 * no scorecard row of its own goes, with its `period`, to the next scorecard the file has no figures for
 * (England 2024-25 on the 2025-26 scorecard). Other years are listed, not created: a scorecard needs the
 * council's own figures.
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

/** A comparator as a scorecard gives it: a number, or {value, period, first_published}. */
interface Given {
  value: number;
  period: string | undefined;
  first_published: number | undefined;
}

function given(raw: unknown): Given | undefined {
  if (typeof raw === 'number') return { value: raw, period: undefined, first_published: undefined };
  if (raw && typeof raw === 'object' && typeof (raw as { value?: unknown }).value === 'number') {
    const { value, period, first_published } = raw as { value: number; period?: unknown; first_published?: unknown };
    return {
      value,
      period: typeof period === 'string' ? period : undefined,
      first_published: typeof first_published === 'number' ? first_published : undefined,
    };
  }
  return undefined;
}

/** What to write: a plain number when it is the scorecard's own year's figure, first published. */
function written(value: number, period: string | undefined, firstPublished: number | undefined): unknown {
  if (period === undefined && firstPublished === undefined) return value;
  return {
    value,
    ...(period !== undefined && { period }),
    ...(firstPublished !== undefined && { first_published: firstPublished }),
  };
}

/** One figure to write, to the scorecard of its own year or (`period`) of a later one. */
interface Placed {
  year: ComparatorYear;
  /** Set when the figure goes on a later year's scorecard, which has none of its own. */
  period: string | undefined;
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
  const cards = content.scorecards
    .filter((s) => s.indicators.some((row) => row.indicator === indicator))
    .sort((a, b) => a.year.localeCompare(b.year));
  const inFile = new Set(years.map((y) => y.year));
  // Each scorecard with the indicator's row gets its own year's figures; a year with no such
  // scorecard goes, labelled with its period, to the next scorecard the file has no figures for
  // (England 2024-25 on the 2025-26 scorecard), the latest such year winning.
  const placed = new Map<string, Placed>();
  const skipped: string[] = [];
  for (const year of years) {
    if (cards.some((card) => card.year === year.year)) {
      placed.set(year.year, { year, period: undefined });
      continue;
    }
    const later = cards.find((card) => card.year > year.year);
    if (later && !inFile.has(later.year)) {
      const earlier = placed.get(later.year);
      if (earlier) skipped.push(earlier.year.year);
      placed.set(later.year, { year, period: year.year });
    } else skipped.push(year.year);
  }
  for (const [cardYear, { year, period }] of [...placed].sort(([a], [b]) => a.localeCompare(b))) {
    const scorecard = cards.find((card) => card.year === cardYear)!;
    const index = scorecard.indicators.findIndex((row) => row.indicator === indicator);
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
    const fresh: Record<string, unknown> = {};
    const label = period ? ` (for ${period})` : '';
    for (const [key, name] of KEYS) {
      const value = figures[key];
      if (value === undefined) continue;
      const before = given(now?.[key]);
      const extra =
        key === 'statistical_neighbours' && year.neighbours
          ? ` (${year.neighbours.method} of ${year.neighbours.had} of ${year.neighbours.of})`
          : '';
      // A figure of another year than the one being written is replaced, not revised.
      const sameYear = before !== undefined && (before.period ?? cardYear) === (period ?? cardYear);
      if (period && before && !sameYear && (before.period ?? cardYear) > period) continue;
      if (sameYear && before.value === value) continue;
      let next: unknown;
      let line: string;
      if (!before || !sameYear) {
        next = written(value, period, undefined);
        line = before
          ? `${name} ${value}${label}${extra} replaces the ${before.period ?? cardYear} figure ${before.value}`
          : `${name} ${value}${label}${extra} filled`;
      } else {
        const first = before.first_published ?? before.value;
        next = written(value, period, first === value ? undefined : first);
        line = `${name}${label} revised ${before.value} → ${value} [r]${extra}${first === before.value ? '' : `, first published ${first}`}`;
      }
      if (now) editor.set([...at, 'comparators'], key, next);
      else fresh[key] = next;
      said.push(line);
    }
    if (!now && Object.keys(fresh).length > 0) editor.set(at, 'comparators', fresh);
    for (const [key, name] of KEYS.slice(0, 2)) {
      const f = year[key === 'england' ? 'england' : 'region'];
      if (f?.symbol)
        problems.push({
          where: f.place,
          what: `${name} ${year.year} is [${f.symbol}] in the file, so nothing was written for it`,
          fix: 'nothing to do: the scorecard shows no comparator',
          severity: 'note',
        });
    }
    if (said.length > 0) {
      changes.push({ relative, text: editor.result(), created: false });
      summary.push(`  ${cardYear} (${scorecard.file}): ${said.join('; ')}`);
    }
  }
  if (skipped.length > 0) {
    problems.push({
      where: file,
      what: `${skipped.sort().join(', ')}: no scorecard has a row for ${indicator}, so those years' figures were not written`,
      fix: `to keep them, create the scorecard first (npm run new -- scorecard ${skipped[0]}) and run the import again`,
      severity: 'note',
    });
  }
  return { changes, summary, problems };
}

export type { PlannedWrite };
