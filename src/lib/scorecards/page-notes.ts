/**
 * What a page that shows figures must explain below them: every GSS symbol and mark it shows ([c],
 * [x], [z], [low], [r], [p]), each revision's first-published and latest figures, and whether any
 * comparator figure is from an earlier year than its scorecard's. Worked out from the same figures
 * the page shows, so a symbol is explained exactly where it appears.
 */
import { words } from '../../i18n/index.ts';
import { formatFigure } from './format.ts';
import type { Figure, RevisionMark } from './indicator-figures.ts';
import type { GssSymbol } from './suppression.ts';

export type PageSymbol = GssSymbol | RevisionMark;

/** The order footnotes explain symbols in. */
export const PAGE_SYMBOLS: readonly PageSymbol[] = ['c', 'x', 'z', 'low', 'r', 'p'];

export interface ShownOptions {
  /** True when the page shows each figure's target as a figure ([x] when missing, [z] for context only). */
  targets?: boolean;
}

/**
 * The symbols a page shows for these figures and the comparators it has columns for: each figure's
 * own symbol and marks, [x] for a comparator the page shows with no figure, [r] for a revised one.
 */
export function symbolsShown(
  figures: readonly Figure[],
  comparatorKeys: readonly string[],
  options: ShownOptions = {},
): PageSymbol[] {
  const used = new Set<PageSymbol>();
  for (const figure of figures) {
    if (figure.symbol) used.add(figure.symbol);
    // A percentage shown with its counts hidden (46 of 47 would give 1 away) shows [c] in their columns.
    if (figure.counts?.numerator === '[c]' || figure.counts?.denominator === '[c]') used.add('c');
    for (const mark of figure.marks) used.add(mark);
    for (const key of comparatorKeys) {
      const comparator = figure.comparators[key];
      if (!comparator) used.add('x');
      else if (comparator.revised) used.add('r');
    }
    if (options.targets) {
      if (figure.indicator.polarity === 'context only') used.add('z');
      else if (figure.target === undefined) used.add('x');
    }
  }
  return PAGE_SYMBOLS.filter((symbol) => used.has(symbol));
}

/** Comparator columns that have a figure for at least one of these figures, in the council's order. */
export function comparatorsWithFigures<T extends { key: string }>(
  figures: readonly Figure[],
  comparators: readonly T[],
): T[] {
  return comparators.filter(({ key }) => figures.some((f) => f.comparators[key] !== undefined));
}

/**
 * Each revision among the figures, in words: "England, 2023-24: first published as 70%, revised to
 * 71.4%." The indicator's title goes first on pages that show several indicators.
 */
export function revisionNotes(
  figures: readonly Figure[],
  comparators: readonly { key: string; label: string }[],
  options: { councilName: string; withIndicator?: boolean },
): string[] {
  const notes = new Set<string>();
  for (const figure of figures) {
    const { unit, title } = figure.indicator;
    const say = (what: string, when: string, first: number, now: number): void => {
      const note = words.scorecards.revisionNote(what, when, formatFigure(first, unit), formatFigure(now, unit));
      notes.add(options.withIndicator ? `${title}: ${note}` : note);
    };
    if (figure.marks.includes('r') && figure.firstPublished !== undefined && figure.value !== undefined) {
      say(options.councilName, figure.periodLabel, figure.firstPublished, figure.value);
    }
    for (const { key, label } of comparators) {
      const comparator = figure.comparators[key];
      if (comparator?.revised && comparator.firstPublished !== undefined) {
        say(label, comparator.period, comparator.firstPublished, comparator.value);
      }
    }
  }
  return [...notes];
}

/** True when any comparator shown for these figures belongs to an earlier year than its scorecard's. */
export function showsEarlierYears(figures: readonly Figure[], comparatorKeys: readonly string[]): boolean {
  return figures.some((f) => comparatorKeys.some((key) => f.comparators[key]?.fromEarlierYear));
}

/** Everything a page must explain below the figures it shows. */
export interface FigureNotes {
  /** The symbols and marks shown, in footnote order. */
  symbols: PageSymbol[];
  /** Each revision shown, in words. */
  revisions: string[];
  /** True when a comparator figure shown is from an earlier year than its scorecard's. */
  earlierYears: boolean;
}

/**
 * The notes for a page showing these figures with these comparators. `allComparators` is true when
 * the page shows every comparator even with no figure (as [x]); otherwise only those with a figure.
 */
export function figureNotes(
  figures: readonly Figure[],
  comparators: readonly { key: string; label: string }[],
  options: { councilName: string; withIndicator?: boolean; allComparators?: boolean; targets?: boolean },
): FigureNotes {
  const shown = options.allComparators ? comparators : comparatorsWithFigures(figures, comparators);
  const keys = shown.map((c) => c.key);
  return {
    symbols: symbolsShown(figures, keys, { targets: options.targets ?? true }),
    revisions: revisionNotes(figures, shown, options),
    earlierYears: showsEarlierYears(figures, keys),
  };
}
