/**
 * No hidden small number leaks anywhere the site publishes: HTML, SVG, CSV, JSON, feeds or the
 * search index. Which figures are hidden is read from the build's own open data (each
 * data/scorecards/<year>.json marks them [c]); the figure itself is worked out from the council's
 * content, which the site was built from. So the check follows whatever council is built.
 *
 * For each hidden figure:
 * - no published file holds its exact value, or that value to 2 or 3 decimals;
 * - its indicator's page and the year's scorecard never show it as the site writes figures, unless
 *   the open data shows the same figure for another period of that indicator;
 * - its indicator's table shows [c] for the figure and its numerator, and its chart draws no more
 *   points than the table shows figures;
 * - the CSV download agrees with the JSON: [c] for the value and the numerator.
 * And, as a floor under any council's policy, the open data never shows a count of 1 to 5 children,
 * or a percentage of 5 children or fewer, or of 10 or fewer, for an indicator that counts children;
 * no table or open data shows counts that differ by a small number (small-numbers-by-difference.ts);
 * and no published file states a small number of children in words (small-numbers-in-text.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadContent } from '../../loader/load-content.ts';
import { computedValue } from '../../lib/scorecards/figures.ts';
import { formatFigure } from '../../lib/scorecards/format.ts';
import { periodLabel } from '../../lib/calendar/index.ts';
import { words } from '../../i18n/index.ts';
import {
  annualReportHref,
  indicatorCsvHref,
  indicatorHref,
  scorecardCsvHref,
  scorecardHref,
} from '../../model/urls.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { ValueEntry } from '../../schemas/scorecards.ts';
import { filesUnder, fileForPath } from '../built-site/files.ts';
import type { BuiltPages } from './built-pages.ts';
import { count, type CheckResult } from './check.ts';
import { countsByDifference, type OpenDataRow } from './small-numbers-by-difference.ts';
import { smallCountsPublished } from './small-numbers-in-text.ts';

interface HiddenFigure {
  indicator: Indicator;
  year: string;
  period: ValueEntry['period'];
  raw: number;
  entry: ValueEntry;
}

/** Every text the site publishes that could carry a figure, search fragments unzipped. */
function publishedTexts(site: string): { file: string; text: string }[] {
  return filesUnder(site).flatMap((full) => {
    const file = path.relative(site, full).split(path.sep).join('/');
    if (/\.(html|svg|csv|json|xml|ics|txt)$/.test(file)) return [{ file, text: readFileSync(full, 'utf8') }];
    if (file.endsWith('.pf_fragment')) return [{ file, text: gunzipSync(readFileSync(full)).toString('utf8') }];
    return [];
  });
}

/** `needle` as a whole figure, not part of a longer number ("2%" must not match "12%"). */
function figurePattern(needle: string): RegExp {
  return new RegExp(`(?<![\\d.,])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`);
}

function openDataRows(site: string): Map<string, OpenDataRow[]> {
  const byYear = new Map<string, OpenDataRow[]>();
  const folder = path.join(site, 'data/scorecards');
  if (!existsSync(folder)) return byYear;
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
    const document = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as { rows?: OpenDataRow[] };
    byYear.set(name.replace(/\.json$/, ''), document.rows ?? []);
  }
  return byYear;
}

