/**
 * An indicator's latest figure in friendly words for "How are we doing?". The figure comes from the
 * scorecards module, already suppressed: a hidden figure has no value, and here it becomes words
 * ("fewer than 6 children…"), never a number. Periods are said as months, not "Q2", as the
 * calendar words them.
 */
import type { Indicator, Objective } from '../../loader/model.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { ReportingCalendar, ReportingPeriod } from '../calendar/index.ts';
import { formatFigure, type Figure, type FigureIndex } from '../scorecards/index.ts';
import { explainAbbreviations } from './abbreviations.ts';

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
function hiddenInWords(figure: Figure): string {
  if (figure.suppressed) {
    return figure.indicator.unit === 'count'
      ? 'it was fewer than 6 children, so we do not show the exact number to keep them private'
      : 'it was about a small number of children, so we do not show the exact number to keep them private';
  }
  switch (figure.symbol) {
    case 'z':
      return 'this did not apply';
    case 'low':
      return 'it was so small that it rounds down to 0';
    default:
      return 'we do not have this number yet';
  }
}

/** "From July to September 2026, it was 94%." */
function valueInWords(figure: Figure, period: ReportingPeriod): string {
  const shown =
    figure.indicator.unit === 'rate per 10,000' ? `${figure.display} in every 10,000 children` : figure.display;
  return `From ${period.inWords}, ${figure.value === undefined ? hiddenInWords(figure) : `it was ${shown}`}.`;
}

function notesFor(figure: Figure, unit: Indicator['unit']): string[] {
  if (figure.value === undefined) return [];
  const notes: string[] = [];
  if (figure.target !== undefined && figure.rag) {
    const goal = formatFigure(figure.target, unit);
    notes.push(
      figure.rag === 'green'
        ? `We met our goal of ${goal}.`
        : figure.rag === 'amber'
          ? `We are close to our goal of ${goal}.`
          : `We have not met our goal of ${goal} yet.`,
    );
  }
  if (figure.direction === 'improving') notes.push('It is getting better.');
  else if (figure.direction === 'worsening') notes.push('It is getting worse.');
  else if (figure.direction === 'no change') notes.push('It is the same as last time.');
  return notes;
}

/**
 * The latest figure of each of the objective's indicators, in the objective's order. `seen` carries
 * the abbreviations already written out on the page; the calendar says which months a figure covers.
 */
export function figuresInWords(
  objective: Pick<Objective, 'indicators'>,
  figures: FigureIndex,
  calendar: ReportingCalendar,
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
        value: valueInWords(figure, calendar.period(figure.year, figure.period)),
        notes: notesFor(figure, figure.indicator.unit),
        suppressed: figure.suppressed,
        rag: figure.value === undefined ? undefined : figure.rag,
        direction: figure.value === undefined ? undefined : figure.direction,
      },
    ];
  });
}

const plural = (count: number, one: string, several: string): string => `${count} ${count === 1 ? one : several}`;

/**
 * What an objective's numbers show, counted in words for "How are we doing?": "We keep track of 6
 * numbers." then how many met their goal, are getting better, and so on. A hidden figure is only
 * counted as private: its rating and direction are not used, so nothing about it can be worked out.
 */
export function figuresSummary(figures: readonly FigureInWords[]): { said: string; going: string[] } | undefined {
  if (figures.length === 0) return undefined;
  const count = (test: (f: FigureInWords) => boolean): number => figures.filter(test).length;
  const lines: [number, string, string][] = [
    [count((f) => f.rag === 'green'), 'met our goal', 'met our goal'],
    [count((f) => f.rag === 'amber'), 'is close to our goal', 'are close to our goal'],
    [count((f) => f.rag === 'red'), 'has not met our goal yet', 'have not met our goal yet'],
    [count((f) => f.direction === 'improving'), 'is getting better', 'are getting better'],
    [count((f) => f.direction === 'worsening'), 'is getting worse', 'are getting worse'],
    [
      count((f) => f.suppressed),
      'is about very few children, so we keep it private',
      'are about very few children, so we keep them private',
    ],
  ];
  return {
    said: `We also keep track of ${plural(figures.length, 'number', 'numbers')}. Here is what they show:`,
    going: lines.filter(([n]) => n > 0).map(([n, one, several]) => `${plural(n, one, several)}.`),
  };
}
