/**
 * A year's scorecard too long for one page (issue 15): at 20 times the example a year's tables came
 * to 28–48 kB gzipped against the 14 kB budget. A year with more than PER_PAGE.scorecardRows rows
 * gets a summary at its own address (how the year went, counted by rating for each objective) and a
 * page per objective with that objective's table, at `/scorecards/<year>/<objective>/`; an objective
 * with more rows than a page holds runs over pages of its own (src/model/paging.ts). A year that fits
 * one page stays one page, as it always was.
 */
import { words } from '../i18n/index.ts';
import type { ObjectiveTerm } from '../i18n/en.ts';
import type { Rag } from '../lib/scorecards/index.ts';
import type { FigureNotes } from '../lib/scorecards/page-notes.ts';
import type { RagCounts } from '../lib/scorecards/rag-counts.ts';
import { pageHolding, pagesOf, PER_PAGE } from './paging.ts';
import type { BoardRow, ScorecardBoard, ScorecardSection, SectionCounts } from './types.ts';
import { boardPackHref, scorecardSectionHref } from './urls.ts';

const RAGS = ['green', 'amber', 'red'] as const;

/** A board of some of a year's rows (one objective's), with the year's period columns. */
export function boardOf(board: ScorecardBoard, rows: readonly BoardRow[]): ScorecardBoard {
  const byRag = (rag: Rag): BoardRow[] => rows.filter((row) => row.latest?.rag === rag);
  const objectiveIds = new Set(rows.map((row) => row.indicator.objective));
  return {
    periods: board.periods,
    byObjective: board.byObjective
      .filter((group) => objectiveIds.has(group.objective.id))
      .map((group) => ({ objective: group.objective, rows: group.rows.filter((row) => rows.includes(row)) })),
    red: byRag('red'),
    amber: byRag('amber'),
    changed: rows.filter((row) => row.ratingChanged),
    ratings: RAGS.filter((rag) => rows.some((row) => row.latest?.rag === rag || row.previous?.rag === rag)),
  };
}

export function sectionCounts(rows: readonly BoardRow[]): SectionCounts {
  const [green, amber, red] = RAGS.map((rag) => rows.filter((row) => row.latest?.rag === rag).length) as [
    number,
    number,
    number,
  ];
  return {
    total: rows.length,
    green,
    amber,
    red,
    unrated: rows.length - green - amber - red,
    changed: rows.filter((row) => row.ratingChanged).length,
  };
}

/** How many of a year's indicators are green, amber, red or not rated at their latest figure in the year. */
export function yearRagCounts(board: ScorecardBoard): RagCounts {
  const counts = sectionCounts(board.byObjective.flatMap((group) => group.rows));
  return {
    total: counts.total,
    byRag: RAGS.map((rag) => ({ rag, count: counts[rag] })).filter((c) => c.count > 0),
    unrated: counts.unrated,
  };
}

/** The year's sections, or undefined when the whole year fits one page. */
export function scorecardSections(
  year: string,
  board: ScorecardBoard,
  term: ObjectiveTerm,
  notesFor: (rows: readonly BoardRow[]) => FigureNotes,
): ScorecardSection[] | undefined {
  const rows = board.byObjective.reduce((n, group) => n + group.rows.length, 0);
  if (rows <= PER_PAGE.scorecardRows) return undefined;
  return board.byObjective.map(({ objective, rows }) => {
    const href = scorecardSectionHref(year, objective.id);
    if (href === boardPackHref(year)) {
      throw new Error(`An objective's id cannot be "${objective.id}": its scorecard page would be the board pack's.`);
    }
    const pages = pagesOf(rows, href, PER_PAGE.scorecardRows).map((page) => ({
      ...page,
      board: boardOf(board, page.items),
    }));
    return {
      objective,
      title: words.pages.scorecard.sections.title(year, words.objectives.named(term, objective.number)),
      href,
      counts: sectionCounts(rows),
      board: boardOf(board, rows),
      pages,
      figureNotes: notesFor(rows),
      rowHrefs: Object.fromEntries(
        rows.map((row) => [row.indicator.id, `${pageHolding(pages, row).href}#${row.anchor}`]),
      ),
    };
  });
}
