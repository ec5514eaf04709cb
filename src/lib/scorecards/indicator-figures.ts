/**
 * Each indicator's figures as readers see them: computed, suppressed, rated and compared, ready for
 * pages, charts and downloads. Every number that leaves this module has already been through the
 * suppression rule: a hidden figure has no value, only its symbol.
 */
import type { Indicator } from '../../loader/model.ts';
import { PERIODS, periodLabel, previousPeriod, type Period } from '../calendar/index.ts';
import type { ScorecardRow, Tolerance } from '../../schemas/scorecards.ts';
import { changeThreshold, directionOf, type Direction } from './direction.ts';
import { computedValue } from './figures.ts';
import { formatFigure, roundForUnit } from './format.ts';
import { ragFor, ragForHiddenCount, type Rag } from './rag.ts';
import type { SmallNumbersPolicy } from '../../schemas/site-policy.ts';
import { isSuppressed, publishedCounts, symbolText, type GssSymbol } from './suppression.ts';
import { words } from '../../i18n/index.ts';
import { resolveComparators, type ComparatorFigures } from './comparator-figures.ts';

export type Comparators = ComparatorFigures;

/** Marks beside a figure: [r] revised since first published, [p] provisional. */
export type RevisionMark = 'r' | 'p';

export interface Figure {
  indicator: Indicator;
  year: string;
  period: Period;
  /** "Q2 2025-26" or "2025-26". */
  periodLabel: string;
  /** Undefined when suppressed or a symbol. Rounded to the unit's published precision. */
  value: number | undefined;
  /** "71%", "62.4", "[c]", "[x]", "[z]", "[low]": with the unit. */
  display: string;
  /** `display` with its [r] and [p] marks, as tables and cards show it: "64% [p]". */
  markedDisplay: string;
  suppressed: boolean;
  rag: Rag | undefined;
  direction: Direction | undefined;
  target: number | undefined;
  /** The GSS symbol shown instead of a figure, if any. */
  symbol: GssSymbol | undefined;
  /** Numerator and denominator as they may be published ([c] where hidden), for percentages given that way. */
  counts: { numerator: string; denominator: string } | undefined;
  tolerance: Tolerance | undefined;
  /** True while the council's figure is provisional: shown [p]. */
  provisional: boolean;
  /** The figure as first published, when it has since been revised (at the unit's precision). */
  firstPublished: number | undefined;
  /** [r] and [p] marks to show beside `display` (none on a hidden figure). */
  marks: RevisionMark[];
  /** The year's comparators (annual figures), resolved: periods, revisions and figures carried forward. */
  comparators: Comparators;
  /** The editor's commentary for the year. */
  commentary: string | undefined;
}

/** One scorecard year's row for an indicator. */
export interface YearRow {
  year: string;
  row: ScorecardRow;
}

/**
 * Every figure for an indicator, oldest first, with ratings and directions, from its rows in year
 * order (oldest first). Each figure's direction compares it with the period before, found among the
 * figures already made, so the work grows with the indicator's own figures only.
 */
export function indicatorFigures(
  indicator: Indicator,
  rows: readonly YearRow[],
  smallNumbers: SmallNumbersPolicy,
): Figure[] {
  const figures: Figure[] = [];
  const byKey = new Map<string, Figure>();
  const comparators = resolveComparators(rows, indicator.unit);
  for (const { year, row } of rows) {
    const entries = [...row.values].sort((a, b) => PERIODS.indexOf(a.period) - PERIODS.indexOf(b.period));
    for (const entry of entries) {
      const suppressed = isSuppressed(indicator, entry, smallNumbers);
      const raw = suppressed ? undefined : computedValue(entry);
      const value = raw === undefined ? undefined : roundForUnit(raw, indicator.unit);
      const symbol: GssSymbol | undefined = suppressed ? 'c' : entry.symbol;
      const counts = publishedCounts(indicator, entry, smallNumbers);
      const before = previousPeriod(entry.period, year);
      const previous = byKey.get(`${before.year} ${before.period}`);
      const firstPublished =
        suppressed || entry.first_published === undefined
          ? undefined
          : roundForUnit(entry.first_published, indicator.unit);
      const provisional = entry.provisional === true;
      const marks: RevisionMark[] = [];
      if (!suppressed && value !== undefined && firstPublished !== undefined && firstPublished !== value)
        marks.push('r');
      if (!suppressed && provisional) marks.push('p');
      const display = symbol
        ? symbolText(symbol)
        : value === undefined
          ? symbolText('x')
          : formatFigure(value, indicator.unit);
      const figure: Figure = {
        indicator,
        year,
        period: entry.period,
        periodLabel: periodLabel(entry.period, year),
        value,
        display,
        markedDisplay: words.scorecards.markedFigure(display, marks),
        suppressed,
        rag: suppressed
          ? ragForHiddenCount(indicator, smallNumbers.hide_counts_up_to, row.target, row.tolerance)
          : ragFor(value, row.target, row.tolerance, indicator.polarity),
        direction: directionOf(value, previous?.value, indicator.polarity, changeThreshold(indicator)),
        target: row.target,
        symbol,
        counts: counts && { numerator: String(counts.numerator), denominator: String(counts.denominator) },
        tolerance: row.tolerance,
        provisional,
        firstPublished,
        marks,
        comparators: comparators.get(year) ?? {},
        commentary: row.commentary,
      };
      figures.push(figure);
      byKey.set(`${year} ${entry.period}`, figure);
    }
  }
  return figures;
}
