/** Every action of the plan, as JSON: the same rows as actions.csv. Made once per build with the ZIP's copy (src/lib/open-data/files.ts). */
import { jsonTextResponse } from '../../lib/open-data/csv.ts';
import { openDataFile } from '../../lib/open-data/files.ts';
import { getSiteModel } from '../../model/site-model.ts';
import { actionsJsonHref } from '../../model/urls.ts';

export async function GET(): Promise<Response> {
  return jsonTextResponse(openDataFile(await getSiteModel(), actionsJsonHref));
}
