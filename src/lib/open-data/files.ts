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
  /**
   * The file's text in UTF-8, as it is published. Kept as bytes rather than a string: the files
   * are held for the whole build (the endpoints and the ZIP ask for them at different times), and
   * JSON with a "’" in it is a two-byte string in V8, twice its UTF-8 size (figures.json alone was
   * 40 MB of string at 40x the example; issue 15).
   */
  bytes: Uint8Array<ArrayBuffer>;
}

const file = (href: string, body: string): OpenDataFile => ({ href, bytes: Buffer.from(body, 'utf8') });

export const csvOf = (dataset: Dataset, rows: readonly Row[]): string =>
  toCsv(
    dataset.columns.map((c) => c.name),
    rows,
  );
export const jsonOf = (dataset: Dataset, rows: readonly Row[]): string =>
  `${JSON.stringify(jsonDocument(dataset, rows), null, 2)}\n`;

type Model = Pick<SiteModel, 'content' | 'figures' | 'actions' | 'actionPlan'>;

/** The files made for each site model: one build's model is asked for them by 500 endpoints and the ZIP. */
const MADE = new WeakMap<Model, { files: OpenDataFile[]; byHref: Map<string, Uint8Array<ArrayBuffer>> }>();

function made(model: Model): { files: OpenDataFile[]; byHref: Map<string, Uint8Array<ArrayBuffer>> } {
  let known = MADE.get(model);
  if (!known) {
    const files = makeOpenDataFiles(model);
    known = { files, byHref: new Map(files.map((f) => [f.href, f.bytes])) };
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
export function openDataFile(model: Model, href: string): Uint8Array<ArrayBuffer> {
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
    file(urls.figuresCsvHref, csvOf(tidy, allFigures)),
    file(urls.figuresJsonHref, jsonOf(tidy, allFigures)),
    ...byIndicator.map(({ id, rows }) => file(urls.indicatorCsvHref(id), csvOf(tidy, rows))),
    ...content.scorecards.flatMap((card) => {
      const rows = scorecardRows(content, figures, card.year);
      return [
        file(urls.scorecardCsvHref(card.year), csvOf(scorecard, rows)),
        // The year's JSON names its year first, as its endpoint writes it.
        file(
          urls.scorecardJsonHref(card.year),
          `${JSON.stringify({ year: card.year, ...jsonDocument(scorecard, rows) }, null, 2)}\n`,
        ),
      ];
    }),
    file(urls.indicatorsCsvHref, csvOf(INDICATORS, indicatorRows(content))),
    file(urls.indicatorsJsonHref, jsonOf(INDICATORS, indicatorRows(content))),
    file(urls.actionsCsvHref, csvOf(actions, actionList)),
    file(urls.actionsJsonHref, jsonOf(actions, actionList)),
  ];
}