/** A CSV as rows of named cells (the site quotes every field, which keeps this reader small). */
function parseCsv(text: string): Record<string, string>[] {
  const rows = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
  const [header = [], ...rest] = rows;
  return rest.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** The DfE's rule, the least any council hides (DOMAIN.md): counts of 1 to 5, percentages of few children. */
function belowDisclosureFloor(indicator: Indicator, entry: ValueEntry): boolean {
  if (entry.numerator !== undefined && entry.denominator !== undefined)
    return entry.numerator <= 5 || entry.denominator <= 10;
  return indicator.unit === 'count' && entry.value !== undefined && entry.value >= 1 && entry.value <= 5;
}

export function checkSmallNumbers(built: BuiltPages, contentDir: string): CheckResult {
  const { content } = loadContent(contentDir);
  if (!content) {
    return {
      name: 'No small numbers leaked',
      checked: contentDir,
      problems: [`the content in ${contentDir} does not pass npm run check`],
    };
  }
  const problems: string[] = [];
  const openData = openDataRows(built.site);
  if (content.scorecards.length > 0 && openData.size === 0)
    problems.push('there is no open data under data/scorecards/ to say which figures are hidden');

  const hidden: HiddenFigure[] = [];
  for (const card of content.scorecards) {
    const rows = openData.get(card.year) ?? [];
    for (const row of card.indicators) {
      const indicator = content.indicators.find((i) => i.id === row.indicator);
      if (!indicator) continue;
      for (const entry of row.values) {
        const published = rows.find(
          (r) => r.indicator === row.indicator && r.period === entry.period && r.measure === 'value',
        );
        const raw = computedValue(entry);
        if (published?.value === '[c]' && raw !== undefined) {
          hidden.push({ indicator, year: card.year, period: entry.period, raw, entry });
        } else if (
          published &&
          indicator.counts_children &&
          entry.symbol === undefined &&
          belowDisclosureFloor(indicator, entry)
        ) {
          problems.push(
            `${indicator.id} ${periodLabel(entry.period, card.year)}: the open data shows ${published.value}, a figure about so few children that it must be [c]`,
          );
        }
      }
    }
  }

  const texts = publishedTexts(built.site);
  for (const figure of hidden) problems.push(...leaksOf(figure, built, texts, openData));
  problems.push(...countsByDifference(content, built, openData));
  problems.push(...smallCountsPublished(built, texts, content.site.policy.small_numbers.hide_counts_up_to));
  return {
    name: 'No small numbers leaked',
    checked: `${count(hidden.length, 'hidden figure')} (from the open data) in ${count(texts.length, 'published file')}`,
    problems,
  };
}

/** Whether the open data gives `value` for any figure, target or comparator it publishes. */
function openlyPublished(openData: Map<string, OpenDataRow[]>, value: number): boolean {
  for (const rows of openData.values()) if (rows.some((r) => r.value === value)) return true;
  return false;
}

/**
 * The published files about one indicator's figures in one year: its page and downloads, that year's
 * scorecard (its sections and board pack), open data and annual report, and their search fragments.
 */
function aboutFigure(indicatorId: string, year: string): (published: { file: string; text: string }) => boolean {
  const prefixes = [
    indicatorHref(indicatorId),
    indicatorCsvHref(indicatorId),
    scorecardHref(year),
    scorecardCsvHref(year).replace(/\.csv$/, '.'),
    annualReportHref(year),
  ].map((href) => href.slice(1));
  return ({ file, text }) => {
    // A search fragment is about the page it indexes, whose address it holds.
    const page = file.endsWith('.pf_fragment') ? (/"url":"\/([^"]*)"/.exec(text)?.[1] ?? '') : file;
    return prefixes.some((prefix) => page.startsWith(prefix));
  };
}

/**
 * What an indicator's page says of its figures: its main text without the rule it is rated by
 * ("Amber: 40% to 50%"), whose numbers are the council's thresholds, not figures.
 */
function figuresText(document: Document): string {
  const main = document.querySelector('main');
  if (!main) return '';
  const copy = main.cloneNode(true) as Element;
  const heading = [...copy.querySelectorAll('h2')].find(
    (h) => h.textContent?.trim() === words.pages.indicator.howRated,
  );
  heading?.nextElementSibling?.remove();
  return copy.textContent ?? '';
}

