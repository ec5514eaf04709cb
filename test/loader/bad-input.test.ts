/**
 * Each bad-input fixture in test/fixtures/bad/ is one editor mistake. The message an editor sees is
 * pinned exactly: file, line, column, what is wrong and how to fix it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';

const bad = (name: string): string => errorText(copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/bad', name) }));

describe('bad input: each mistake gets a pinned message with file, line and column', () => {
  it('a YAML syntax error', () => {
    expect(bad('yaml-syntax-error')).toMatchInlineSnapshot(
      `"content/roles.yaml:6:2  YAML syntax error: All sequence items must start at the same column (check the indentation, and put text that contains ": " or starts with a symbol in quotes)"`,
    );
  });
  it('an unclosed list, brace or quote, reported once where it opens', () => {
    expect(bad('yaml-unclosed-list')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:7:15  YAML syntax error: a list started with "[" is not closed: end it with "]" on the same line"`,
    );
    expect(bad('yaml-unclosed-fields')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:10:9  YAML syntax error: a set of fields started with "{" is not closed: end it with "}" on the same line"`,
    );
    expect(bad('yaml-unclosed-quote')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:4:13  YAML syntax error: text started with a double quote (") is not closed: put another " where the text ends"`,
    );
  });
  it('a duplicate key', () => {
    expect(bad('duplicate-key')).toMatchInlineSnapshot(
      `"content/roles.yaml:9:3  the field "team" appears twice in the same block: keep only one"`,
    );
  });
  it('an unknown field, with the field that was meant', () => {
    expect(bad('unknown-field')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:8:5  unknown field "staus". Did you mean "status"?"`,
    );
  });
  it('a missing required field, saying what it is for', () => {
    expect(bad('missing-required-field')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:3:5  missing required field "lead": The role that leads this, or a list of roles for joint leads. Each is an id from content/roles.yaml."`,
    );
  });
  it('wrong types', () => {
    expect(bad('wrong-type')).toMatchInlineSnapshot(`
      "content/objectives.yaml:2:11  "number" should be a number, not the text "one"
      content/objectives.yaml:6:21  "success_measures" should be a list (one item per line, each starting with "- "), not the text "Fewer moves.""
    `);
  });
  it('impossible dates and times', () => {
    expect(bad('impossible-date')).toMatchInlineSnapshot(`
      "content/meetings/2026-01-20-board.yaml:1:7  "date": "2026-02-30" is not a real date: February 2026 has 28 days
      content/meetings/2026-01-20-board.yaml:2:7  "time": write the time as HH:MM on the 24-hour clock, for example "14:00"
      content/meetings/2026-01-20-board.yaml:10:10  "due": "2026-13-01" is not a real date: there is no month 13"
    `);
  });
  it('a percentage over 100', () => {
    expect(bad('percentage-over-100')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:8:16  112 is not a percentage: it must be between 0 and 100"`,
    );
  });
  it('a numerator above its denominator', () => {
    expect(bad('numerator-above-denominator')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:14:20  numerator 170 is more than denominator 160: the part cannot be bigger than the whole"`,
    );
  });
  it('a duplicate id', () => {
    expect(bad('duplicate-id')).toMatchInlineSnapshot(`
      "content/indicators.yaml:11:7  duplicate indicator id "placement-moves": it is already used at content/indicators.yaml:1:7. Each indicator id must be different
      content/objectives.yaml:16:16  unknown indicator "pep-up-to-date": no indicator with that id in content/indicators.yaml.
      content/scorecards/2025-26.yaml:17:16  unknown indicator "pep-up-to-date": no indicator with that id in content/indicators.yaml."
    `);
  });
  it('an unknown objective, with a suggestion', () => {
    expect(bad('unknown-objective')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:1:12  unknown objective "educaton": no objective with that id in content/objectives.yaml. Did you mean "education"?"`,
    );
  });
  it('an unknown role, with a suggestion', () => {
    expect(bad('unknown-role')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:6:33  unknown role "head-of-virtual-school": no role with that id in content/roles.yaml. Did you mean "virtual-school-head"?"`,
    );
  });
  it('unknown indicators', () => {
    expect(bad('unknown-indicator')).toMatchInlineSnapshot(`
      "content/objectives.yaml:8:16  unknown indicator "placement-move": no indicator with that id in content/indicators.yaml. Did you mean "placement-moves"?
      content/objectives.yaml:16:32  unknown indicator "school-attendance": no indicator with that id in content/indicators.yaml."
    `);
  });
  it('an action number that does not match its objective', () => {
    expect(bad('action-id-mismatch')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:3:9  action "1.3" is in the file for objective 2 ("education"), so its number must start with "2.", for example "2.3""`,
    );
  });
  it('an empty list', () => {
    expect(bad('empty-list')).toMatchInlineSnapshot(
      `"content/actions/education.yaml:2:10  "actions": list at least one action"`,
    );
  });
  it('an empty file', () => {
    expect(bad('empty-file')).toMatchInlineSnapshot(
      `"content/glossary.yaml:1:1  the file is empty: it should hold the glossary of terms"`,
    );
  });
  it('an alias bomb is refused at the first alias', () => {
    expect(bad('alias-bomb')).toMatchInlineSnapshot(
      `"content/board.yaml:3:23  YAML aliases (*a) are not allowed in content: write the value out in full"`,
    );
  });
  it('an MDX page without front matter', () => {
    expect(bad('mdx-without-front-matter')).toMatchInlineSnapshot(
      `"content/young-people/education.mdx:1:1  this page has no front matter: start the file with a line "---", the page's fields (such as title: …), then another "---""`,
    );
  });
  it('a status that is not allowed, an unquoted action number and a timescale that is not one', () => {
    expect(bad('unknown-status')).toMatchInlineSnapshot(`
      "content/actions/stable-homes.yaml:8:13  "status" must be one of: not started, on track, at risk, off track, complete (not "on-track"). Did you mean "on track"?
      content/actions/stable-homes.yaml:9:9  "id" should be text, not the number 1.2: put it in quotes, for example "3.4"
      content/actions/stable-homes.yaml:13:16  "timescale": "next year" is not a timescale: write a date (2026-03-31), a month (2026-03), a quarter (2026-Q1) or "ongoing""
    `);
  });
  it('action plan settings and rows that do not fit: a mode, a date, a scale, a percentage, related plans, a reference, an empty update', () => {
    expect(bad('action-plan-shapes')).toMatchInlineSnapshot(`
      "content/actions/stable-homes.yaml:9:23  "percent_complete": percent complete is between 0 and 100
      content/actions/stable-homes.yaml:10:12  "plans": write a list of related plans, or "Not applicable"
      content/actions/stable-homes.yaml:31:10  "ref": a reference needs at least one letter or digit, such as "A3" or "4.01.01"
      content/actions/stable-homes.yaml:37:9  item 1 of "updates": an update needs text: (what has happened), or at least the status: or percent_complete: it records on its date
      content/site.yaml:16:15  "references": write one of: "as written", "numbered", "none"
      content/site.yaml:17:10  "as_at": "2025-02-30" is not a real date: February 2025 has 28 days
      content/site.yaml:22:14  "means" must be one of: not started, on track, at risk, off track, complete (not "some risk")"
    `);
  });
  it("statuses off the council's own scale, and references that would share an address", () => {
    expect(bad('action-plan-scale')).toMatchInlineSnapshot(`
      "content/actions/education.yaml:8:13  "status" must be one of: Green, Amber, Red, Blue (not "complete"). On this council's scale, complete is written "Blue". These are the labels listed under action_plan: statuses: in site.yaml.
      content/actions/stable-homes.yaml:8:13  "status" must be one of: Green, Amber, Red, Blue (not "Amberr"). Did you mean "Amber"? These are the labels listed under action_plan: statuses: in site.yaml.
      content/actions/stable-homes.yaml:12:17  "status" must be one of: Green, Amber, Red, Blue (not "on track"). On this council's scale, on track is written "Green". These are the labels listed under action_plan: statuses: in site.yaml.
      content/actions/stable-homes.yaml:19:10  action "a-3" would have the same address as "A.3" (at content/actions/stable-homes.yaml:13:10): /actions/a-3/. Give one of them an id, such as id: "a-3-2"
      content/actions/stable-homes.yaml:24:10  duplicate action reference "A.3": it is already used at content/actions/stable-homes.yaml:13:10. Each action reference must be different"
    `);
  });
  it('a reporting period that is not one of the choices', () => {
    expect(bad('action-plan-period')).toMatchInlineSnapshot(
      `"content/site.yaml:16:21  "reporting_period": write one of: "quarter", "month", "half-year", "year""`,
    );
  });
  it('a status label listed twice', () => {
    expect(bad('action-plan-duplicate-label')).toMatchInlineSnapshot(
      `"content/site.yaml:19:14  "label": the status label "green" is listed twice (the first is number 1): each label must be different"`,
    );
  });
  it('an objective without a young-person page', () => {
    expect(bad('missing-young-person-page')).toMatchInlineSnapshot(
      `"content/objectives.yaml:9:7  objective "education" has no young-person page: create it with "npm run new -- young-person education" (it writes content/young-people/education.mdx with kind: objective and objective: education)"`,
    );
  });
});

describe('npm run check and npm run build on bad input', () => {
  const node = process.execPath;
  const overlay = copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/bad/unknown-role') });

  it('check prints the message and exits 1', () => {
    let status = 0;
    let stdout = '';
    try {
      execFileSync(node, ['scripts/check-content.ts', overlay], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      ({ status, stdout } = error as { status: number; stdout: string });
    }
    expect(status).toBe(1);
    expect(stdout).toContain('content/actions/education.yaml:6:33  unknown role "head-of-virtual-school"');
    expect(stdout).toContain('Nothing was built.');
  });

  it('build refuses and writes nothing', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cp-out-')), 'dist');
    let status = 0;
    try {
      execFileSync(node, ['scripts/build.ts'], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: overlay, OUT_DIR: out },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      ({ status } = error as { status: number });
    }
    expect(status).toBe(1);
    // Not dist/, nor a folder to build it in.
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });
});

describe('whole-content rules, each with its fixture', () => {
  it('board: unknown roles, duplicate sub-group ids, review dates out of order', () => {
    expect(bad('board-references')).toMatchInlineSnapshot(`
      "content/board.yaml:5:8  unknown role "lead-member": no role with that id in content/roles.yaml.
      content/board.yaml:9:11  unknown role "fosterer": no role with that id in content/roles.yaml.
      content/board.yaml:20:9  duplicate body id "education-subgroup": it is already used at content/board.yaml:15:9. Each body id must be different
      content/board.yaml:22:12  unknown role "designated-nurse": no role with that id in content/roles.yaml.
      content/board.yaml:28:14  next_review (2025-03-01) must come after last_reviewed (2026-03-01)"
    `);
  });
  it('meetings: unknown body, actions, indicators and owner', () => {
    expect(bad('meeting-references')).toMatchInlineSnapshot(`
      "content/meetings/2026-01-20-board.yaml:2:7  unknown body "health-subgroup": no body with that id in content/board.yaml (use "board" or a sub-group id).
      content/meetings/2026-01-20-board.yaml:6:22  unknown action "1.9": no action with that id in content/actions/. Did you mean "1.1"?
      content/meetings/2026-01-20-board.yaml:7:35  unknown indicator "dental-checks": no indicator with that id in content/indicators.yaml.
      content/meetings/2026-01-20-board.yaml:10:12  unknown role "foster-manager": no role with that id in content/roles.yaml. Did you mean "fostering-manager"?"
    `);
  });
  it('scorecards: year and file name, tolerance without target, duplicate rows and periods, periods that do not fit, comparators', () => {
    expect(bad('scorecard-rules')).toMatchInlineSnapshot(`
      "content/scorecards/2024-25.yaml:1:7  year "2025-26" does not match the file name: rename the file to 2025-26.yaml or correct the year
      content/scorecards/2024-25.yaml:5:16  a tolerance needs a target: add a target or remove the tolerance
      content/scorecards/2024-25.yaml:10:17  duplicate period "Q1" in this row: it is already used at content/scorecards/2024-25.yaml:7:17. Each period must be different in this row
      content/scorecards/2024-25.yaml:12:22  denominator is 0: a percentage of no children cannot be worked out; use symbol: z (not applicable)
      content/scorecards/2024-25.yaml:13:18  "placement-moves" is reported quarterly, so its period must be Q1, Q2, Q3 or Q4, not "year"
      content/scorecards/2024-25.yaml:15:16  duplicate indicator "placement-moves" in this scorecard: it is already used at content/scorecards/2024-25.yaml:4:16. Each indicator must be different in this scorecard
      content/scorecards/2024-25.yaml:23:16  england 150 is not a percentage: it must be between 0 and 100
      content/scorecards/2024-25.yaml:25:17  "pep-up-to-date" is reported yearly, so its period must be "year", not "Q4""
    `);
  });
  it('scorecard figures: tolerance, figures given two ways or half-given, unknown symbols', () => {
    expect(bad('scorecard-shapes')).toMatchInlineSnapshot(`
      "content/scorecards/2025-26.yaml:5:16  "tolerance": give exactly one of "points" or "percent"
      content/scorecards/2025-26.yaml:7:9  item 1 of "values": give only one of: a value, a numerator and denominator, or a symbol
      content/scorecards/2025-26.yaml:11:9  item 2 of "values": give both numerator and denominator, or neither
      content/scorecards/2025-26.yaml:13:9  item 3 of "values": give a value, a numerator and denominator, or a symbol (x: not available)
      content/scorecards/2025-26.yaml:17:17  "symbol" must be one of: x, z, low (not "y"). Did you mean "x"?"
    `);
  });
  it('roles: ids, mailboxes and named post holders', () => {
    expect(bad('role-rules')).toMatchInlineSnapshot(`
      "content/roles.yaml:15:12  "mailbox": write an email address such as "fostering@example.gov.uk"
      content/roles.yaml:16:16  "post_holder": only senior and statutory posts are named: remove post_holder, or set senior: true if this is such a post
      content/roles.yaml:17:7  "id": use lower-case letters, digits and single hyphens only, for example "virtual-school-head""
    `);
  });
  it('young-person pages: one per objective and one home page', () => {
    expect(bad('young-person-page-rules')).toMatchInlineSnapshot(`
      "content/young-people/stable-homes.mdx:5:12  objective "stable-homes" already has a young-person page: content/young-people/stable-homes-2.mdx
      content/young-people/welcome.mdx:4:7  "kind": this page names an objective, so its kind should be "objective""
    `);
  });
  it('glossary and site: duplicate terms and abbreviations, a strategy that ends before it starts', () => {
    expect(bad('glossary-and-site-rules')).toMatchInlineSnapshot(`
      "content/glossary.yaml:5:9  duplicate glossary term "personal education plan": it is already used at content/glossary.yaml:1:9. Each glossary term must be different
      content/glossary.yaml:6:17  duplicate abbreviation "PEP": it is already used at content/glossary.yaml:2:17. Each abbreviation must be different
      content/site.yaml:6:7  the strategy cannot end (2025) before it starts (2028)"
    `);
  });
  it('board: a member needs exactly one of role or representative', () => {
    expect(bad('board-member-both')).toMatchInlineSnapshot(`
      "content/board.yaml:8:5  item 1 of "membership": each member needs exactly one of "role" (a council post) or "representative" (any other seat)
      content/board.yaml:10:5  item 2 of "membership": each member needs exactly one of "role" (a council post) or "representative" (any other seat)"
    `);
  });
  it('site: address, email, colour and logo formats', () => {
    expect(bad('site-formats')).toMatchInlineSnapshot(`
      "content/site.yaml:2:6  "url": write the full https:// address the site is published at
      content/site.yaml:9:10  "email": write an email address such as "fostering@example.gov.uk"
      content/site.yaml:14:18  "accent_colour": write the colour as #rrggbb, for example "#0b4f6c"
      content/site.yaml:15:9  "logo": a logo is an .svg or .png file under public/, written as "/logo.svg""
    `);
  });
  it('files outside the content layout', () => {
    expect(bad('misplaced-files')).toMatchInlineSnapshot(`
      "content/action/stable-homes.yaml:1:1  this file is not part of any content type: move or rename it. Did you mean "actions"? Content files go in: site.yaml, roles.yaml, objectives.yaml, indicators.yaml, board.yaml, glossary.yaml, accessibility.yaml, strategy.mdx, actions/*.yaml, meetings/*.yaml, scorecards/*.yaml, annual-reports/*.mdx, young-people/*.mdx, imports/*.yaml
      content/meetings/2026-05-01-board.yml:1:1  this file is not part of any content type: rename it to end in .yaml"
    `);
  });
});
