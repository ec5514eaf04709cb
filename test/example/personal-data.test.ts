/**
 * The example council publishes no personal data (issue 13, class 9): its whole content, every field
 * and every page, gives none of the personal-data rule's warnings, so the rule's look-alikes
 * ("Placement stability", "St Mary's", senior post holders by name) hold on a full council.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { formatProblem } from '../../src/loader/problems.ts';
import { personalData } from '../../src/loader/rules/personal-data.ts';
import { TEST_SITES } from '../support/test-sites.ts';
import { TEST_TODAY } from '../support/test-date.ts';

describe('the example council', () => {
  it('gives no personal-data warning', () => {
    const { files } = loadContent(TEST_SITES.example, { today: TEST_TODAY });
    const policy = files.site[0]!.data!.policy;
    expect(
      personalData.run(files, { today: TEST_TODAY, policy, publicDir: TEST_SITES.example }).map(formatProblem),
    ).toEqual([]);
  });

  it('has prose the rule reads: senior post holders named, placements and exclusions written about', () => {
    const { files } = loadContent(TEST_SITES.example, { today: TEST_TODAY });
    const roles = files.roles.flatMap((f) => f.data ?? []);
    expect(roles.filter((r) => r.senior && r.post_holder).length).toBeGreaterThan(3);
    const text = JSON.stringify(
      Object.values(files)
        .flat()
        .map((f) => [f.data, f.source.body]),
    );
    expect(text).toMatch(/placement/i);
    expect(text).toMatch(/exclu/i);
    expect(text).toMatch(/missing/i);
  });
});
