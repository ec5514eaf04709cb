/**
 * Co-produced young-person text: a pledge the Children in Care Council wrote, published word for
 * word below the reading-ease minimum once its sign-off is recorded, with "written with …" on its
 * page; without a sign-off the gate still fails, and says what to add.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, text } from '../support/built-site.ts';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { FIXTURES, PLEDGES_COUNCIL } from '../support/paths.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('pledges-council');
const bad = (name: string): string =>
  errorText(copyCouncil({ from: PLEDGES_COUNCIL, overlay: path.join(FIXTURES, 'bad', name) }));

describe('co-produced text', () => {
  it('is published word for word, saying who it was written with and who signed it off', () => {
    const doc = page(SITE, '/young-people/our-pledge/');
    expect(text(doc)).toContain(
      'because we wanted every young person to understand exactly what their corporate parents',
    );
    expect(text(doc, '.yp-written-with')).toBe(
      'Written with the Children in Care Council, word for word. Signed off by the Chair of the Children in Care Council on 10 March 2026.',
    );
  });

  it('still fails the reading-ease gate without a sign-off, saying what to record', () => {
    expect(bad('co-produced-unsigned')).toMatchInlineSnapshot(
      `"content/young-people/our-pledge.mdx:10:1  reading ease 60.3 (grade 9.5) is below 70 for the young-person edition. Hardest sentences: "We wrote this pledge together with the Children in Care Council, because we wanted every young…" (line 10); "Whenever you move home, your social worker will explain the reasons honestly and listen carefully…" (line 10); "We will make sure you can stay connected with your brothers, sisters and friends, wherever you are…" (line 10). Use shorter sentences and everyday words. It was written with the Children in Care Council: to publish it word for word, record who signed it off and when (signed_off_by and signed_off_on under co_produced)."`,
    );
  });

  it('needs both who signed it off and when', () => {
    expect(bad('co-produced-half-signed')).toMatchInlineSnapshot(
      `"content/young-people/our-pledge.mdx:8:18  "signed_off_by": give both signed_off_by and signed_off_on: who signed the text off, and the date they did"`,
    );
  });
});
