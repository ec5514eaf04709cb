/** Every action of the plan, one row each, as CSV. Made once per build with the ZIP's copy (src/lib/open-data/files.ts). */
import { csvResponse } from '../../lib/open-data/csv.ts';
import { openDataFile } from '../../lib/open-data/files.ts';
import { getSiteModel } from '../../model/site-model.ts';
import { actionsCsvHref } from '../../model/urls.ts';

export async function GET(): Promise<Response> {
  return csvResponse(openDataFile(await getSiteModel(), actionsCsvHref));
}
