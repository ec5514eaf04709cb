import { getContent } from '../../loader/load-content.ts';
import { buildDate } from '../../lib/build-date.ts';
import { jsonResponse } from '../../lib/open-data/csv.ts';
import { ACTIONS, actionRows, jsonDocument } from '../../lib/open-data/datasets.ts';

export function GET(): Response {
  return jsonResponse(jsonDocument(ACTIONS, actionRows(getContent(), buildDate())));
}
