/** The same rows as figures.csv, as JSON. */
import { jsonResponse } from '../../lib/open-data/csv.ts';
import { jsonDocument } from '../../lib/open-data/datasets.ts';
import { tidyFigureRows, tidyFiguresDataset } from '../../lib/open-data/tidy-figures.ts';
import { getSiteModel } from '../../model/site-model.ts';

export async function GET(): Promise<Response> {
  const { content, figures } = await getSiteModel();
  return jsonResponse(jsonDocument(tidyFiguresDataset(content), tidyFigureRows(content, figures)));
}
