/** The RAG rule in words, as each indicator page states it: "Green: 90% or more. Amber: 85% to 90%. Red: below 85%." */
import type { Indicator } from '../../schemas/indicators.ts';
import type { Tolerance } from '../../schemas/scorecards.ts';
import { formatFigure } from './format.ts';
import { amberLimit, amberWidth } from './rag.ts';

export function ruleText(
  indicator: Pick<Indicator, 'polarity' | 'unit'>,
  target: number | undefined,
  tolerance: Tolerance | undefined,
  year: string,
): string {
  if (indicator.polarity === 'context only')
    return 'No rating: this indicator gives context only, so it has no target.';
  if (target === undefined) return `No rating: there is no target for ${year}.`;
  const show = (value: number): string => formatFigure(value, indicator.unit);
  const lower = indicator.polarity === 'lower is better';
  const green = `Green: ${show(target)} or ${lower ? 'less' : 'more'}.`;
  if (amberWidth(target, tolerance) === 0) {
    return `${green} Red: ${lower ? 'above' : 'below'} ${show(target)}.`;
  }
  const limit = amberLimit(target, tolerance, indicator.polarity);
  const amber = lower ? `Amber: ${show(target)} to ${show(limit)}.` : `Amber: ${show(limit)} to ${show(target)}.`;
  return `${green} ${amber} Red: ${lower ? 'above' : 'below'} ${show(limit)}.`;
}
