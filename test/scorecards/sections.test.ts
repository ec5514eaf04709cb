/**
 * A year's scorecard too long for one page (issue 15): its summary counts each objective's
 * indicators by rating and links to a page per objective, and those pages together list every
 * indicator of the year once; a year that fits one page is not split.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCouncil } from '../../scripts/bench/generate-council.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { pageList } from '../../src/model/page-list.ts';
import { PER_PAGE } from '../../src/model/paging.ts';
import { loadValid } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { TEST_TODAY } from '../support/test-date.ts';

const small = buildSiteModel(loadValid(SECOND_COUNCIL), TEST_TODAY);
const dir = path.join(mkdtempSync(path.join(tmpdir(), 'sections-')), 'content');
generateCouncil(SECOND_COUNCIL, dir, 30, 2);
const large = buildSiteModel(loadValid(dir), TEST_TODAY);

describe('a long scorecard year', () => {
  it('stays one page when its rows fit', () => {
    for (const card of small.scorecards.all) expect(card.sections).toBeUndefined();
  });

  it('has a page per objective, which together list every indicator of the year once, none over a page', () => {
    const card = large.scorecards.all.at(-1)!;
    expect(card.sections).toBeDefined();
    const listed = card.sections!.flatMap((s) => s.pages.flatMap((p) => p.items.map((r) => r.indicator.id)));
    const all = card.board.byObjective.flatMap((g) => g.rows.map((r) => r.indicator.id));
    expect(listed).toEqual(all);
    for (const s of card.sections!)
      for (const p of s.pages) expect(p.items.length).toBeLessThanOrEqual(PER_PAGE.scorecardRows);
    expect(card.sections!.map((s) => s.href)).toEqual(
      card.board.byObjective.map((g) => `/scorecards/${card.year}/${g.objective.id}/`),
    );
  });

  it('counts each objective’s indicators by rating for the summary', () => {
    const card = large.scorecards.all.at(-1)!;
    for (const s of card.sections!) {
      const c = s.counts;
      expect(c.green + c.amber + c.red + c.unrated).toBe(c.total);
    }
    expect(card.sections!.reduce((n, s) => n + s.counts.total, 0)).toBe(card.ratingCounts.total);
  });

  it('lists every section page in the sitemap', () => {
    const hrefs = pageList(large).flatMap((g) => g.pages.map((p) => p.href));
    for (const card of large.scorecards.all)
      for (const s of card.sections ?? []) for (const p of s.pages) expect(hrefs).toContain(p.href);
  });

  it('titles each section page with the objective’s number in the council’s own word, not its full name', () => {
    const card = large.scorecards.all.at(-1)!;
    const pages = pageList(large).flatMap((g) => g.pages);
    const [first] = card.sections!;
    expect(first!.objective.title).toBe('Feeling safe and settled');
    expect(pages.find((p) => p.href === first!.href)?.label).toBe(`Scorecard ${card.year}: Pledge 1`);
    const sectionHrefs = new Set(card.sections!.flatMap((s) => s.pages.map((p) => p.href)));
    const sectionLabels = pages.filter((p) => sectionHrefs.has(p.href)).map((p) => p.label);
    expect(sectionLabels).toHaveLength(sectionHrefs.size);
    expect(sectionLabels.filter((label) => label.includes('Feeling safe and settled'))).toEqual([]);
  });
});
