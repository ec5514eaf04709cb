/** One indicator's figures, every year, with its comparators: the same columns as figures.csv. */
import type { APIContext, GetStaticPaths } from 'astro';
import { csvResponse } from '../../../lib/open-data/csv.ts';
import { csvOf } from '../../../lib/open-data/files.ts';
import { tidyFigureRows, tidyFiguresDataset } from '../../../lib/open-data/tidy-figures.ts';
import { getSiteModel } from '../../../model/site-model.ts';

export const getStaticPaths = (async () => {
  const { indicators } = await getSiteModel();
  return indicators.all.map((indicator) => ({ params: { id: indicator.id } }));
}) satisfies GetStaticPaths;

export async function GET({ params }: APIContext): Promise<Response> {
  const { content, figures } = await getSiteModel();
  return csvResponse(csvOf(tidyFiguresDataset(content), tidyFigureRows(content, figures, params['id']!)));
}
