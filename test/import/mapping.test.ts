/** A saved mapping is content like any other: the check reads it and pins each mistake to its line. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { errorsIn, formatProblem, sortProblems } from '../../src/loader/problems.ts';
import { COUNCIL, ROOT, TODAY } from './helpers.ts';

function councilWith(overlay: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'import-mapping-')), 'content');
  cpSync(COUNCIL, dir, { recursive: true });
  cpSync(path.join(ROOT, 'test/fixtures', overlay, 'content'), dir, { recursive: true });
  return dir;
}

const errors = (dir: string): string[] =>
  sortProblems(errorsIn(loadContent(dir, { today: TODAY }).problems)).map(formatProblem);

describe('mapping files in content/imports/', () => {
  it('are checked with the rest of the content', () => {
    expect(errors(councilWith('import-bad-mapping'))).toMatchInlineSnapshot(`
      [
        "content/imports/bad.yaml:2:1  unknown field "colums". Did you mean "columns"?",
        "content/imports/bad.yaml:5:11  "Purple" must be one of: not started, on track, at risk, off track, complete (not "finished")",
      ]
    `);
  });

  it('and so are the council’s codes in site.yaml', () => {
    const dir = councilWith('import-bad-mapping');
    writeFileSync(path.join(dir, 'imports/bad.yaml'), 'kind: comparators\n');
    cpSync(path.join(COUNCIL, 'site.yaml'), path.join(dir, 'site.yaml'));
    const site = path.join(dir, 'site.yaml');
    writeFileSync(
      site,
      `${readFileSync(site, 'utf8').replace('E12000009', 'South West').replace('statistical_neighbours_average: mean', 'statistical_neighbours_average: average')}`,
    );
    expect(errors(dir)).toMatchInlineSnapshot(`
      [
        "content/site.yaml:17:16  "region_code": write a nine-character code such as "E06000015", as in the DfE's files",
        "content/site.yaml:20:33  "statistical_neighbours_average" must be one of: mean, median (not "average")",
      ]
    `);
  });
});
