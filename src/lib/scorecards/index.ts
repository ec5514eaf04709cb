/**
 * Each indicator's figures as readers see them: computed, suppressed, rated and compared, ready for
 * pages, charts and downloads. Every number that leaves this module has already been through the
 * suppression rule: a hidden figure has no value, only its symbol.
 */
import type { Content, Indicator } from '../../loader/model.ts';
import { PERIODS, type Period, type ScorecardRow, type Tolerance } from '../../schemas/scorecards.ts';
import { directionOf, type Direction } from './direction.ts';
import { computedValue } from './figures.ts';
import { formatFigure, roundForUnit } from './format.ts';
import { ragFor, type Rag } from './rag.ts';
import { isSuppressed, publishedCounts, symbolText, type GssSymbol } from './suppression.ts';

export type { Rag } from './rag.ts';
export type { Direction } from './direction.ts';
export type { GssSymbol } from './suppression.ts';
export { RAG_WORDS } from './rag.ts';
export { SYMBOL_MEANINGS } from './suppression.ts';
export { formatFigure, unitPhrase } from './format.ts';
export { ruleText } from './rule-text.ts';
export { trendSummary } from './trend-summary.ts';

export type Comparators = ScorecardRow['comparators'];

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
  suppressed: boolean;
  rag: Rag | undefined;
  direction: Direction | undefined;
  target: number | undefined;
  /** The GSS symbol shown instead of a figure, if any. */
  symbol: GssSymbol | undefined;
  /** Numerator and denominator as they may be published ([c] where hidden), for percentages given that way. */
  counts: { numerator: string; denominator: string } | undefined;
  tolerance: Tolerance | undefined;
  /** The year's comparators (annual figures). */
  comparators: Comparators;
  /** The editor's commentary for the year. */
  commentary: string | undefined;
}

export function periodLabel(period: Period, year: string): string {
  return period === 'year' ? year : `${period} ${year}`;
}

export function previousYear(year: string): string {
  const start = Number(year.slice(0, 4)) - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The period just before, or undefined for an annual figure's previous year (same period, "year"). */
function previousPeriod(period: Period, year: string): { period: Period; year: string } {
  if (period === 'year') return { period, year: previousYear(year) };
  const index = PERIODS.indexOf(period);
  return index === 0 ? { period: 'Q4', year: previousYear(year) } : { period: PERIODS[index - 1]!, year };
}

export function findIndicator(content: Content, indicatorId: string): Indicator | undefined {
  return content.indicators.find((i) => i.id === indicatorId);
}

export function scorecardRow(content: Content, indicatorId: string, year: string): ScorecardRow | undefined {
  return content.scorecards.find((s) => s.year === year)?.indicators.find((r) => r.indicator === indicatorId);
}

/** Every figure for an indicator, oldest first, with ratings and directions. */
export function figuresFor(content: Content, indicatorId: string): Figure[] {
  const indicator = findIndicator(content, indicatorId);
  if (!indicator) return [];
  const figures: Figure[] = [];
  const byKey = new Map<string, Figure>();
  for (const card of content.scorecards) {
    const row = card.indicators.find((r) => r.indicator === indicatorId);
    if (!row) continue;
    const entries = [...row.values].sort((a, b) => PERIODS.indexOf(a.period) - PERIODS.indexOf(b.period));
    for (const entry of entries) {
      const suppressed = isSuppressed(indicator, entry);
      const raw = suppressed ? undefined : computedValue(entry);
      const value = raw === undefined ? undefined : roundForUnit(raw, indicator.unit);
      const symbol: GssSymbol | undefined = suppressed ? 'c' : entry.symbol;
      const counts = publishedCounts(indicator, entry);
      const before = previousPeriod(entry.period, card.year);
      const previous = byKey.get(`${before.year} ${before.period}`);
      const figure: Figure = {
        indicator,
        year: card.year,
        period: entry.period,
        periodLabel: periodLabel(entry.period, card.year),
        value,
        display: symbol
          ? symbolText(symbol)
          : value === undefined
            ? symbolText('x')
            : formatFigure(value, indicator.unit),
        suppressed,
        rag: ragFor(value, row.target, row.tolerance, indicator.polarity),
        direction: directionOf(value, previous?.value, indicator.polarity),
        target: row.target,
        symbol,
        counts: counts && { numerator: String(counts.numerator), denominator: String(counts.denominator) },
        tolerance: row.tolerance,
        comparators: row.comparators,
        commentary: row.commentary,
      };
      figures.push(figure);
      byKey.set(`${card.year} ${entry.period}`, figure);
    }
  }
  return figures;
}

/** The most recent figure reported for the indicator (which may be a hidden one: it then shows [c]). */
export function latestFigure(content: Content, indicatorId: string): Figure | undefined {
  return figuresFor(content, indicatorId).at(-1);
}

/** The last figure reported in the year: Q4 or the annual figure, or the latest quarter of a partial year. */
export function yearEndFigure(content: Content, indicatorId: string, year: string): Figure | undefined {
  return figuresFor(content, indicatorId)
    .filter((f) => f.year === year)
    .at(-1);
}
