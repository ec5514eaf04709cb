/** Every figure of every year in one tidy CSV, in the DfE's open data layout. */
import { csvResponse } from '../../lib/open-data/csv.ts';
import { csvOf } from '../../lib/open-data/files.ts';
import { tidyFigureRows, tidyFiguresDataset } from '../../lib/open-data/tidy-figures.ts';
import { getSiteModel } from '../../model/site-model.ts';

export async function GET(): Promise<Response> {
  const { content, figures } = await getSiteModel();
  return csvResponse(csvOf(tidyFiguresDataset(content), tidyFigureRows(content, figures)));
}