function leaksOf(
  figure: HiddenFigure,
  built: BuiltPages,
  texts: { file: string; text: string }[],
  openData: Map<string, OpenDataRow[]>,
): string[] {
  const { indicator, year, period, raw, entry } = figure;
  const label = `${indicator.id} ${periodLabel(period, year)}`;
  const problems: string[] = [];

  if (!Number.isInteger(raw)) {
    for (const form of new Set([String(raw), raw.toFixed(2), raw.toFixed(3)])) {
      const pattern = figurePattern(form);
      // A value the open data gives for another figure (37.5 weeks, where 3 of 8 children is hidden)
      // is published rightly wherever that figure is: only the pages about this one can leak it.
      const where = openlyPublished(openData, Number(form)) ? aboutFigure(indicator.id, year) : () => true;
      for (const { file } of texts.filter((t) => pattern.test(t.text) && where(t)))
        problems.push(`${label} is hidden, but ${file} holds it as ${form}`);
    }
  }

  const shown = formatFigure(raw, indicator.unit);
  const sameShownElsewhere = [...openData.values()]
    .flat()
    .some(
      (r) =>
        r.indicator === indicator.id && typeof r.value === 'number' && formatFigure(r.value, indicator.unit) === shown,
    );
  if (!sameShownElsewhere && indicator.unit !== 'count') {
    const indicatorPage = built.at(indicatorHref(indicator.id));
    if (indicatorPage && figurePattern(shown).test(figuresText(indicatorPage.document))) {
      problems.push(`${label} is hidden, but ${indicatorPage.url} shows ${shown}`);
    }
    const card = built
      .at(scorecardHref(year))
      ?.document.querySelector(`#indicator-${indicator.id}`)
      ?.closest('section');
    if (card && figurePattern(shown).test(card.textContent ?? ''))
      problems.push(`${label} is hidden, but ${scorecardHref(year)} shows ${shown}`);
  }

  const page = built.at(indicatorHref(indicator.id));
  if (!page) {
    problems.push(`${label} is hidden, but there is no page ${indicatorHref(indicator.id)} to check`);
  } else {
    const rows = [...page.document.querySelectorAll('.data-table tbody tr')];
    const row = rows.find((tr) => tr.querySelector('th')?.textContent?.trim() === periodLabel(period, year));
    const cells = row ? [...row.querySelectorAll('td')].map((td) => td.textContent?.trim()) : [];
    if (!row) problems.push(`${label} is hidden, but ${page.url}'s table has no row for it`);
    else if (cells[0] !== '[c]') problems.push(`${label} is hidden, but ${page.url}'s table shows ${cells[0]}`);
    else if (entry.numerator !== undefined && cells[1] !== '[c]')
      problems.push(`${label} is hidden, but ${page.url}'s table shows its numerator ${cells[1]}`);
    const shownInTable = rows.filter((tr) => {
      const first = tr.querySelector('td')?.textContent?.trim() ?? '';
      return first !== '' && !/^\[[a-z]+\]$/.test(first);
    }).length;
    const points = page.document.querySelectorAll('svg.trend-chart circle').length;
    if (points > shownInTable)
      problems.push(`${page.url}'s chart draws ${points} points but its table shows ${shownInTable} figures`);
  }

  const csvFile = fileForPath(built.site, scorecardCsvHref(year));
  if (csvFile) {
    for (const row of parseCsv(readFileSync(csvFile, 'utf8'))) {
      if (row['indicator'] !== indicator.id || row['period'] !== period) continue;
      if ((row['measure'] === 'value' || row['measure'] === 'numerator') && row['value'] !== '[c]') {
        problems.push(
          `${label} is hidden, but data/scorecards/${year}.csv gives its ${row['measure']} as ${row['value']}`,
        );
      }
    }
  }
  const numerator = (openData.get(year) ?? []).find(
    (r) => r.indicator === indicator.id && r.period === period && r.measure === 'numerator',
  );
  if (numerator && numerator.value !== '[c]')
    problems.push(`${label} is hidden, but data/scorecards/${year}.json gives its numerator as ${numerator.value}`);
  return problems;
}
