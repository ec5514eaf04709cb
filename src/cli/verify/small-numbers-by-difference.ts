/**
 * Secondary suppression, checked on the build: where the open data or an indicator's table shows
 * both the children counted and the group as numbers, they must not differ by a small number (46 of
 * 47 care leavers in touch says 1 is not), by the council's rule
 * (policy.small_numbers.hide_counts_when_difference_up_to).
 */
import { periodLabel, type Period } from '../../lib/calendar/index.ts';
import type { Content } from '../../loader/model.ts';
import { indicatorHref } from '../../model/urls.ts';
import type { BuiltPages } from './built-pages.ts';

type Cell = string | number;
export interface OpenDataRow {
  year: string;
  indicator: string;
  period: string;
  measure: string;
  value: Cell;
}

const asCount = (cell: Cell | undefined): number | undefined => {
  const n = typeof cell === 'number' ? cell : Number(String(cell ?? '').replaceAll(',', ''));
  return cell === undefined || cell === '' || !Number.isFinite(n) ? undefined : n;
};

export function countsByDifference(
  content: Content,
  built: BuiltPages,
  openData: ReadonlyMap<string, readonly OpenDataRow[]>,
): string[] {
  const most = content.site.policy.small_numbers.hide_counts_when_difference_up_to;
  if (most < 1) return [];
  const small = (part: number | undefined, whole: number | undefined): boolean =>
    part !== undefined && whole !== undefined && whole - part >= 1 && whole - part <= most;
  const problems: string[] = [];
  const children = new Set(content.indicators.filter((i) => i.counts_children).map((i) => i.id));

  for (const [year, rows] of openData) {
    for (const row of rows.filter((r) => r.measure === 'numerator' && children.has(r.indicator))) {
      const whole = rows.find(
        (r) => r.measure === 'denominator' && r.indicator === row.indicator && r.period === row.period,
      );
      const [part, of] = [asCount(row.value), asCount(whole?.value)];
      if (small(part, of))
        problems.push(
          `${row.indicator} ${periodLabel(row.period as Period, year)}: data/scorecards/${year}.json shows ${part} of ${of}, which gives away the ${of! - part!} not counted: both must be [c]`,
        );
    }
  }
  for (const id of children) {
    const page = built.at(indicatorHref(id));
    for (const tr of page?.document.querySelectorAll('.data-table tbody tr') ?? []) {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim());
      if (small(asCount(cells[1]), asCount(cells[2])))
        problems.push(
          `${page!.url}'s table shows ${cells[1]} of ${cells[2]} for ${tr.querySelector('th')?.textContent?.trim()}, which gives away the ${asCount(cells[2])! - asCount(cells[1])!} not counted: both must be [c]`,
        );
    }
  }
  return problems;
}
