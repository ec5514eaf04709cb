/**
 * The board pack of a year too long for one page (issue 15): on the web a contents page and a page
 * per section (each pledge's indicators, then the action plan's exceptions, each run over pages when
 * long), every one in the sitemap; from `npm run pack`, still one tagged PDF holding every section's
 * rows in order, with one outline. A year that fits one page keeps its one-page pack.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBoardPack } from '../../src/cli/pack/board-pack.ts';
import { page, text } from '../support/built-site.ts';
import { describeInBrowser } from '../support/browser.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('long-year');
const PACK = '/scorecards/2026-27/board-pack/';
const hrefs = (doc: Document, selector: string): string[] =>
  [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);
/** An element's text as a reader meets it: blocks apart, whitespace collapsed. */
const words = (el: Element): string =>
  el.innerHTML
    .replace(/<\/?(li|ul|ol|p|h\d|tr|td|th|section|div|caption)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const titleOf = (url: string): string => page(SITE, url).querySelector('title')!.textContent!;
/** The indicators' rows of a page's tables, by title. */
const indicatorRows = (url: string): string[] =>
  [...page(SITE, url).querySelectorAll('.board-objective tbody tr th')].map((th) => text(th, 'a'));
/** The exceptions' rows of a pack page, by each action's number. */
const actionRows = (url: string): string[] =>
  [...page(SITE, url).querySelectorAll('.board-exceptions tbody tr th a')].map((a) =>
    a.textContent!.replace('Action', '').trim(),
  );

const OBJECTIVES = ['feel-safe', 'healthy-lives', 'moving-on'];
const SECTION_PAGES = [
  `${PACK}feel-safe/`,
  `${PACK}feel-safe/page-2/`,
  `${PACK}healthy-lives/`,
  `${PACK}moving-on/`,
  `${PACK}exceptions/`,
  `${PACK}exceptions/page-2/`,
];
/** Every indicator of the year, in order, as the scorecard's own pages list them. */
const yearIndicators = [
  '/scorecards/2026-27/feel-safe/',
  '/scorecards/2026-27/feel-safe/page-2/',
  '/scorecards/2026-27/healthy-lives/',
  '/scorecards/2026-27/moving-on/',
].flatMap(indicatorRows);

describe('the board pack of a year too long for one page', () => {
  it('is a contents page: the year’s summary, and a linked list of its sections in order', () => {
    const doc = page(SITE, PACK);
    expect(doc.querySelector('h1')!.textContent).toBe('Board pack 2026-27');
    expect(text(doc)).toContain('67 indicators 30 green 12 amber 22 red 3 not rated');
    expect(words(doc.querySelector('.board-pack-contents ol')!)).toMatchInlineSnapshot(
      `"Pledge 1: Feeling safe and settled: 64 indicators, on 2 pages Pledge 2: Healthy in body and mind: 2 indicators Pledge 3: Ready for adult life: 1 indicator Action plan exceptions, on 2 pages Overdue: 2 actions Off track: 32 actions Changed since the last period: 0 actions"`,
    );
    expect(hrefs(doc, '.board-pack-contents a')).toEqual([
      `${PACK}feel-safe/`,
      `${PACK}healthy-lives/`,
      `${PACK}moving-on/`,
      `${PACK}exceptions/`,
      `${PACK}exceptions/#exceptions-overdue`,
      `${PACK}exceptions/#exceptions-off-track`,
      `${PACK}exceptions/page-2/#exceptions-changed-page-2`,
    ]);
    // The summary's table links each pledge to its page of the pack, not of the scorecard.
    expect(hrefs(doc, '.scorecard-sections a')).toEqual(OBJECTIVES.map((id) => `${PACK}${id}/`));
    expect(text(doc)).toContain('Key to the tables');
    expect(doc.querySelector('.board-exceptions, .scorecard-table')).toBeNull();
  });

  it('has a page per pledge, run over pages when long, which together hold every indicator of the year once', () => {
    expect(indicatorRows(`${PACK}feel-safe/`)).toHaveLength(60);
    expect(indicatorRows(`${PACK}feel-safe/page-2/`)).toHaveLength(4);
    const all = SECTION_PAGES.filter((url) => !url.includes('exceptions')).flatMap(indicatorRows);
    expect(all).toEqual(yearIndicators);
    expect(all).toHaveLength(67);
    expect(all).toContain('Children settled where they live, survey HF');
    const second = page(SITE, `${PACK}feel-safe/page-2/`);
    expect(second.querySelector('h1')!.textContent).toBe('Pledge 1: Feeling safe and settled, page 2 of 2');
    expect(hrefs(second, 'nav.pager a')).toContain(`${PACK}feel-safe/`);
    // The pledge's summary on its first page links each red or amber indicator to its row in the pack.
    const summary = hrefs(page(SITE, `${PACK}feel-safe/`), '.board-summary a');
    expect(summary.length).toBeGreaterThan(0);
    for (const href of summary) expect(href).toMatch(/^\/scorecards\/2026-27\/board-pack\/feel-safe\/(page-2\/)?#/);
  });

  it('pages the action plan’s exceptions, each group under its heading, continued where it runs over', () => {
    const first = page(SITE, `${PACK}exceptions/`);
    const second = page(SITE, `${PACK}exceptions/page-2/`);
    const headings = (doc: Document): string[] =>
      [...doc.querySelectorAll('.board-exceptions h3')].map((h) => h.textContent!.trim());
    expect(headings(first)).toEqual(['Overdue: 2 actions', 'Off track: 32 actions']);
    expect(headings(second)).toEqual(['Off track: 32 actions (continued)', 'Changed since the last period: 0 actions']);
    expect(words(second.querySelector('#exceptions-changed-page-2')!.parentElement!)).toBe(
      'Changed since the last period: 0 actions None.',
    );
    expect(actionRows(`${PACK}exceptions/`)).toHaveLength(30);
    expect(actionRows(`${PACK}exceptions/page-2/`)).toHaveLength(4);
    expect(actionRows(`${PACK}exceptions/page-2/`)).toEqual(['3.15', '3.16', '3.17', '3.18']);
  });

  it('titles each page as its pager and the sitemap do, keeps them all out of search and lists them all in the sitemap', () => {
    expect(titleOf(`${PACK}feel-safe/page-2/`)).toMatch(/^Board pack 2026-27: Pledge 1, page 2 of 2 - /);
    expect(titleOf(`${PACK}exceptions/page-2/`)).toMatch(/^Board pack 2026-27: action plan exceptions, page 2 of 2 - /);
    const sitemap = page(SITE, '/sitemap/');
    const listed = new Map(
      [...sitemap.querySelectorAll('main a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]),
    );
    for (const url of [PACK, ...SECTION_PAGES]) {
      expect(listed.get(url), url).toBe(titleOf(url).replace(/ - .*$/, ''));
      expect(page(SITE, url).querySelector('[data-pagefind-body]'), url).toBeNull();
    }
  });

  it('keeps a year that fits one page in one page', () => {
    const doc = page(SITE, '/scorecards/2025-26/board-pack/');
    expect(doc.querySelector('.board-pack-contents')).toBeNull();
    expect(doc.querySelectorAll('.board-objective')).toHaveLength(3);
    expect(doc.querySelector('.board-exceptions')).not.toBeNull();
  });
});

describeInBrowser('npm run pack, for a year too long for one page', () => {
  let pdf = '';
  let out = '';
  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'pack-'));
    pdf = await writeBoardPack({ year: '2026-27', out, site: SITE });
  }, 120_000);

  it('writes one tagged PDF on landscape pages', () => {
    expect(readdirSync(out)).toEqual(['board-pack-2026-27.pdf']);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Board pack 2026-27/m);
    const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info)!;
    expect(Number(width)).toBeGreaterThan(Number(height));
  });

  it('holds every section in order: each pledge’s heading, its red, amber and changed indicators, then its rows', () => {
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .map((p) => ` ${p.replace(/\s+/g, ' ')} `);
    // Each text is looked for from the page where the one before it was found: one that is missing,
    // or printed before what it should follow, is not found.
    let from = 0;
    const found: string[] = [];
    const find = (s: string): void => {
      const i = pages.findIndex((p, at) => at >= from && p.includes(s));
      if (i === -1) found.push(`not after page ${from + 1}: ${s}`);
      else from = i;
    };
    // A title wraps in its narrow column, between the header's words: each row is found by its own
    // words, the survey's letters or an indicator's first words, and an action by its number.
    const rowWords = (title: string): string =>
      /survey [A-H]{2}$/.test(title) ? title.slice(-9) : title.split(' ').slice(0, 3).join(' ');
    const sections = SECTION_PAGES.map((url) => page(SITE, url));
    const summaries = sections.flatMap((doc) => [...doc.querySelectorAll('.board-summary')]);
    // Each pledge's first page has its summary, inside the part the PDF prints, headed under the pledge.
    expect(
      summaries.map((summary) => [...summary.querySelectorAll('h3, h4')].map((h) => `${h.localName} ${words(h)}`)),
    ).toEqual([
      [
        'h3 Summary',
        'h4 Red, off target: 22 indicators',
        'h4 Amber, near target: 12 indicators',
        'h4 Rating changed since the last period: 36 indicators',
      ],
      ...[2, 3].map(() => [
        'h3 Summary',
        'h4 Red, off target: 0 indicators',
        'h4 Amber, near target: 0 indicators',
        'h4 Rating changed since the last period: 0 indicators',
      ]),
    ]);
    find('Contents 1.');
    for (const [i, url] of SECTION_PAGES.entries()) {
      const doc = sections[i]!;
      find(words(doc.querySelector('[data-pack-part] h2')!));
      for (const heading of doc.querySelectorAll('.board-summary h4')) find(words(heading));
      if (url.includes('exceptions')) for (const n of actionRows(url)) find(` ${n} `);
      else for (const title of indicatorRows(url)) find(rowWords(title));
    }
    expect(found).toEqual([]);
    expect(pages.join('')).toContain('Off track: 32 actions (continued)');
  });

  it('has one outline: the pack, with each section under it in order', () => {
    // pdftohtml (poppler-utils) writes the PDF's outline (bookmarks) as nested <outline> lists.
    const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf], { encoding: 'utf8' });
    interface Item {
      title: string;
      children: Item[];
    }
    const root: Item[] = [];
    const stack: Item[][] = [];
    for (const [token, title] of xml.matchAll(/<\/?outline>|<item page="\d+">([^<\n]*)/g)) {
      if (token === '<outline>') stack.push(stack.length === 0 ? root : stack.at(-1)!.at(-1)!.children);
      else if (token === '</outline>') stack.pop();
      else stack.at(-1)!.push({ title: title!.trim(), children: [] });
    }
    expect(root.map((item) => item.title)).toEqual(['Board pack 2026-27']);
    expect(root[0]!.children.map((item) => item.title)).toEqual([
      'By objective',
      'Contents',
      'Key to the tables',
      'Pledge 1: Feeling safe and settled',
      'Pledge 1: Feeling safe and settled, page 2 of 2',
      'Pledge 2: Healthy in body and mind',
      'Pledge 3: Ready for adult life',
      'Action plan exceptions',
      'Action plan exceptions, page 2 of 2',
    ]);
    expect(root[0]!.children.at(-1)!.children.map((item) => item.title)).toEqual([
      'Off track: 32 actions (continued)',
      'Changed since the last period: 0 actions',
    ]);
  });
});
