/**
 * `npm run changes -- <ref>`: the change summary a reviewer reads, over temporary git repositories
 * holding the minimal council, changed the way an editor changes it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRefError, summariseChanges } from '../../src/cli/changes/index.ts';
import { edit, git, repoWithContent, runScript, write } from './helpers.ts';
import { PLAN_SHAPES } from '../support/paths.ts';

const NEW_MEETING = `date: 2026-04-21
time: "10:00"
body: education-subgroup
agenda:
  - title: Education plans
    lead: virtual-school-head
`;

describe('the change summary', () => {
  it('lists each kind of change in plain English, with roles by job title', () => {
    const dir = repoWithContent();
    edit(dir, 'actions/stable-homes.yaml', 'status: on track', 'status: at risk');
    edit(dir, 'actions/stable-homes.yaml', 'timescale: 2026-Q1', 'timescale: 2026-Q3');
    edit(
      dir,
      'actions/stable-homes.yaml',
      '        text: Twelve households started assessment.\n',
      '        text: Twelve households started assessment.\n      - date: 2026-04-02\n        text: Five households approved; two withdrew.\n',
    );
    edit(
      dir,
      'actions/stable-homes.yaml',
      'lead: [fostering-manager, director-childrens-services]',
      'lead: virtual-school-head',
    );
    edit(
      dir,
      'actions/education.yaml',
      '      title: Help with your school plan every term\n',
      '      title: Help with your school plan every term\n  - id: "2.2"\n    action: Give every child a laptop.\n    outcome: Children can do homework.\n    lead: virtual-school-head\n    timescale: 2026-09\n    status: not started\n',
    );
    edit(dir, 'objectives.yaml', '  lead: virtual-school-head\n', '  lead: director-childrens-services\n');
    edit(dir, 'board.yaml', 'chair: virtual-school-head', 'chair: director-childrens-services');
    write(dir, 'meetings/2026-04-21-education-subgroup.yaml', NEW_MEETING);
    edit(
      dir,
      'scorecards/2025-26.yaml',
      '        denominator: 198\n',
      '        denominator: 198\n      - period: Q3\n        numerator: 19\n        denominator: 200\n',
    );
    edit(dir, 'scorecards/2025-26.yaml', 'numerator: 150', 'numerator: 151');
    write(
      dir,
      'young-people/help.mdx',
      '---\ntitle: Who can help\nsummary: People you can talk to.\nkind: help\n---\n\nTalk to us.\n',
    );

    expect(summariseChanges(dir, 'main')).toMatchInlineSnapshot(`
      "## Content changes since \`main\`

      ### Actions added

      - **2.2** Give every child a laptop. Led by **Virtual School Head**; timescale: September 2026; status: not started.

      ### Status changes

      - Action **1.1** moved from **on track** to **at risk**: Recruit more foster carers who live in the borough.

      ### Timescale changes

      - Action **1.1** is now due “July to September 2026” (was “January to March 2026”): Recruit more foster carers who live in the borough.

      ### New progress updates

      - Action **1.1**, 2 April 2026: Five households approved; two withdrew.

      ### Lead changes

      - Action 1.2 (Review every placement that has broken down.): now led by **Virtual School Head** (was “Fostering Service Manager” and “Director of Children's Services”)
      - Objective 2 (Doing well at school): now led by **Director of Children's Services** (was “Virtual School Head”)
      - Chair of the Education sub-group: now chaired by **Director of Children's Services** (was “Virtual School Head”)

      ### Indicator ratings changed

      - Children with three or more placements in the year: now **green** (on target) for Q3 2025-26; before, no rating for Q2 2025-26

      ### Figures added

      - Children with three or more placements in the year, Q3 2025-26: 19 of 200

      ### Figures changed

      - Personal Education Plans up to date, 2025-26: now 151 of 160 (was 150 of 160)

      ### Meetings added

      - Education sub-group: 21 April 2026, 10:00 (\`content/meetings/2026-04-21-education-subgroup.yaml\`)

      ### Young people's pages added

      - Who can help (\`content/young-people/help.mdx\`)
      "
    `);
  });

  it('compares committed work with an earlier commit, and sees removals', () => {
    const dir = repoWithContent();
    const repo = path.dirname(dir);
    edit(
      dir,
      'actions/stable-homes.yaml',
      '  - id: "1.2"\n    action: Review every placement that has broken down.\n    outcome: Lessons are learnt and shared.\n    lead: [fostering-manager, director-childrens-services]\n    timescale: ongoing\n    status: not started\n',
      '',
    );
    git(repo, 'rm', '-q', 'content/meetings/2026-01-20-board.yaml');
    git(repo, 'commit', '-q', '-am', 'Remove action 1.2 and the January meeting');
    expect(summariseChanges(dir, 'HEAD~1')).toMatchInlineSnapshot(`
      "## Content changes since \`HEAD~1\`

      ### Actions removed

      - **1.2** Review every placement that has broken down.

      ### Meetings removed

      - Corporate Parenting Board: 20 January 2026, 14:00 (\`content/meetings/2026-01-20-board.yaml\`)
      "
    `);
  });

  it('says which indicators’ latest rating changed, as the scorecard pages rate them', () => {
    const dir = repoWithContent();
    // placement-moves (lower is better, target 10, amber up to 12): its latest figure, Q2, is hidden
    // as a small number, so it has no rating; a Q3 of 15% is red.
    edit(
      dir,
      'scorecards/2025-26.yaml',
      '        denominator: 198\n',
      '        denominator: 198\n      - period: Q3\n        numerator: 30\n        denominator: 200\n',
    );
    // pep-up-to-date (higher is better, target 95, amber down to 90.25): 150 of 160 is amber, 155 green.
    edit(dir, 'scorecards/2025-26.yaml', 'numerator: 150', 'numerator: 155');
    const summary = summariseChanges(dir, 'main');
    expect(summary.slice(summary.indexOf('### Indicator ratings'), summary.indexOf('### Figures added')))
      .toMatchInlineSnapshot(`
      "### Indicator ratings changed

      - Children with three or more placements in the year: now **red** (off target) for Q3 2025-26; before, no rating for Q2 2025-26
      - Personal Education Plans up to date: now **green** (on target) for 2025-26; before, amber (near target) for 2025-26

      "
    `);
  });

  it('tells a reworded progress update from a new one', () => {
    const dir = repoWithContent();
    edit(
      dir,
      'actions/stable-homes.yaml',
      'Twelve households started assessment.',
      'Twelve households began assessment.',
    );
    expect(summariseChanges(dir, 'main')).toMatchInlineSnapshot(`
      "## Content changes since \`main\`

      ### Progress updates edited

      - Action **1.1**, 10 January 2026: now “Twelve households began assessment.” (was “Twelve households started assessment.”)
      "
    `);
  });

  it('says what an update with no words records: its status and percent complete', () => {
    const dir = repoWithContent();
    edit(
      dir,
      'actions/stable-homes.yaml',
      '        text: Twelve households started assessment.\n',
      '        text: Twelve households started assessment.\n      - date: 2026-03-31\n        status: at risk\n        percent_complete: 40\n',
    );
    expect(summariseChanges(dir, 'main')).toMatchInlineSnapshot(`
      "## Content changes since \`main\`

      ### Action details changed

      - Action **1.1**, \`percent_complete\`: now 40% (was not reported)

      ### New progress updates

      - Action **1.1**, 31 March 2026: status at risk, 40% complete (no commentary)
      "
    `);
  });

  it('reports comparator figures revised and added, and the council’s own revisions', () => {
    const dir = repoWithContent();
    edit(
      dir,
      'scorecards/2025-26.yaml',
      '      england: 10\n      statistical_neighbours: 11\n',
      '      england: { value: 10.4, first_published: 10 }\n      statistical_neighbours: { value: 11.5, first_published: 11 }\n',
    );
    edit(
      dir,
      'scorecards/2025-26.yaml',
      '        denominator: 160\n',
      '        denominator: 160\n        first_published: 93\n    comparators:\n      england: { value: 88, period: 2024-25 }\n',
    );
    expect(summariseChanges(dir, 'main')).toMatchInlineSnapshot(`
      "## Content changes since \`main\`

      ### Figures changed

      - Personal Education Plans up to date, 2025-26: now 150 of 160 [r] (first published 93) (was 150 of 160)

      ### Comparator figures revised

      - Children with three or more placements in the year, England, 2025-26: revised to 10.4 [r] (first published 10) (was 10)
      - Children with three or more placements in the year, Statistical neighbours, 2025-26: revised to 11.5 [r] (first published 11) (was 11)

      ### Comparator figures added

      - Personal Education Plans up to date, England, 2025-26: 88 for 2024-25
      "
    `);
  });

  it('says plainly when nothing that matters has changed', () => {
    const dir = repoWithContent();
    edit(dir, 'glossary.yaml', 'reviewed each term.', 'reviewed every term.');
    expect(summariseChanges(dir, 'main')).toMatchInlineSnapshot(`
      "## Content changes since \`main\`

      No changes to actions, progress updates, leads, indicators, figures, comparators, ratings, meetings or young people's pages since \`main\`.
      "
    `);
  });

  it('explains a ref that does not exist', () => {
    const dir = repoWithContent();
    expect(() => summariseChanges(dir, 'mian')).toThrow(GitRefError);
    expect(() => summariseChanges(dir, 'mian')).toThrowErrorMatchingInlineSnapshot(
      `[Error: "mian" is not a branch, tag or commit in this repository: give one such as main or origin/main (run "git fetch" first if it is on the server)]`,
    );
  });
});

describe("the change summary of a council's own plan", () => {
  // plan-shapes: three-level references, an unnumbered objective, a Green/Amber/Red/Blue/Grey scale.
  it('reports a change to every field an action holds, statuses in its labels, and every kind of update edit', () => {
    const dir = repoWithContent(PLAN_SHAPES);
    const homes = 'actions/stable-homes.yaml';
    edit(
      dir,
      homes,
      'outcome: More children can stay near their school and friends.',
      'outcome: More children stay near school.',
    );
    edit(
      dir,
      homes,
      'partners: [Local fostering network]',
      'partners: [Local fostering network, "Kinship carers\' group"]',
    );
    edit(
      dir,
      homes,
      'plans: [Sufficiency strategy 2025-28]',
      'plans:\n      - title: Sufficiency strategy 2025-28\n        url: https://www.lowbridge.gov.uk/sufficiency',
    );
    edit(dir, homes, '    status: Amber\n    percent_complete: 40\n', '    status: Green\n    percent_complete: 55\n');
    edit(
      dir,
      homes,
      '    indicators: [placement-moves]\n',
      '    young_people:\n      title: More foster carers near you\n',
    );
    // The June update removed, September's given a new status, October's added.
    edit(
      dir,
      homes,
      '      - date: 2025-06-30\n        text: Six households started assessment.\n        status: Green\n        percent_complete: 20\n',
      '',
    );
    edit(
      dir,
      homes,
      '        status: Amber\n        percent_complete: 40\n',
      '        status: Red\n        percent_complete: 35\n      - date: 2025-10-15\n        text: Five households approved.\n',
    );
    edit(dir, homes, '    timescale: 2025-03-31\n', '    timescale: 2025-03-31\n    status: Grey\n');
    const school = 'actions/education.yaml';
    edit(dir, school, 'ref: "2.01.02"', 'ref: "2.02.01"');
    edit(dir, school, 'action: Check every Personal Education Plan each term.', 'action: Check every PEP each term.');
    edit(dir, school, 'ref: "2.01.01"', 'id: "2.01.01"\n    ref: "2.1.1"');

    expect(summariseChanges(dir, 'main')).toMatchInlineSnapshot(`
      "## Content changes since \`main\`

      ### Actions renumbered

      - **2.01.02** is now **2.02.01**: Offer every care leaver a tutor for their exams. Its page moves from \`/actions/2-01-02/\` to \`/actions/2-02-01/\`; to keep the old address, give it \`id: "2.01.02"\`.

      ### Status changes

      - Action **1.1** moved from **Amber** (at risk) to **Green** (on track): Recruit more foster carers who live in the borough.
      - Action **1.3** moved from **not yet reported** to **Grey** (not started): Open a second children's home in the borough.

      ### Action details changed

      - Action **1.1**, \`young_people.title\`: now “More foster carers near you” (was none)
      - Action **1.1**, \`outcome\`: now “More children stay near school.” (was “More children can stay near their school and friends.”)
      - Action **1.1**, \`partners\`: now “Local fostering network” and “Kinship carers' group” (was “Local fostering network”)
      - Action **1.1**, \`plans\`: now “Sufficiency strategy 2025-28” (\`https://www.lowbridge.gov.uk/sufficiency\`) (was “Sufficiency strategy 2025-28”)
      - Action **1.1**, \`percent_complete\`: now 55% (was 40%)
      - Action **1.1**, \`indicators\`: now none (was “Children with three or more placements in the year”)
      - Action **2.01.01**, \`ref\`: now “2.1.1” (was “2.01.01”)
      - Action **2.01.01**, \`action\`: now “Check every PEP each term.” (was “Check every Personal Education Plan each term.”)

      ### New progress updates

      - Action **1.1**, 15 October 2025: Five households approved.

      ### Progress updates edited

      - Action **1.1**, 15 September 2025: status now Red (was Amber); percent complete now 35% (was 40%)

      ### Progress updates removed

      - Action **1.1**, 30 June 2025: “Six households started assessment.”
      "
    `);
  });
});

describe('npm run changes', () => {
  it('prints the Markdown, and explains what to type when the ref is left out', () => {
    const dir = repoWithContent();
    edit(dir, 'actions/education.yaml', 'status: complete', 'status: on track');
    const run = runScript('changes.ts', ['main'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Action **2.1** moved from **complete** to **on track**');

    const bare = runScript('changes.ts', [], dir);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatchInlineSnapshot(`
      "Say what to compare with: npm run changes -- <branch, tag or commit>, for example npm run changes -- origin/main
      "
    `);
  });

  it('refuses to compare content that does not pass the check, and says why', () => {
    const dir = repoWithContent();
    edit(dir, 'actions/education.yaml', 'status: complete', 'status: finished');
    const run = runScript('changes.ts', ['main'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "✗ The content now does not pass the content check, so it cannot be compared:
      content/actions/education.yaml:8:13  "status" must be one of: not started, on track, at risk, off track, complete (not "finished")
      "
    `);
  });
});
