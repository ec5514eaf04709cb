/**
 * `npm run pack`: the board pack PDF printed by Chromium from the second fixture council's built site
 * is tagged (pdfinfo, from Debian's poppler-utils, which .ci/run installs), landscape, and holds the
 * scorecard's headings, table headers and figures and the action plan's exceptions as text (pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackError, writeBoardPack } from '../../src/cli/pack/board-pack.ts';
import { en } from '../../src/i18n/en.ts';
import { page, text } from '../support/built-site.ts';
import { describeInBrowser } from '../support/browser.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('second-council');

describe('the board pack page', () => {
  it('lists the action plan’s exceptions under their own headings, and stays out of search', () => {
    const doc = page(SITE, '/scorecards/2026-27/board-pack/');
    const headings = [...doc.querySelectorAll('main h2, main h3')].map((h) => h.textContent!.trim());
    expect(headings).toContain('Action plan exceptions');
    for (const start of ['Overdue: ', 'Off track: ', 'Changed since the last period: ']) {
      expect(
        headings.some((h) => h.startsWith(start)),
        start,
      ).toBe(true);
    }
    expect(text(doc)).toContain('As of 22 November 2026.');
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page(SITE, '/scorecards/2026-27/').querySelector('a[href="/scorecards/2026-27/board-pack/"]')).toBeTruthy();
  });
});

describeInBrowser('npm run pack', () => {
  let pdf = '';
  beforeAll(async () => {
    pdf = await writeBoardPack({ year: '2026-27', out: mkdtempSync(path.join(tmpdir(), 'pack-')), site: SITE });
  }, 120_000);

  it('writes a tagged PDF on landscape pages', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info)!;
    expect(Number(width)).toBeGreaterThan(Number(height));
    expect(info).toMatch(/^Title:\s+Board pack 2026-27/m);
  });

  it('links to the published site (site.yaml’s url), never to the machine that printed it', () => {
    const urls = execFileSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/).at(-1) ?? '')
      .filter((url) => /^https?:/.test(url));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith('https://children.wexcombe.gov.uk/'))).toEqual([]);
  });

  it('holds the scorecard’s summary, table headers and figures and the exceptions as text', () => {
    const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Summary',
      'Red, off target: 1 indicator',
      'Children who went missing from care',
      'Change since the last period',
      // Q2's months ("July to September 2026"), which a narrow column header may break across lines.
      'July to',
      '68.4%',
      'Key to the tables',
      'Action plan exceptions',
    ]) {
      expect(words).toContain(expected);
    }
    // No search form or navigation in print.
    expect(words).not.toContain(en.chrome.searchLabel);
    expect(words).not.toContain(en.chrome.searchButton);
  });

  it('starts each objective’s table on a new page', () => {
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
    const starting = (heading: string): number => pages.findIndex((p) => p.trimStart().startsWith(heading));
    // The objectives' headings as the built page words them (this council calls them pledges).
    const headings = [...page(SITE, '/scorecards/2026-27/board-pack/').querySelectorAll('.board-objective h2')].map(
      (h) => h.textContent!.trim(),
    );
    expect(headings).toHaveLength(3);
    for (const heading of headings) expect(starting(heading), heading).toBeGreaterThan(0);
  });
});

describeInBrowser('npm run pack, for a plan whose statuses changed in the last period', () => {
  it('says in the PDF, for each action that changed, from what to what and when', async () => {
    const site = await testSite('plan-shapes');
    const pdf = await writeBoardPack({ year: '2025-26', out: mkdtempSync(path.join(tmpdir(), 'pack-')), site });
    const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const heading = 'Changed since the last period: 2 actions';
    expect(words).toContain(heading);
    // The table's text after its heading: a narrow cell may break its words across lines.
    const changed = words.slice(words.indexOf(heading));
    for (const expected of [
      'Action Was Now When',
      'Recruit more foster carers who live in the borough.',
      'Green: on track',
      'Amber: some risk to delivery on time',
      '15 September',
      'Action 2.01.01: Check every Personal Education Plan each',
      'Blue: complete 100% complete',
      '20 July 2025',
    ])
      expect(changed).toContain(expected);
  }, 120_000);
});

describe('npm run pack refuses', () => {
  it('a folder with no built site', async () => {
    await expect(
      writeBoardPack({ year: '2026-27', out: tmpdir(), site: path.join(SITE, 'not-here') }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: There is no built site at .test-dist/second-council/not-here: run npm run build first.]`,
    );
  });
  it('a year the built site has no scorecard for, saying what to do', async () => {
    await expect(writeBoardPack({ year: '2019-20', out: tmpdir(), site: SITE })).rejects.toThrow(PackError);
    await expect(
      writeBoardPack({ year: '2019-20', out: tmpdir(), site: SITE }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: The built site at .test-dist/second-council has no scorecard for 2019-20: see /scorecards/ for its years, or run npm run build after adding content/scorecards/2019-20.yaml.]`,
    );
  });
});
