import type { APIContext, GetStaticPaths } from 'astro';
import { getContent } from '../../../loader/load-content.ts';
import { csvResponse, toCsv } from '../../../lib/open-data/csv.ts';
import { SCORECARD, scorecardRows, scorecardYears } from '../../../lib/open-data/datasets.ts';

export const getStaticPaths = (() =>
  scorecardYears(getContent()).map((year) => ({ params: { year } }))) satisfies GetStaticPaths;

export function GET({ params }: APIContext): Response {
  return csvResponse(
    toCsv(
      SCORECARD.columns.map((c) => c.name),
      scorecardRows(getContent(), params['year']!),
    ),
  );
}
