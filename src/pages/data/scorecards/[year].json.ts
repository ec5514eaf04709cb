import type { APIContext, GetStaticPaths } from 'astro';
import { getContent } from '../../../loader/load-content.ts';
import { jsonResponse } from '../../../lib/open-data/csv.ts';
import { SCORECARD, jsonDocument, scorecardRows, scorecardYears } from '../../../lib/open-data/datasets.ts';

export const getStaticPaths = (() =>
  scorecardYears(getContent()).map((year) => ({ params: { year } }))) satisfies GetStaticPaths;

export function GET({ params }: APIContext): Response {
  const year = params['year']!;
  return jsonResponse({ year, ...jsonDocument(SCORECARD, scorecardRows(getContent(), year)) });
}
