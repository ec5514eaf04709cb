/**
 * `npm run init -- <folder>`: writes a new council's content into an empty (or new) folder: the
 * smallest council that passes the check, builds and verifies, with a placeholder wherever the
 * council must write its own words. It never writes into a folder that already holds files, so it
 * cannot mix a new council with an old one.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toIsoDate } from '../../lib/calendar/index.ts';
import { councilFiles } from './council-templates.ts';
import { ScaffoldError } from './basis.ts';

export interface Initialised {
  /** The content folder, as given. */
  dir: string;
  /** The files written, relative to it. */
  files: string[];
}

/** A year after `date`, on the same day (28 February for 29 February). */
function aYearAfter(date: Date): Date {
  const next = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
  if (next.getUTCMonth() !== date.getUTCMonth()) next.setUTCDate(0);
  return next;
}

/** Writes a new council into `dir`, which must be empty or not exist yet. */
export function initCouncil(dir: string, today: Date): Initialised {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new ScaffoldError(`${dir} is a file: name a folder for the new council`);
    const inside = readdirSync(dir).filter((name) => !name.startsWith('.'));
    if (inside.length > 0) {
      throw new ScaffoldError(
        `${dir} is not empty (it holds ${inside.slice(0, 3).join(', ')}${inside.length > 3 ? ', …' : ''}): ` +
          'npm run init only writes into an empty or new folder, so that nothing of another council is left in it. ' +
          'Name a new folder, or move the old content out first',
      );
    }
  }
  const files = councilFiles({
    today: toIsoDate(today),
    inAYear: toIsoDate(aYearAfter(today)),
    year: today.getUTCFullYear(),
  });
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
  }
  return { dir, files: Object.keys(files) };
}
