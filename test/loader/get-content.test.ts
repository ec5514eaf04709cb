/** getContent() and the process-wide load: one read per folder and day, never another folder's content. */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getContent, loadContentOnce, reloadContent } from '../../src/loader/load-content.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

/** A copy of the minimal council under another name, so two folders' content can be told apart. */
function councilNamed(name: string): string {
  const dir = copyCouncil();
  const file = path.join(dir, 'site.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('council: Testford Council', `council: ${name}`));
  return dir;
}

/** Counts full reads of content folders, as the build's load-once test does (see load-count.ts). */
function countingLoads(): () => string[] {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'cp-loads-')), 'loads.log');
  writeFileSync(log, '');
  process.env['CONTENT_LOAD_LOG'] = log;
  return () => readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

afterEach(() => {
  delete process.env['CONTENT_LOAD_LOG'];
});

describe('getContent', () => {
  it("returns each folder's own content, whichever folder came first", () => {
    const first = councilNamed('Northwick Council');
    const second = councilNamed('Southby Council');
    expect(getContent(first).site.council).toBe('Northwick Council');
    expect(getContent(second).site.council).toBe('Southby Council');
    expect(getContent(first).site.council).toBe('Northwick Council');
  });

  it('reads and validates a folder once, however many callers ask', () => {
    const dir = councilNamed('Eastby Council');
    const loads = countingLoads();
    const once = loadContentOnce(dir, { today: TODAY });
    expect(loadContentOnce(dir, { today: TODAY })).toBe(once);
    expect(loads()).toEqual([dir]);
  });

  it('judges each day separately: another build date is another load', () => {
    const dir = councilNamed('Westby Council');
    const loads = countingLoads();
    loadContentOnce(dir, { today: TODAY });
    loadContentOnce(dir, { today: new Date(Date.UTC(2027, 0, 5)) });
    expect(loads()).toEqual([dir, dir]);
  });

  it('reloading reads the folder again and shares the new result', () => {
    const dir = councilNamed('Midby Council');
    expect(loadContentOnce(dir, { today: TODAY }).content?.site.council).toBe('Midby Council');
    const file = path.join(dir, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('council: Midby Council', 'council: Midby Borough'));
    expect(loadContentOnce(dir, { today: TODAY }).content?.site.council).toBe('Midby Council');
    expect(reloadContent(dir, { today: TODAY }).content?.site.council).toBe('Midby Borough');
    expect(loadContentOnce(dir, { today: TODAY }).content?.site.council).toBe('Midby Borough');
  });
});
