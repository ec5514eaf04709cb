import { getSiteModel } from '../../model/site-model.ts';
import { jsonResponse } from '../../lib/open-data/csv.ts';
import { INDICATORS, indicatorRows, jsonDocument } from '../../lib/open-data/datasets.ts';

export async function GET(): Promise<Response> {
  const { content } = await getSiteModel();
  return jsonResponse(jsonDocument(INDICATORS, indicatorRows(content)));
}
