import { getSiteModel } from '../../model/site-model.ts';
import { jsonResponse } from '../../lib/open-data/csv.ts';
import { ACTIONS, actionRows, jsonDocument } from '../../lib/open-data/datasets.ts';

export async function GET(): Promise<Response> {
  const { content, today } = await getSiteModel();
  return jsonResponse(jsonDocument(ACTIONS, actionRows(content, today)));
}
