/**
 * A reporting year's scorecard as the board reads it: one row per indicator with a column for each
 * period of the year, the year's target, the latest rating, the change since the period before and
 * the comparators (each with the year its figure is for), grouped by objective; and the summary that
 * names the red and amber indicators and those whose rating changed since the last period.
 */
import { PERIODS, previousPeriod, type ReportingYear } from '../lib/calendar/index.ts';
import type { Figure, FigureIndex, Rag } from '../lib/scorecards/index.ts';
import type {
  BoardComparator,
  BoardPeriod,
  BoardRow,
  ComparatorLabel,
  IndicatorEntry,
  ObjectiveEntry,
  ScorecardBoard,
} from './types.ts';

export const boardRowAnchor = (indicatorId: string): string => `row-${indicatorId}`;

function previousFigure(figures: FigureIndex, figure: Figure): Figure | undefined {
  const before = previousPeriod(figure.period, figure.year);
  return figures.inYear(figure.indicator.id, before.year).find((f) => f.period === before.period);
}

/**
 * The comparators of a figure, each labelled with the year its figure is for: the scorecard's own
 * unless the content gives a period or an earlier year's figure is carried forward (lib/scorecards).
 */
function comparatorsOf(
  figure: Figure | undefined,
  year: string,
  labels: readonly ComparatorLabel[],
): BoardComparator[] {
  return labels.map(({ key, label }) => {
    const comparator = figure?.comparators[key];
    return {
      key,
      label,
      value: comparator?.value,
      year: comparator?.period ?? year,
      revised: comparator?.revised ?? false,
      firstPublished: comparator?.firstPublished,
    };
  });
}

export function scorecardBoard(
  year: ReportingYear,
  indicatorIds: readonly string[],
  deps: {
    figures: FigureIndex;
    indicators: { find(id: string): IndicatorEntry | undefined };
    objectives: readonly ObjectiveEntry[];
    comparators: readonly ComparatorLabel[];
  },
): ScorecardBoard {
  const { figures } = deps;
  const used = new Set(indicatorIds.flatMap((id) => figures.inYear(id, year.label).map((f) => f.period)));
  const periods: BoardPeriod[] = PERIODS.filter((p) => used.has(p)).map((period) => ({
    period,
    short: period === 'year' ? 'Year' : period,
    inWords: year.periods[period].inWords,
  }));

  const rows: BoardRow[] = indicatorIds.flatMap((id) => {
    const indicator = deps.indicators.find(id);
    if (!indicator) return [];
    const inYear = figures.inYear(id, year.label);
    const latest = inYear.at(-1);
    const previous = latest && previousFigure(figures, latest);
    return [
      {
        indicator,
        cells: periods.map(({ period }) => inYear.find((f) => f.period === period)),
        latest,
        previous,
        // Only a move between two ratings: a figure not yet published is not a change of rating.
        ratingChanged: latest?.rag !== undefined && previous?.rag !== undefined && latest.rag !== previous.rag,
        comparators: comparatorsOf(latest, year.label, deps.comparators),
        anchor: boardRowAnchor(id),
      },
    ];
  });
  // A comparator nobody in the year reports gets no column.
  const reported = new Set(
    rows.flatMap((row) => row.comparators.filter((c) => c.value !== undefined).map((c) => c.key)),
  );
  for (const row of rows) row.comparators = row.comparators.filter((c) => reported.has(c.key));

  const byRag = (rag: Rag): BoardRow[] => rows.filter((row) => row.latest?.rag === rag);
  const ratings = (['green', 'amber', 'red'] as const).filter((rag) =>
    rows.some((row) => row.latest?.rag === rag || row.previous?.rag === rag),
  );
  return {
    periods,
    byObjective: deps.objectives
      .map((objective) => ({ objective, rows: rows.filter((row) => row.indicator.objective === objective.id) }))
      .filter((group) => group.rows.length > 0),
    red: byRag('red'),
    amber: byRag('amber'),
    changed: rows.filter((row) => row.ratingChanged),
    ratings,
  };
}
