/**
 * Every figure in one tidy table, laid out as the DfE's open data standards lay out their files:
 * the time columns first (time_period, time_identifier), then the geography (geographic_level and
 * its codes and names), then the filters (indicator) and one column per measure (value, numerator,
 * denominator, target). The council's own figures are one row per indicator and period; each
 * comparator is a row of its own at its level (England national, the region regional), with the
 * year its figure is for. The same rows make the all-years file and each indicator's file.
 */
import type { Content } from '../../loader/model.ts';
import type { FigureIndex, Figure } from '../scorecards/index.ts';
import type { Column, Dataset, Row } from './datasets.ts';

/** "2024-25" → "202425", the DfE's six-digit form of a year that spans two calendar years. */
export function timePeriod(year: string): string {
  return year.replace('-', '');
}

/** England's and the council's place in the DfE's geography, as the files name them. */
const ENGLAND = { country_code: 'E92000001', country_name: 'England' };

/**
 * A comparator's geographic level: England is national and a region regional, as the DfE names
 * them; any other comparator (statistical neighbours, a family of councils) is an average of
 * councils, which the DfE's list of levels has no name for, so it is given by its label.
 */
function comparatorLevel(key: string, label: string): string {
  if (key === 'england') return 'National';
  if (key === 'region') return 'Regional';
  return label;
}

export function tidyFiguresDataset(content: Pick<Content, 'site'>): Dataset {
  const { site } = content;
  const starts = site.policy.reporting_year_starts;
  const financial = starts === 'April';
  const comparators = site.comparators.map((c) => `${c.key} (${comparatorLevel(c.key, c.label)})`).join(', ');
  const columns: Column[] = [
    { name: 'time_period', description: 'The reporting year in six digits, as the DfE writes it: 202425 for 2024-25.' },
    {
      name: 'time_identifier',
      description: financial
        ? 'Financial year for a figure for the whole year; Financial year Q1 to Financial year Q4 for a quarter.'
        : `Reporting year (starting in ${starts}) for the whole year; Reporting year Q1 to Reporting year Q4 for a quarter.`,
    },
    {
      name: 'geographic_level',
      description: `Local authority for the council's own figures; for comparators: ${comparators}.`,
    },
    { name: 'country_code', description: 'E92000001 (England).' },
    { name: 'country_name', description: 'England.' },
    { name: 'region_code', description: 'The region’s code, on the council’s rows and the region’s.' },
    { name: 'new_la_code', description: 'The council’s nine-character code, on its own rows.' },
    { name: 'la_name', description: 'The council’s name, on its own rows.' },
    {
      name: 'comparator',
      description: 'Empty for the council’s own figures; otherwise the comparator’s key, as in site.yaml.',
    },
    { name: 'comparator_name', description: 'The comparator’s name, as the site shows it.' },
    { name: 'indicator', description: 'The indicator’s id; its page is /indicators/<id>/.' },
    { name: 'indicator_title', description: 'The indicator’s name.' },
    { name: 'unit', description: 'The unit of value and target.' },
    {
      name: 'value',
      description:
        'The figure, rounded as the site shows it, or a symbol: [c] hidden to protect children’s privacy, [x] not available, [z] not applicable, [low] rounds to zero.',
    },
    { name: 'numerator', description: 'For a percentage given with its counts: the children counted, or [c].' },
    { name: 'denominator', description: 'For a percentage given with its counts: the children in the group, or [c].' },
    {
      name: 'target',
      description: 'The year’s target, on the council’s rows; [z] for indicators shown for context only.',
    },
    { name: 'rag', description: 'green, amber or red against the target; empty when not rated.' },
    { name: 'direction', description: 'improving, worsening or no change since the previous period; empty when none.' },
  ];
  return {
    title: 'Figures, every year',
    description:
      'Tidy data in the DfE’s open data layout: one row per indicator and period for the council, with value, numerator, denominator and target as columns, and one row per comparator and year.',
    columns,
  };
}

function numberOrSymbol(text: string): number | string {
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The council's rows and its comparators' rows for one indicator, oldest year first. */
function indicatorRowsOf(content: Content, figures: FigureIndex, indicatorId: string): Row[] {
  const { site } = content;
  const financial = site.policy.reporting_year_starts === 'April';
  const yearWord = financial ? 'Financial year' : 'Reporting year';
  const council = {
    geographic_level: 'Local authority',
    ...ENGLAND,
    region_code: site.codes?.region_code,
    new_la_code: site.codes?.new_la_code,
    la_name: site.council,
  };
  const rows: Row[] = [];
  const comparatorRows = new Map<string, Row>();
  const byYear = new Map<string, Figure[]>();
  for (const figure of figures.all(indicatorId)) {
    byYear.set(figure.year, [...(byYear.get(figure.year) ?? []), figure]);
  }
  for (const [year, inYear] of byYear) {
    const indicator = inYear[0]!.indicator;
    const about = { indicator: indicatorId, indicator_title: indicator.title, unit: indicator.unit };
    const time_period = timePeriod(year);
    const target = indicator.polarity === 'context only' ? '[z]' : (inYear[0]!.target ?? '[x]');
    for (const figure of inYear) {
      rows.push({
        time_period,
        time_identifier: figure.period === 'year' ? yearWord : `${yearWord} ${figure.period}`,
        ...council,
        ...about,
        value: figure.value ?? figure.display,
        numerator: figure.counts ? numberOrSymbol(figure.counts.numerator) : undefined,
        denominator: figure.counts ? numberOrSymbol(figure.counts.denominator) : undefined,
        target,
        rag: figure.rag,
        direction: figure.direction,
      });
    }
    // Comparators are annual figures, each for its own year (England's 2024-25 figure may be the
    // latest on the 2025-26 scorecard): one row per comparator and year, at its own level. A figure
    // carried forward repeats an earlier year's, and a later scorecard's revision replaces it.
    for (const { key, label } of site.comparators) {
      const figure = inYear.at(-1)!.comparators[key];
      if (figure === undefined || figure.carriedForward) continue;
      const level = comparatorLevel(key, label);
      comparatorRows.set(`${key} ${figure.period}`, {
        time_period: timePeriod(figure.period),
        time_identifier: yearWord,
        geographic_level: level,
        ...ENGLAND,
        region_code: level === 'Regional' ? site.codes?.region_code : undefined,
        comparator: key,
        comparator_name: label,
        ...about,
        value: figure.value,
      });
    }
  }
  // The council's rows by year, then the comparators' rows by year.
  rows.push(
    ...[...comparatorRows.values()].sort((a, b) => String(a['time_period']).localeCompare(String(b['time_period']))),
  );
  return rows;
}

/** Every indicator's rows, in indicators.yaml order. */
export function tidyFigureRows(content: Content, figures: FigureIndex, indicatorId?: string): Row[] {
  const ids = indicatorId === undefined ? content.indicators.map((i) => i.id) : [indicatorId];
  return ids.flatMap((id) => indicatorRowsOf(content, figures, id));
}
