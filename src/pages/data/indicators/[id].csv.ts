/** One indicator's figures, every year, with its comparators: the same columns as figures.csv. */
import type { APIContext, GetStaticPaths } from 'astro';
import { csvResponse } from '../../../lib/open-data/csv.ts';
import { openDataFile } from '../../../lib/open-data/files.ts';
import { getSiteModel } from '../../../model/site-model.ts';
import { indicatorCsvHref } from '../../../model/urls.ts';

export const getStaticPaths = (async () => {
  const { indicators } = await getSiteModel();
  return indicators.all.map((indicator) => ({ params: { id: indicator.id } }));
}) satisfies GetStaticPaths;

// Made once per build with the ZIP's copy (src/lib/open-data/files.ts).
export async function GET({ params }: APIContext): Promise<Response> {
  return csvResponse(openDataFile(await getSiteModel(), indicatorCsvHref(params['id']!)));
}
