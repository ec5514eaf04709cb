import { getContent } from '../../loader/load-content.ts';
import { jsonResponse } from '../../lib/open-data/csv.ts';
import { INDICATORS, indicatorRows, jsonDocument } from '../../lib/open-data/datasets.ts';

export function GET(): Response {
  return jsonResponse(jsonDocument(INDICATORS, indicatorRows(getContent())));
}
