/**
 * A strategy of pledges written to the child (the pledges fixture council: words.objectives is
 * pledge/pledges, voice "to the child"): its pages call each one "Pledge 2", never "Objective 2",
 * speak to the child around them, and a pledge without success measures builds, with a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, page as pageIn, text } from '../support/built-site.ts';
import { warningLines } from '../support/fixture-council.ts';
import { PLEDGES_COUNCIL, PROJECT_ROOT } from '../support/paths.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('pledges-council');
const page = (url: string): Document => pageIn(SITE, url);
const headings = (doc: Document, selector: string): string[] =>
  [...doc.querySelectorAll(selector)].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());

describe('pledges in the child’s voice', () => {
  it('each pledge’s page is captioned with its number as a promise, in the pledge’s own words', () => {
    const doc = page('/objectives/stable-homes/');
    expect(text(doc, 'main .caption')).toBe('Pledge 1: our promise to you');
    expect(text(doc, 'main h1')).toBe('We promise you a home where you feel settled');
    expect(headings(doc, 'main h2')).toContain('How you will know we have kept this pledge');
  });

  it('a pledge without success measures has no empty heading for them', () => {
    const doc = page('/objectives/education/');
    expect(text(doc, 'main .caption')).toBe('Pledge 2: our promise to you');
    expect(headings(doc, 'main h2').some((h) => h.startsWith('How you will know'))).toBe(false);
  });

  it('scorecards and indicators head each group with “Pledge 1”', () => {
    const heading = 'Pledge 1: We promise you a home where you feel settled';
    expect(headings(page('/scorecards/2025-26/'), 'main h2')).toContain(heading);
    expect(headings(page('/indicators/'), 'main h2')).toContain(heading);
  });

  it('the young-person edition calls them by its own word, promises', () => {
    const links = [...page('/young-people/stable-homes/').querySelectorAll('main .yp-box a')].map((a) =>
      a.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(links).toEqual(['How we are doing on all 2 promises', 'This promise, written for adults']);
  });

  it('no page calls a pledge an objective', () => {
    const pages = htmlPages(SITE);
    expect(pages.length).toBeGreaterThan(20);
    const saying = pages.filter(({ url }) => /\bobjectives? \d/i.test(text(page(url))));
    expect(saying).toEqual([]);
  });

  it('the check warns, naming the pledge, when it has no success measures, as the guide shows', () => {
    const warnings = warningLines(PLEDGES_COUNCIL).filter((line) => line.includes('success measures'));
    expect(warnings).toMatchInlineSnapshot(`
      [
        "content/objectives.yaml:13:10  warning: pledge 2 ("We promise to help you do well at school") has no success measures: add "success_measures:" with one sentence each on how the board will know it is met, if the strategy gives any",
      ]
    `);
    const guide = readFileSync(path.join(PROJECT_ROOT, 'docs/editors-guide.md'), 'utf8');
    expect(guide.split('\n')).toContain(warnings[0]);
  });
});
