/** Every open data file in one ZIP, for people who want all of it at once. */
import { openDataFiles } from '../../lib/open-data/files.ts';
import { zipFiles } from '../../lib/open-data/zip.ts';
import { getSiteModel } from '../../model/site-model.ts';

export async function GET(): Promise<Response> {
  const model = await getSiteModel();
  const zip = zipFiles(openDataFiles(model), model.today);
  return new Response(zip.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/zip' } });
}
