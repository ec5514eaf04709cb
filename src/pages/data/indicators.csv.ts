import { getContent } from '../../loader/load-content.ts';
import { csvResponse, toCsv } from '../../lib/open-data/csv.ts';
import { INDICATORS, indicatorRows } from '../../lib/open-data/datasets.ts';

export function GET(): Response {
  return csvResponse(
    toCsv(
      INDICATORS.columns.map((c) => c.name),
      indicatorRows(getContent()),
    ),
  );
}
