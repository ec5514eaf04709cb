import { getSiteModel } from '../../model/site-model.ts';
import { csvResponse, toCsv } from '../../lib/open-data/csv.ts';
import { ACTIONS, actionRows } from '../../lib/open-data/datasets.ts';

export async function GET(): Promise<Response> {
  const { content, today } = await getSiteModel();
  return csvResponse(
    toCsv(
      ACTIONS.columns.map((c) => c.name),
      actionRows(content, today),
    ),
  );
}
