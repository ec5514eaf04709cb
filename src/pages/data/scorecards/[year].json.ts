import type { APIContext, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../model/site-model.ts';
import { jsonResponse } from '../../../lib/open-data/csv.ts';
import { jsonDocument, scorecardDataset, scorecardRows } from '../../../lib/open-data/datasets.ts';

export const getStaticPaths = (async () => {
  const { scorecards } = await getSiteModel();
  return scorecards.all.map((card) => ({ params: { year: card.year } }));
}) satisfies GetStaticPaths;

export async function GET({ params }: APIContext): Promise<Response> {
  const year = params['year']!;
  const { content, figures } = await getSiteModel();
  return jsonResponse({ year, ...jsonDocument(scorecardDataset(content.site), scorecardRows(content, figures, year)) });
}
