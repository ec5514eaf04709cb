/** "How it is going" in words, and young-person page addresses that cannot clash. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tallyActions } from '../../src/lib/actions.ts';
import type { ActionStatus } from '../../src/schemas/actions.ts';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { actionsInWords } from '../../src/lib/young-people/progress.ts';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';

/** Actions as the edition sees them: their words, young-person words where given, and their state. */
const action = (status: ActionStatus | undefined, words: string, youngPeople?: string) => ({
  action: words,
  status,
  overdue: false,
  young_people: youngPeople === undefined ? undefined : { title: youngPeople },
});
const GLOSSARY: GlossaryTerm[] = [
  { term: 'Personal Education Plan', abbreviation: 'PEP', meaning: 'A plan.', young_meaning: 'Your school plan.' },
];
const inWords = (...actions: ReturnType<typeof action>[]) =>
  actionsInWords(tallyActions(actions), actions, GLOSSARY, new Set());

describe('how the actions are going, in words', () => {
  it("counts every status, and names what is done, might be late or is behind in young people's words", () => {
    expect(
      inWords(
        action(
          'complete',
          'Refresh the local offer for care leavers',
          'A new guide to what you can get when you leave care',
        ),
        action('complete', 'Review every PEP each term'),
        action('on track', 'Recruit 30 foster carer households'),
        action('at risk', 'Open two small homes', 'Two new homes in our area'),
        action('off track', 'Agree a dental pathway', 'Dentist checks within 8 weeks'),
        action('off track', 'Develop staying close flats', 'Flats with support near your old home'),
        action('not started', 'Start a mentoring scheme'),
        action(undefined, 'Map sufficiency needs'),
      ),
    ).toEqual({
      said: 'We said we would do 8 things.',
      going: [
        {
          sentence: '2 are done:',
          things: [
            'A new guide to what you can get when you leave care',
            // No young-person words: the action's own, with its abbreviation written out.
            'Review every Personal Education Plan (PEP) each term',
          ],
        },
        { sentence: '1 is going to plan.', things: [] },
        { sentence: '1 might be late:', things: ['Two new homes in our area'] },
        {
          sentence: '2 are behind:',
          things: ['Dentist checks within 8 weeks', 'Flats with support near your old home'],
        },
        { sentence: '1 has not started yet.', things: [] },
      ],
    });
  });

  it('says when everything is done, naming it, and when nothing is planned yet', () => {
    expect(inWords(action('complete', 'a', 'One'), action('complete', 'b', 'Two')).going).toEqual([
      { sentence: 'All 2 are done:', things: ['One', 'Two'] },
    ]);
    expect(inWords()).toEqual({
      said: 'We have not written down the things we will do for this yet.',
      going: [],
    });
  });
});

describe('young-person page addresses', () => {
  it('refuses a page that takes the address of a page the site makes, and a slug on an objective page', () => {
    expect(errorText(copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/young-people-addresses') })))
      .toMatchInlineSnapshot(`
      "content/young-people/glossary.mdx:2:8  /young-people/glossary/ is made by the site from the data: give this page another slug or file name
      content/young-people/stable-homes.mdx:6:7  an objective's young-person page always lives at /young-people/stable-homes/: remove slug"
    `);
  });
});
