/**
 * The young-person edition as built for the second fixture council: every objective has a
 * young-person page and the two link to each other, every young-person page reads easily (scored on
 * the built page, so the pages made from data count too) and carries no JavaScript.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sentencesOfField } from '../../src/lib/readability/plain-text.ts';
import { readabilityOf } from '../../src/lib/readability/score.ts';
import { loadValid, warningLines } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { testSite } from '../support/test-sites.ts';

const TEST_DIST = await testSite('second-council');
const content = loadValid(SECOND_COUNCIL);
const YOUNG_PEOPLE_DIST = path.join(TEST_DIST, 'young-people');

const youngPeoplePages = readdirSync(YOUNG_PEOPLE_DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html'))
  .map((file) => `/young-people/${file.replace(/index\.html$/, '')}`);

function html(sitePath: string): string {
  return readFileSync(path.join(TEST_DIST, sitePath, 'index.html'), 'utf8');
}
const linksIn = (sitePath: string): string[] =>
  [...parseHTML(html(sitePath)).document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!);

/**
 * The main content's text as a reader meets it: paragraphs, list items and definitions; headings
 * only when punctuated; not the menu.
 */
function mainSentences(sitePath: string) {
  const main = parseHTML(html(sitePath)).document.querySelector('main')!;
  return [...main.querySelectorAll('p, li, dt, dd, h1, h2, h3, h4')]
    .filter((el) => !el.querySelector('p, li, dd') && !el.closest('nav'))
    .flatMap((el) => {
      const text = el.textContent!.replace(/\s+/g, ' ').trim();
      const heading = /^H\d$/.test(el.tagName);
      return sentencesOfField(text, 1, 1, !heading || /[.!?]$/.test(text));
    });
}

/** The edition's own search page: the one young-person page that runs a script. */
const SEARCH_PAGE = '/young-people/search/';

describe('the young-person edition, built', () => {
  it('has the home page, the two pages made from data, its search page and a page for every MDX page', () => {
    expect(youngPeoplePages).toEqual(
      expect.arrayContaining([
        '/young-people/',
        '/young-people/how-are-we-doing/',
        '/young-people/glossary/',
        SEARCH_PAGE,
      ]),
    );
    expect(youngPeoplePages).toHaveLength(content.youngPeople.length + 3);
  });

  it.each(content.objectives.map((o) => [o.id]))(
    'objective "%s" has a young-person page, and they link both ways',
    (id) => {
      expect(existsSync(path.join(YOUNG_PEOPLE_DIST, id, 'index.html'))).toBe(true);
      expect(linksIn(`/young-people/${id}/`)).toContain(`/objectives/${id}/`);
      expect(linksIn(`/objectives/${id}/`)).toContain(`/young-people/${id}/`);
    },
  );

  // Every page but the edition's search, which loads Pagefind to enhance a page that says what to do without it.
  it.each(youngPeoplePages.filter((p) => p !== SEARCH_PAGE).map((p) => [p]))('%s has no JavaScript', (sitePath) => {
    expect(html(sitePath)).not.toMatch(/<script/i);
    expect(html(sitePath)).not.toMatch(/\son[a-z]+=/i);
  });

  it.each(youngPeoplePages.map((p) => [p]))(
    '%s gives each id once, so headings and links are not confused',
    (sitePath) => {
      const ids = [...parseHTML(html(sitePath)).document.querySelectorAll('[id]')].map((el) => el.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    },
  );

  it.each(youngPeoplePages.map((p) => [p]))('%s reads at Flesch Reading Ease 70 or more', (sitePath) => {
    const score = readabilityOf(mainSentences(sitePath));
    expect(score?.ease).toBeGreaterThanOrEqual(70);
  });

  it('says how each objective is going in words on "How are we doing?", from its actions and its figures', () => {
    const main = parseHTML(html('/young-people/how-are-we-doing/')).document.querySelector('main')!;
    for (const objective of content.objectives) {
      const section = main.querySelector(`section#${objective.id}`)!;
      const count = content.actions.filter((a) => a.objective === objective.id).length;
      expect(section.textContent).toContain(`We said we would do ${count} things. Here is how it is going:`);
      const numbers = objective.indicators.length;
      if (numbers > 0) {
        expect(section.textContent).toContain(
          `We also keep track of ${numbers} ${numbers === 1 ? 'number' : 'numbers'}. Here is what they show:`,
        );
      }
    }
  });

  it('names what is done, might be late or is behind, in young-person words where the action has them', () => {
    const main = parseHTML(html('/young-people/how-are-we-doing/')).document.querySelector('main')!;
    const listed = (objective: string, sentence: string): string[] => {
      const item = [...main.querySelectorAll(`section#${objective} .yp-status > li`)].find((li) =>
        li.textContent!.trim().startsWith(sentence),
      );
      return [...(item?.querySelectorAll('.yp-things li') ?? [])].map((li) => li.textContent!.trim());
    };
    expect(listed('feel-safe', '1 might be late:')).toEqual(['Carers who can look after you until you are 18']);
    expect(listed('feel-safe', '1 is done:')).toEqual([
      'Foster carers learn how hard times in the past can affect you',
    ]);
    expect(listed('healthy-lives', '1 is behind:')).toEqual(['Your first health check within four weeks']);
    // No young-person words: the action's own.
    expect(listed('moving-on', '1 is done:')).toEqual([
      'Ask care leavers what the local offer should include, every year.',
    ]);
    // Going to plan and not started are counted, not named.
    expect(listed('feel-safe', '1 is going to plan.')).toEqual([]);
    // The objective's own page names them too.
    expect(parseHTML(html('/young-people/healthy-lives/')).document.querySelector('.yp-things')?.textContent).toContain(
      'Your first health check within four weeks',
    );
  });

  it('links each objective’s page to all of them and to the adults’ page in its usual words, when site.yaml gives no word of its own', () => {
    const links = [
      ...parseHTML(html(`/young-people/${content.objectives[0]!.id}/`)).document.querySelectorAll('main .yp-box a'),
    ].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(links).toEqual([
      `How we are doing on all ${content.objectives.length} goals`,
      'This part of the plan, written for adults',
    ]);
  });

  it('warns the editor about each action it names in words written for adults', () => {
    expect(warningLines(SECOND_COUNCIL).filter((line) => line.includes('How are we doing?'))).toMatchInlineSnapshot(`
      [
        "content/actions/moving-on.yaml:18:13  warning: "How are we doing?" in the young-person edition names this action (status "complete") in its own words, written for adults: add "young_people:" with "title:", a few plain words a child can read, such as "More foster carers for teenagers"",
      ]
    `);
  });
});
