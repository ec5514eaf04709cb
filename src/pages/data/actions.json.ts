import { getSiteModel } from '../../model/site-model.ts';
import { jsonResponse } from '../../lib/open-data/csv.ts';
import { jsonDocument } from '../../lib/open-data/datasets.ts';
import { actionRows, actionsDataset } from '../../lib/open-data/action-dataset.ts';

export async function GET(): Promise<Response> {
  const { actions, actionPlan } = await getSiteModel();
  return jsonResponse(jsonDocument(actionsDataset(actionPlan), actionRows(actions.all)));
}
