/**
 * The board pack of a year too long for one page (issue 15): at 20 times the example each year's
 * pack was 54 to 65 kB gzipped against the 14 kB budget. A year whose scorecard is split by
 * objective (src/model/scorecard-sections.ts) has a board pack in the same sections: a contents page
 * at the pack's own address (the year's summary and a list of its sections), a page per objective at
 * `/scorecards/<year>/board-pack/<objective>/`, and the action plan's exceptions at
 * `/scorecards/<year>/board-pack/exceptions/`; each runs over pages when it has more than one holds
 * (src/model/paging.ts). `npm run pack` puts every page into one document and prints it once, in
 * the order of `hrefs`. A year that fits one page keeps its one-page pack.
 */
import { words } from '../i18n/index.ts';
import type { ObjectiveTerm } from '../i18n/en.ts';
import { pageHolding, pagesOf, PER_PAGE } from './paging.ts';
import { boardOf } from './scorecard-sections.ts';
import type {
  ActionExceptions,
  BoardPackObjective,
  BoardPackSections,
  ExceptionGroup,
  ExceptionRow,
  ExceptionsPage,
  ExceptionsPageGroup,
  ScorecardBoard,
  ScorecardSection,
} from './types.ts';
import {
  boardPackExceptionsHref,
  boardPackSectionHref,
  exceptionsGroupAnchor,
  objectiveSectionAnchor,
  pagedAnchor,
} from './urls.ts';

export const EXCEPTION_GROUPS: readonly ExceptionGroup[] = ['overdue', 'offTrack', 'changed'];

function exceptionRows(exceptions: ActionExceptions): ExceptionRow[] {
  return [
    ...exceptions.overdue.map((action) => ({ group: 'overdue' as const, action })),
    ...exceptions.offTrack.map((action) => ({ group: 'offTrack' as const, action })),
    ...exceptions.changed.map((change) => ({ group: 'changed' as const, change })),
  ];
}

function exceptionPages(year: string, exceptions: ActionExceptions): BoardPackSections['exceptions'] {
  const rows = exceptionRows(exceptions);
  const totals: Record<ExceptionGroup, number> = {
    overdue: exceptions.overdue.length,
    offTrack: exceptions.offTrack.length,
    changed: exceptions.changed.length,
  };
  const href = boardPackExceptionsHref(year);
  const list = pagesOf(rows, href, PER_PAGE.actions);
  // Each group starts after the rows of the groups before it: on the page holding its first row.
  const startPage = (i: number): number => {
    const before = EXCEPTION_GROUPS.slice(0, i).reduce((n, group) => n + totals[group], 0);
    return Math.min(list.length, Math.floor(before / PER_PAGE.actions) + 1);
  };
  const pages = list.map((page): ExceptionsPage => {
    const groups = EXCEPTION_GROUPS.flatMap((group, i): ExceptionsPageGroup[] => {
      const mine = page.items.filter((row) => row.group === group);
      const first = startPage(i) === page.number;
      if (mine.length === 0 && !first) return [];
      const common = {
        anchor: pagedAnchor(exceptionsGroupAnchor(group), page.number),
        total: totals[group],
        continued: !first,
      };
      return [
        group === 'changed'
          ? { ...common, group, changes: mine.flatMap((row) => (row.group === 'changed' ? [row.change] : [])) }
          : { ...common, group, actions: mine.flatMap((row) => (row.group === group ? [row.action] : [])) },
      ];
    });
    return { ...page, anchor: pagedAnchor('exceptions-heading', page.number), groups };
  });
  const groupHrefs = Object.fromEntries(
    EXCEPTION_GROUPS.map((group, i) => {
      const page = pages[startPage(i) - 1]!;
      return [group, `${page.href}#${pagedAnchor(exceptionsGroupAnchor(group), page.number)}`];
    }),
  ) as Record<ExceptionGroup, string>;
  return { href, pages, groupHrefs, totals };
}

/** The pack's sections, or undefined when the year's scorecard is one page (and so is its pack). */
export function boardPackSections(
  year: string,
  sections: readonly ScorecardSection[] | undefined,
  board: ScorecardBoard,
  exceptions: ActionExceptions,
  term: ObjectiveTerm,
): BoardPackSections | undefined {
  if (!sections) return undefined;
  const exceptionsSection = exceptionPages(year, exceptions);
  const objectives = sections.map((section): BoardPackObjective => {
    const href = boardPackSectionHref(year, section.objective.id);
    if (href === exceptionsSection.href) {
      throw new Error(
        `An objective's id cannot be "${section.objective.id}": its board pack page would be the action plan exceptions'.`,
      );
    }
    const rows = section.pages.flatMap((page) => page.items);
    const pages = pagesOf(rows, href, PER_PAGE.scorecardRows).map((page) => ({
      ...page,
      board: boardOf(board, page.items),
      anchor: pagedAnchor(objectiveSectionAnchor(section.objective.id), page.number),
    }));
    return {
      section,
      title: words.pages.boardPack.sections.objectiveTitle(
        year,
        words.objectives.named(term, section.objective.number),
      ),
      href,
      pages,
      rowHrefs: Object.fromEntries(
        rows.map((row) => [row.indicator.id, `${pageHolding(pages, row).href}#${row.anchor}`]),
      ),
    };
  });
  return {
    objectives,
    exceptions: exceptionsSection,
    hrefs: [
      ...objectives.flatMap((objective) => objective.pages.map((page) => page.href)),
      ...exceptionsSection.pages.map((page) => page.href),
    ],
  };
}
