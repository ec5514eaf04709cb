/**
 * `npm run pack -- <year> --out <folder> [--site <built site>]`: writes the board pack for a reporting
 * year, an accessible tagged PDF of its scorecard and the action plan's exceptions, printed from the
 * built site (dist/ unless --site says otherwise) by Chromium. Example: npm run pack -- 2026-27 --out papers
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PackError, writeBoardPack } from '../src/cli/pack/board-pack.ts';

const usage = 'Usage: npm run pack -- <year> --out <folder>, for example npm run pack -- 2026-27 --out papers';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, site: { type: 'string', default: 'dist' } },
  });
} catch (error) {
  console.error(`✗ ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [year, ...extra] = parsed.positionals;
const { out, site } = parsed.values;
if (!year || extra.length > 0 || !out) {
  console.error(`✗ Say which year and where to write the PDF. ${usage}`);
  process.exit(2);
}
try {
  const file = await writeBoardPack({ year, out: path.resolve(out), site: path.resolve(site) });
  console.log(`✓ Wrote ${path.relative(process.cwd(), file) || file}`);
} catch (error) {
  if (!(error instanceof PackError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
