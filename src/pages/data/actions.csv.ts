import { getSiteModel } from '../../model/site-model.ts';
import { csvResponse } from '../../lib/open-data/csv.ts';
import { actionRows, actionsDataset } from '../../lib/open-data/action-dataset.ts';
import { csvOf } from '../../lib/open-data/files.ts';

export async function GET(): Promise<Response> {
  const { actions, actionPlan } = await getSiteModel();
  return csvResponse(csvOf(actionsDataset(actionPlan), actionRows(actions.all)));
}
