/**
 * The council's settings (site.yaml's words, policy and comparators) and its accessibility
 * statement: each mistake gets the message an editor sees, pinned exactly.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { FIXTURES } from '../support/paths.ts';

const bad = (name: string): string => errorText(copyCouncil({ overlay: path.join(FIXTURES, 'bad', name) }));

describe('site settings', () => {
  it('words, policy and comparators: wrong case, unknown labels, impossible numbers, a misspelt month, bad and repeated keys', () => {
    expect(bad('site-settings')).toMatchInlineSnapshot(`
      "content/site.yaml:17:15  "singular": write the word in lower case, as it reads mid-sentence ("pledge"): the site capitalises it where needed
      content/site.yaml:19:5  unknown field "action_plans". Did you mean "action_plan"?
      content/site.yaml:22:24  "hide_counts_up_to" must be at least 0, not -1
      content/site.yaml:24:27  "young_people_minimum" must be at most 100, not 120
      content/site.yaml:26:36  "figures_due_days_after_period" must be at least 1, not 0
      content/site.yaml:27:26  "reporting_year_starts" must be one of: January, February, March, April, May, June, July, August, September, October, November, December (not "Agust"). Did you mean "August"?
      content/site.yaml:31:10  "key": use lower-case letters and digits, with words joined by _ or -, for example "similar_councils""
    `);
  });
  it('a comparator listed twice', () => {
    expect(bad('comparator-listed-twice')).toMatchInlineSnapshot(`
      "content/scorecards/2025-26.yaml:16:7  unknown comparator "statistical_neighbours": no comparator with that key under "comparators:" in content/site.yaml. Use one of: england, wales, or add it there with a label.
      content/site.yaml:20:10  duplicate comparator key "england": it is already used at content/site.yaml:16:10. Each comparator key must be different"
    `);
  });
  it('a scorecard comparator the council does not list, with the one that was meant', () => {
    expect(bad('undeclared-comparator')).toMatchInlineSnapshot(`
      "content/scorecards/2025-26.yaml:15:7  unknown comparator "englnd": no comparator with that key under "comparators:" in content/site.yaml. Did you mean "england"?
      content/scorecards/2025-26.yaml:17:7  unknown comparator "similar_councils": no comparator with that key under "comparators:" in content/site.yaml. Use one of: england, statistical_neighbours, region, or add it there with a label."
    `);
  });
});

describe('accessibility statement', () => {
  it('is required', () => {
    const dir = copyCouncil({ prepare: (content) => rmSync(path.join(content, 'accessibility.yaml')) });
    expect(errorText(dir)).toMatchInlineSnapshot(
      `"content/accessibility.yaml:1:1  this file is missing: it holds the site's accessibility statement"`,
    );
  });
  it('names every section the regulations require, with the choices each allows', () => {
    expect(bad('accessibility-sections')).toMatchInlineSnapshot(`
      "content/accessibility.yaml:1:1  missing required field "testing": How and when the site was tested.
      content/accessibility.yaml:1:13  "compliance" must be one of: fully, partially, not (not "partly"). Did you mean "partially"?
      content/accessibility.yaml:3:3  missing required field "outside_scope": Content the regulations do not cover, such as documents from before 23 September 2018. Write [] for none.
      content/accessibility.yaml:5:18  item 1 of "criteria": write the WCAG success criterion as its number, such as "1.4.3", in quotes
      content/accessibility.yaml:7:14  "enforcement" must be one of: great-britain, northern-ireland (not "england")"
    `);
  });
  it('does not claim partial compliance without listing what fails, or a review before it was prepared', () => {
    expect(bad('accessibility-claims')).toMatchInlineSnapshot(`
      "content/accessibility.yaml:1:13  a partially compliant site lists what fails under non_accessible: non_compliance (or disproportionate_burden). List it, or say "not" if the site has not been assessed
      content/accessibility.yaml:1:13  say why the site is partially compliant under "compliance_reason:"
      content/accessibility.yaml:11:16  the statement cannot be reviewed (2026-01-05) before it was prepared (2026-02-01)"
    `);
  });
});
