/**
 * Comparator figures as readers see them, resolved once per indicator from its scorecard rows in year
 * order. A figure belongs to a reporting year (its scorecard's, unless it says otherwise: England
 * 2024-25 shown on the 2025-26 scorecard), may carry the value first published beside its latest
 * revision, and is carried forward to later years that give none, labelled with its own year, so a
 * reader sees the latest published figure rather than [x].
 */
import { words } from '../../i18n/index.ts';
import type { Unit } from '../../schemas/indicators.ts';
import type { ComparatorFigureInput, ScorecardRow } from '../../schemas/scorecards.ts';
import { formatFigure, roundForUnit } from './format.ts';

export interface ComparatorFigure {
  /** The latest published figure (the revised one, when revised), at the unit's precision. */
  value: number;
  /** The reporting year the figure belongs to: "2024-25". */
  period: string;
  /** True when the period is not the year of the scorecard it is shown on. */
  fromEarlierYear: boolean;
  /** True when this year's scorecard gives none, so the latest earlier figure is shown. */
  carriedForward: boolean;
  /** The figure as first published, when a later release revised it. */
  firstPublished: number | undefined;
  /** True when the figure was revised after it was first published: shown [r]. */
  revised: boolean;
  /** "71%", "71.4% [r]", "70% (2024-25)": the figure with its year when not the scorecard's, and its mark. */
  display: string;
}

/** A year's comparator figures, by the keys site.yaml declares. */
export type ComparatorFigures = Readonly<Record<string, ComparatorFigure>>;

/** The number a scorecard gives for a comparator: the latest revision. */
export function comparatorValue(given: ComparatorFigureInput): number {
  return typeof given === 'number' ? given : given.value;
}

function resolved(given: ComparatorFigureInput, year: string, unit: Unit): ComparatorFigure {
  const value = roundForUnit(comparatorValue(given), unit);
  const period = typeof given === 'number' ? year : (given.period ?? year);
  const first = typeof given === 'number' ? undefined : given.first_published;
  const firstPublished = first === undefined ? undefined : roundForUnit(first, unit);
  return shownIn(
    { value, period, fromEarlierYear: false, carriedForward: false, firstPublished, revised: false, display: '' },
    year,
    unit,
  );
}

/** The figure as it is shown on the scorecard of `year`. */
function shownIn(figure: ComparatorFigure, year: string, unit: Unit): ComparatorFigure {
  const fromEarlierYear = figure.period !== year;
  const revised = figure.firstPublished !== undefined && figure.firstPublished !== figure.value;
  const display = words.scorecards.comparatorFigure(
    formatFigure(figure.value, unit),
    fromEarlierYear ? figure.period : undefined,
    revised,
  );
  return { ...figure, fromEarlierYear, revised, display };
}

/**
 * Each year's comparator figures for one indicator, from its rows oldest first: the row's own
 * figures, and for every comparator it leaves out that an earlier year gave, that latest earlier
 * figure carried forward.
 */
export function resolveComparators(
  rows: readonly { year: string; row: Pick<ScorecardRow, 'comparators'> }[],
  unit: Unit,
): Map<string, ComparatorFigures> {
  const byYear = new Map<string, ComparatorFigures>();
  const latest = new Map<string, ComparatorFigure>();
  for (const { year, row } of rows) {
    const figures: Record<string, ComparatorFigure> = {};
    for (const [key, given] of Object.entries(row.comparators)) {
      const figure = resolved(given, year, unit);
      figures[key] = figure;
      const before = latest.get(key);
      if (!before || before.period <= figure.period) latest.set(key, figure);
    }
    for (const [key, earlier] of latest) {
      if (figures[key]) continue;
      figures[key] = { ...shownIn(earlier, year, unit), carriedForward: true };
    }
    byYear.set(year, figures);
  }
  return byYear;
}
