/**
 * The open data downloads: what each holds, its columns in words (listed on /data/), and its rows.
 * Every figure comes from the scorecard module, so the suppression rule has already been applied:
 * a hidden figure is the symbol [c], never the number.
 */
import type { Content, Site } from '../../loader/model.ts';
import { MONTHS, monthName, reportingYear } from '../calendar/index.ts';
import { inWordsList } from '../words.ts';
import type { Figure, FigureIndex } from '../scorecards/index.ts';
import { comparatorValue } from '../scorecards/comparator-figures.ts';
import type { Cell } from './csv.ts';

export interface Column {
  name: string;
  description: string;
}

export type Row = Record<string, Cell>;

export interface Dataset {
  title: string;
  description: string;
  columns: Column[];
}

export const INDICATORS: Dataset = {
  title: 'Indicators',
  description: 'What the council measures: one row per indicator, with its definition, source and which way is better.',
  columns: [
    { name: 'id', description: 'Stable id; the indicator’s page is /indicators/<id>/.' },
    { name: 'title', description: 'The indicator’s name.' },
    { name: 'definition', description: 'Exactly what is counted, and for whom.' },
    { name: 'unit', description: 'count, percentage, rate per 10,000, days or weeks.' },
    { name: 'polarity', description: 'higher is better, lower is better, or context only (no rating).' },
    { name: 'source', description: 'Where the figures come from.' },
    { name: 'objective', description: 'The id of the objective the indicator tracks.' },
    { name: 'lead', description: 'The lead roles’ job titles, separated by semicolons.' },
    { name: 'counts_children', description: 'true when the figures count children, so small numbers are hidden.' },
    { name: 'frequency', description: 'quarterly or annual.' },
  ],
};

/** The scorecard download, described with the council's comparators and the months of its reporting year. */
export function scorecardDataset(site: Site): Dataset {
  const startMonth = MONTHS.indexOf(site.policy.reporting_year_starts) + 1;
  // Any year will do: only the months are said.
  const sample = reportingYear('2001-02', startMonth);
  const months = (period: 'Q1' | 'Q4'): string => {
    const { start, end } = sample.periods[period];
    return `${monthName(start.getUTCMonth() + 1)} to ${monthName(end.getUTCMonth() + 1)}`;
  };
  const comparators = site.comparators.map((c) => c.key);
  const measures = ['value', 'numerator', 'denominator', 'target', ...comparators];
  const described = [
    'value (the figure)',
    'numerator and denominator (children, for percentages)',
    'target',
    ...comparators,
  ];
  return {
    title: 'Scorecard',
    description: `Tidy data: one row per indicator, period and measure. Measures are ${inWordsList(described)}.`,
    columns: [
      { name: 'year', description: `The reporting year, ${sample.months}, such as 2024-25.` },
      { name: 'period', description: `Q1 (${months('Q1')}) to Q4 (${months('Q4')}), or year for an annual figure.` },
      { name: 'indicator', description: 'The indicator’s id.' },
      { name: 'indicator_title', description: 'The indicator’s name.' },
      {
        name: 'measure',
        description: `${measures.slice(0, -1).join(', ')} or ${measures.at(-1)!}.`,
      },
      {
        name: 'value',
        description:
          'The number, rounded as the site shows it (one decimal place for percentages, rates and weeks; whole days and counts), or a symbol: [c] hidden to protect children’s privacy, [x] not available, [z] not applicable, [low] rounds to zero.',
      },
      {
        name: 'unit',
        description: 'The unit of the value: the indicator’s unit, or children for numerators and denominators.',
      },
      {
        name: 'rag',
        description: 'For values: green, amber or red against the target; empty when there is no rating.',
      },
      {
        name: 'direction',
        description: 'For values: improving, worsening or no change since the previous period; empty when none.',
      },
    ],
  };
}

function roleTitles(content: Content, ids: readonly string[]): string {
  return ids.map((id) => content.roles.find((r) => r.id === id)?.title ?? id).join('; ');
}

export function indicatorRows(content: Content): Row[] {
  return content.indicators.map((i) => ({
    id: i.id,
    title: i.title,
    definition: i.definition,
    unit: i.unit,
    polarity: i.polarity,
    source: i.source,
    objective: i.objective,
    lead: roleTitles(content, i.lead),
    counts_children: i.counts_children,
    frequency: i.frequency,
  }));
}

/** A figure's published value: the number, or its symbol in brackets. */
function published(figure: Figure): number | string {
  return figure.value ?? figure.display;
}

export function scorecardRows(content: Content, index: FigureIndex, year: string): Row[] {
  const card = content.scorecards.find((s) => s.year === year);
  if (!card) return [];
  const rows: Row[] = [];
  for (const row of card.indicators) {
    const id = row.indicator;
    const figures = index.inYear(id, year);
    const indicator = figures[0]?.indicator;
    if (!indicator) continue;
    const base = { year, indicator: id, indicator_title: indicator.title };
    for (const figure of figures) {
      const at = { ...base, period: figure.period };
      rows.push({
        ...at,
        measure: 'value',
        value: published(figure),
        unit: indicator.unit,
        rag: figure.rag,
        direction: figure.direction,
      });
      if (figure.counts) {
        rows.push({ ...at, measure: 'numerator', value: numberOrSymbol(figure.counts.numerator), unit: 'children' });
        rows.push({
          ...at,
          measure: 'denominator',
          value: numberOrSymbol(figure.counts.denominator),
          unit: 'children',
        });
      }
    }
    const yearly = { ...base, period: 'year', unit: indicator.unit };
    const noTarget = indicator.polarity === 'context only' ? '[z]' : '[x]';
    rows.push({ ...yearly, measure: 'target', value: row.target ?? noTarget });
    for (const { key } of content.site.comparators) {
      const given = row.comparators[key];
      rows.push({ ...yearly, measure: key, value: given === undefined ? '[x]' : comparatorValue(given) });
    }
  }
  return rows;
}

function numberOrSymbol(text: string): number | string {
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** JSON carries the same rows as the CSV, with numbers as numbers and empty cells left out. */
export function jsonDocument(dataset: Dataset, rows: readonly Row[]): object {
  return {
    title: dataset.title,
    description: dataset.description,
    columns: dataset.columns,
    rows: rows.map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, typeof v === 'object' ? v.spreadsheetText : v]),
      ),
    ),
  };
}
