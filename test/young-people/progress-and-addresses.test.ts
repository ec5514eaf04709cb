/** "How it is going" in words, and young-person page addresses that cannot clash. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tallyActions } from '../../src/lib/actions.ts';
import type { ActionStatus } from '../../src/schemas/actions.ts';
import { actionsInWords } from '../../src/lib/young-people/progress.ts';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';

const tally = (...statuses: ActionStatus[]) => tallyActions(statuses.map((status) => ({ status, overdue: false })));

describe('how the actions are going, in words', () => {
  it('counts the actions by status, in words a child can read', () => {
    const actions = tally('complete', 'complete', 'on track', 'at risk', 'off track', 'off track', 'not started');
    expect(actionsInWords(actions)).toEqual({
      said: 'We said we would do 7 things.',
      going: ['2 are done.', '1 is going to plan.', '1 might be late.', '2 are behind.', '1 has not started yet.'],
    });
  });

  it('says when everything is done, and when nothing is planned yet', () => {
    expect(actionsInWords(tally('complete', 'complete')).going).toEqual(['All 2 are done.']);
    expect(actionsInWords(tally())).toEqual({
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
