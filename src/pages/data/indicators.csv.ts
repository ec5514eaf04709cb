import { getSiteModel } from '../../model/site-model.ts';
import { csvResponse, toCsv } from '../../lib/open-data/csv.ts';
import { INDICATORS, indicatorRows } from '../../lib/open-data/datasets.ts';

export async function GET(): Promise<Response> {
  const { content } = await getSiteModel();
  return csvResponse(
    toCsv(
      INDICATORS.columns.map((c) => c.name),
      indicatorRows(content),
    ),
  );
}
