/**
 * What used to pass the check and then break the build (or publish a link to nothing) is refused by
 * the check: a missing young-person home page, and links in MDX to pages this content does not make.
 * (File names that cannot become addresses: bad-input.test.ts, "files outside the content layout".)
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { FIXTURES } from '../support/paths.ts';

const bad = (name: string): string => errorText(copyCouncil({ overlay: path.join(FIXTURES, 'bad', name) }));

describe('the check refuses what the build cannot make', () => {
  it('a young-person edition without its home page', () => {
    expect(bad('no-young-person-home')).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:1:1  the young-person edition has no home page, and the site cannot be built without one: start it with npm run new -- young-person home (a page with kind: home)"`,
    );
  });

  it('links in MDX to pages the site will not have, with the page that was meant', () => {
    expect(bad('broken-link-in-mdx')).toMatchInlineSnapshot(`
      "content/young-people/stable-homes.mdx:9:54  the link "/young-people/promises/" goes to no page: the site makes nothing at /young-people/promises/ from this content. Did you mean "/young-people/glossary/"? Link to a page the site has, or add the page it should go to
      content/young-people/stable-homes.mdx:13:6  the link "/objectives/stable-home/" goes to no page: the site makes nothing at /objectives/stable-home/ from this content. Did you mean "/objectives/stable-homes/"? Link to a page the site has, or add the page it should go to
      content/young-people/stable-homes.mdx:13:30  the link "/leads/head-of-fostering/" goes to no page: the site makes nothing at /leads/head-of-fostering/ from this content. Link to a page the site has, or add the page it should go to"
    `);
  });
});
