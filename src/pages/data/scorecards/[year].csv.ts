/** One reporting year's scorecard as CSV. Made once per build with the ZIP's copy (src/lib/open-data/files.ts). */
import type { APIContext, GetStaticPaths } from 'astro';
import { csvResponse } from '../../../lib/open-data/csv.ts';
import { openDataFile } from '../../../lib/open-data/files.ts';
import { getSiteModel } from '../../../model/site-model.ts';
import { scorecardCsvHref } from '../../../model/urls.ts';

export const getStaticPaths = (async () => {
  const { scorecards } = await getSiteModel();
  return scorecards.all.map((card) => ({ params: { year: card.year } }));
}) satisfies GetStaticPaths;

export async function GET({ params }: APIContext): Promise<Response> {
  return csvResponse(openDataFile(await getSiteModel(), scorecardCsvHref(params['year']!)));
}
