/**
 * An indicator's latest figure in friendly words for "How are we doing?". The figure comes from the
 * scorecards module, already suppressed: a hidden figure has no value, and here it becomes words
 * ("fewer than 6 children…" under the usual rule), never a number. Periods are said as months, not "Q2", as the
 * calendar words them.
 */
import type { Indicator, Objective } from '../../loader/model.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { ReportingCalendar, ReportingPeriod } from '../calendar/index.ts';
import { formatFigure, type Figure, type FigureIndex } from '../scorecards/index.ts';
import { words } from '../../i18n/index.ts';
import { explainAbbreviations } from './abbreviations.ts';
import type { SmallNumbersPolicy } from '../../schemas/site-policy.ts';

const t = words.youngPeople.figuresInWords;

export interface FigureInWords {
  indicatorId: string;
  /**
   * The indicator's name: its young-person title where it has one, else its title, with any
   * abbreviation written out the first time on the page.
   */
  name: string;
  /** What it counts, in young people's words, when the content says. */
  about: string | undefined;
  /** "From July to September 2026, it was 94%.", or words instead of a hidden figure. */
  value: string;
  /** How it compares with the goal and with last time, when those are known. */
  notes: string[];
  suppressed: boolean;
  /** Copied from the figure, for the summary. */
  rag: Figure['rag'];
  direction: Figure['direction'];
}

/** The words for a figure that is not shown: why, without a number. */
function hiddenInWords(figure: Figure, smallNumbers: SmallNumbersPolicy): string {
  if (figure.suppressed)
    return figure.indicator.unit === 'count' ? t.hiddenCount(smallNumbers.hide_counts_up_to + 1) : t.hiddenShare;
  switch (figure.symbol) {
    case 'z':
      return t.notApplicable;
    case 'low':
      return t.roundsToZero;
    default:
      return t.notYet;
  }
}

/** "From July to September 2026, it was 94%." */
function valueInWords(figure: Figure, period: ReportingPeriod, smallNumbers: SmallNumbersPolicy): string {
  const shown = figure.indicator.unit === 'rate per 10,000' ? t.rate(figure.display) : figure.display;
  return t.value(period.inWords, figure.value === undefined ? hiddenInWords(figure, smallNumbers) : t.itWas(shown));
}

function notesFor(figure: Figure, unit: Indicator['unit']): string[] {
  if (figure.value === undefined) return [];
  const notes: string[] = [];
  if (figure.target !== undefined && figure.rag) notes.push(t.goal[figure.rag](formatFigure(figure.target, unit)));
  if (figure.direction) notes.push(t.direction[figure.direction]);
  return notes;
}

/**
 * The latest figure of each of the objective's indicators, in the objective's order. `seen` carries
 * the abbreviations already written out on the page; the calendar says which months a figure covers,
 * and the council's small-number rule how few children a hidden count was.
 */
export function figuresInWords(
  objective: Pick<Objective, 'indicators'>,
  figures: FigureIndex,
  calendar: ReportingCalendar,
  smallNumbers: SmallNumbersPolicy,
  glossary: readonly GlossaryTerm[],
  seen: Set<string>,
): FigureInWords[] {
  return objective.indicators.flatMap((id) => {
    const figure = figures.latest(id);
    if (!figure) return [];
    return [
      {
        indicatorId: id,
        name: explainAbbreviations(figure.indicator.young_people?.title ?? figure.indicator.title, glossary, seen),
        about: figure.indicator.young_people?.about,
        value: valueInWords(figure, calendar.period(figure.year, figure.period), smallNumbers),
        notes: notesFor(figure, figure.indicator.unit),
        suppressed: figure.suppressed,
        rag: figure.value === undefined ? undefined : figure.rag,
        direction: figure.value === undefined ? undefined : figure.direction,
      },
    ];
  });
}

/**
 * What an objective's numbers show, counted in words for "How are we doing?": "We keep track of 6
 * numbers." then how many met their goal, are getting better, and so on. A hidden figure is only
 * counted as private: its rating and direction are not used, so nothing about it can be worked out.
 */
export function figuresSummary(figures: readonly FigureInWords[]): { said: string; going: string[] } | undefined {
  if (figures.length === 0) return undefined;
  const count = (test: (f: FigureInWords) => boolean): number => figures.filter(test).length;
  const lines = t.summaryLines;
  const counted: [number, [string, string]][] = [
    [count((f) => f.rag === 'green'), lines.green],
    [count((f) => f.rag === 'amber'), lines.amber],
    [count((f) => f.rag === 'red'), lines.red],
    [count((f) => f.direction === 'improving'), lines.improving],
    [count((f) => f.direction === 'worsening'), lines.worsening],
    [count((f) => f.suppressed), lines.hidden],
  ];
  return {
    said: t.summary(figures.length),
    going: counted
      .filter(([n]) => n > 0)
      .map(([n, [one, several]]) => words.youngPeople.actionsInWords.line(n, one, several)),
  };
}
