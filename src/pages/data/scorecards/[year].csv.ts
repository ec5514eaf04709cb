import type { APIContext, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../model/site-model.ts';
import { csvResponse, toCsv } from '../../../lib/open-data/csv.ts';
import { scorecardDataset, scorecardRows } from '../../../lib/open-data/datasets.ts';

export const getStaticPaths = (async () => {
  const { scorecards } = await getSiteModel();
  return scorecards.all.map((card) => ({ params: { year: card.year } }));
}) satisfies GetStaticPaths;

export async function GET({ params }: APIContext): Promise<Response> {
  const { content, figures } = await getSiteModel();
  return csvResponse(
    toCsv(
      scorecardDataset(content.site).columns.map((c) => c.name),
      scorecardRows(content, figures, params['year']!),
    ),
  );
}
