/**
 * Every open data file the site publishes, by its address, made from the same rows as the pages'
 * endpoints serve: the ZIP of everything is built from this list, so it holds exactly the files
 * /data/ links to.
 */
import type { SiteModel } from '../../model/types.ts';
import * as urls from '../../model/urls.ts';
import { toCsv } from './csv.ts';
import { actionRows, actionsDataset } from './action-dataset.ts';
import {
  INDICATORS,
  indicatorRows,
  jsonDocument,
  scorecardDataset,
  scorecardRows,
  type Dataset,
  type Row,
} from './datasets.ts';
import { tidyFigureRows, tidyFiguresDataset } from './tidy-figures.ts';

export interface OpenDataFile {
  href: string;
  body: string;
}

export const csvOf = (dataset: Dataset, rows: readonly Row[]): string =>
  toCsv(
    dataset.columns.map((c) => c.name),
    rows,
  );
export const jsonOf = (dataset: Dataset, rows: readonly Row[]): string =>
  `${JSON.stringify(jsonDocument(dataset, rows), null, 2)}\n`;

type Model = Pick<SiteModel, 'content' | 'figures' | 'actions' | 'actionPlan'>;

/** The files made for each site model: one build's model is asked for them by 500 endpoints and the ZIP. */
const MADE = new WeakMap<Model, { files: OpenDataFile[]; byHref: Map<string, string> }>();

function made(model: Model): { files: OpenDataFile[]; byHref: Map<string, string> } {
  let known = MADE.get(model);
  if (!known) {
    const files = makeOpenDataFiles(model);
    known = { files, byHref: new Map(files.map((f) => [f.href, f.body])) };
    MADE.set(model, known);
  }
  return known;
}

/** Every open data file, made once per site model. */
export const openDataFiles = (model: Model): OpenDataFile[] => made(model).files;

/**
 * The text of the open data file at `href`, which its endpoint serves: the same text the ZIP holds,
 * made once (a 20x council has some 500 of these files, and each was being made twice).
 */
export function openDataFile(model: Model, href: string): string {
  const body = made(model).byHref.get(href);
  if (body === undefined) throw new Error(`No open data file is published at ${href}.`);
  return body;
}

function makeOpenDataFiles(model: Model): OpenDataFile[] {
  const { content, figures } = model;
  const actions = actionsDataset(model.actionPlan);
  const actionList = actionRows(model.actions.all);
  const tidy = tidyFiguresDataset(content);
  // Each indicator's rows once: figures.csv and figures.json are all of them, in indicators.yaml order.
  const byIndicator = content.indicators.map((i) => ({ id: i.id, rows: tidyFigureRows(content, figures, i.id) }));
  const allFigures = byIndicator.flatMap(({ rows }) => rows);
  const scorecard = scorecardDataset(content.site);
  return [
    { href: urls.figuresCsvHref, body: csvOf(tidy, allFigures) },
    { href: urls.figuresJsonHref, body: jsonOf(tidy, allFigures) },
    ...byIndicator.map(({ id, rows }) => ({ href: urls.indicatorCsvHref(id), body: csvOf(tidy, rows) })),
    ...content.scorecards.flatMap((card) => {
      const rows = scorecardRows(content, figures, card.year);
      return [
        { href: urls.scorecardCsvHref(card.year), body: csvOf(scorecard, rows) },
        // The year's JSON names its year first, as its endpoint writes it.
        {
          href: urls.scorecardJsonHref(card.year),
          body: `${JSON.stringify({ year: card.year, ...jsonDocument(scorecard, rows) }, null, 2)}\n`,
        },
      ];
    }),
    { href: urls.indicatorsCsvHref, body: csvOf(INDICATORS, indicatorRows(content)) },
    { href: urls.indicatorsJsonHref, body: jsonOf(INDICATORS, indicatorRows(content)) },
    { href: urls.actionsCsvHref, body: csvOf(actions, actionList) },
    { href: urls.actionsJsonHref, body: jsonOf(actions, actionList) },
  ];
}
