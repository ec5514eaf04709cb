/**
 * How figures are written. Each unit has one precision, and ratings and directions are judged on the
 * figure at that precision, so that a reader never sees "90%" rated red against a target of 90%.
 */
import type { Unit } from '../../schemas/indicators.ts';

const DECIMALS: Record<Unit, number> = {
  count: 0,
  percentage: 1,
  'rate per 10,000': 1,
  days: 0,
  weeks: 1,
};

/** The figure rounded to the precision it is published at. */
export function roundForUnit(value: number, unit: Unit): number {
  const factor = 10 ** DECIMALS[unit];
  return Math.round(value * factor) / factor;
}

const formatters = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let format = formatters.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    formatters.set(decimals, format);
  }
  return format;
}

/** "71%", "62.4", "312 days", "38.5 weeks", "1,204": the figure with its unit, as tables show it. */
export function formatFigure(value: number, unit: Unit): string {
  const text = numberFormat(DECIMALS[unit]).format(roundForUnit(value, unit));
  switch (unit) {
    case 'percentage':
      return `${text}%`;
    case 'days':
      return `${text} ${text === '1' ? 'day' : 'days'}`;
    case 'weeks':
      return `${text} ${text === '1' ? 'week' : 'weeks'}`;
    default:
      return text;
  }
}

/** The unit as a phrase for captions and column descriptions. */
export function unitPhrase(unit: Unit): string {
  switch (unit) {
    case 'percentage':
      return 'per cent';
    case 'rate per 10,000':
      return 'rate per 10,000 children';
    case 'count':
      return 'number';
    default:
      return unit;
  }
}
