/** One reporting year's scorecard as JSON. Made once per build with the ZIP's copy (src/lib/open-data/files.ts). */
import type { APIContext, GetStaticPaths } from 'astro';
import { jsonTextResponse } from '../../../lib/open-data/csv.ts';
import { openDataFile } from '../../../lib/open-data/files.ts';
import { getSiteModel } from '../../../model/site-model.ts';
import { scorecardJsonHref } from '../../../model/urls.ts';

export const getStaticPaths = (async () => {
  const { scorecards } = await getSiteModel();
  return scorecards.all.map((card) => ({ params: { year: card.year } }));
}) satisfies GetStaticPaths;

export async function GET({ params }: APIContext): Promise<Response> {
  return jsonTextResponse(openDataFile(await getSiteModel(), scorecardJsonHref(params['year']!)));
}
