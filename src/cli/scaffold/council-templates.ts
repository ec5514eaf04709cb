/**
 * The files `npm run init` writes: the smallest council that passes the check, builds and verifies.
 * Every sentence an editor must write is a "TODO: …" placeholder (the check warns about each until it
 * is replaced), every address is on example.org (reserved for examples, so the check flags it too),
 * and every field says in a comment what it holds. Nothing here comes from the example council.
 */
import { ACTION_STATUSES } from '../../schemas/actions.ts';
import { POLARITIES, UNITS } from '../../schemas/indicators.ts';
import { actionTemplate } from './templates.ts';
import { indent, quoted } from './yaml-text.ts';

/** What the files are dated from: the strategy runs three years from `year`. */
export interface CouncilDates {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** A year from today, YYYY-MM-DD. */
  inAYear: string;
  year: number;
}

/** The ids `init` gives the first objective and role: the guide says how to rename them. */
export const FIRST_OBJECTIVE = 'first-objective';
export const FIRST_ROLE = 'lead-officer';
export const FIRST_INDICATOR = 'first-indicator';

const todo = (what: string): string => quoted(`TODO: ${what}`);

function site(dates: CouncilDates): string {
  return [
    '# Who publishes the site. Replace every "TODO: …" and every example.org address.',
    `council: ${todo('council name')} # the council's full name, as on its letterheads`,
    'url: https://corporate-parenting.example.org # the https:// address the site will be published at',
    'strategy:',
    `  title: Corporate parenting strategy`,
    `  from: ${dates.year} # the first year the strategy covers`,
    `  to: ${dates.year + 3} # the last year it covers`,
    'contact:',
    `  team: ${todo('the team readers should contact about the strategy')}`,
    '  email: corporate-parenting@example.org # that team’s mailbox',
    `last_reviewed: ${dates.today} # when the strategy was last reviewed (YYYY-MM-DD)`,
    `next_review: ${dates.inAYear} # when it will next be reviewed`,
    'branding:',
    `  display_name: ${todo('place')} # the short name shown in the header, usually the place's name`,
    '  accent_colour: "#1d4f6e" # your colour as #rrggbb: dark enough for white text on it',
    '',
  ].join('\n');
}

function objectives(): string {
  return [
    '# The strategy’s objectives, numbered. Each has a file of actions in actions/<id>.yaml and a page',
    '# in young-people/<id>.mdx: rename the id in all three places (and the files) together.',
    `- id: ${FIRST_OBJECTIVE}`,
    '  number: 1',
    `  title: ${todo('objective heading')} # the objective as a short heading`,
    `  summary: ${todo('one or two sentences on what the objective is for')}`,
    `  lead: ${FIRST_ROLE} # the role (id from roles.yaml) that leads it`,
    '  success_measures:',
    `    - ${todo('how the board will know the objective is met')}`,
    `  indicators: [${FIRST_INDICATOR}] # ids from indicators.yaml`,
    '',
  ].join('\n');
}

function actions(dates: CouncilDates): string {
  const item = actionTemplate({
    id: '1.1',
    lead: [FIRST_ROLE],
    timescale: `${dates.year + 3}-03`,
    statuses: ACTION_STATUSES,
    status: 'not started',
  });
  return [
    '# The action plan rows for one objective. Add the next with: npm run new -- action 1',
    `objective: ${FIRST_OBJECTIVE}`,
    'actions:',
    indent(item, 2).trimEnd(),
    '',
  ].join('\n');
}

function roles(): string {
  return [
    '# The posts that lead objectives, actions and indicators. Team mailboxes only, never a person’s.',
    `- id: ${FIRST_ROLE} # used in references and in the address /leads/<id>/`,
    `  title: ${todo('job title')} # the post's job title, for example Director of Children's Services`,
    `  team: ${todo('the team or service the post sits in')}`,
    '  mailbox: lead-officer@example.org # the team mailbox',
    '  senior: true # true for senior and statutory posts, the only ones whose holder may be named',
    '',
  ].join('\n');
}

function board(dates: CouncilDates): string {
  return [
    '# The board’s terms of reference.',
    'name: Corporate Parenting Board',
    `purpose: ${todo('why the board exists, in a short paragraph')}`,
    'responsibilities:',
    `  - ${todo('what the board does, one line each')}`,
    `chair: ${FIRST_ROLE} # the role (id from roles.yaml) that chairs it`,
    'membership:',
    `  - role: ${FIRST_ROLE} # a role from roles.yaml, or "representative: <a seat that is not a council post>"`,
    `frequency: ${todo('how often the board meets, for example Quarterly')}`,
    `quorum: ${todo('what makes a meeting quorate')}`,
    'subgroups: [] # sub-groups, each with id, name, chair, remit and frequency',
    'reporting:',
    `  - ${todo('whom the board reports to, and how')}`,
    `last_reviewed: ${dates.today}`,
    `next_review: ${dates.inAYear}`,
    '',
  ].join('\n');
}

function indicators(): string {
  return [
    '# What is measured, in what unit, and which way is better. Figures go in scorecards/<year>.yaml:',
    '# npm run new -- scorecard',
    `- id: ${FIRST_INDICATOR} # used in addresses and references: change it to a short name such as care-leavers-eet`,
    `  title: ${todo('indicator name')} # the indicator's name, as readers will see it`,
    `  definition: ${todo('exactly what is counted, and for whom')}`,
    `  unit: percentage # one of: ${UNITS.join(', ')}`,
    `  polarity: higher is better # one of: ${POLARITIES.join(', ')}`,
    `  source: ${todo('where the figures come from, for example SSDA903 return')}`,
    `  objective: ${FIRST_OBJECTIVE}`,
    `  lead: ${FIRST_ROLE}`,
    '  counts_children: true # true when the figures count children (small counts are then hidden)',
    '  frequency: annual # quarterly or annual',
    '',
  ].join('\n');
}

function glossary(): string {
  return [
    '# Terms and abbreviations, with a plain meaning for young people.',
    '- term: Corporate parent',
    '  meaning: The council and its partners, acting together as the parent of every child in its care.',
    '  young_meaning: This means everyone at the council who helps to look after you.',
    '',
  ].join('\n');
}

function accessibility(dates: CouncilDates): string {
  return [
    '# The accessibility statement at /accessibility/. Say only what is true of your site.',
    '# fully, partially or not: "not" also fits a site that has not been assessed yet.',
    'compliance: not',
    `compliance_reason: ${todo('why the site does not meet the standard yet')}`,
    'non_accessible:',
    '  non_compliance: []',
    '  disproportionate_burden: []',
    '  outside_scope: []',
    'enforcement: great-britain # great-britain or northern-ireland',
    'testing:',
    `  last_tested: ${dates.today}`,
    `  method: ${todo('how the site was tested')}`,
    `prepared: ${dates.today}`,
    `last_reviewed: ${dates.today}`,
    '',
  ].join('\n');
}

function strategy(): string {
  return [
    '---',
    `title: Our corporate parenting strategy`,
    `vision: ${todo('the vision, in one sentence')}`,
    'principles:',
    `  - title: ${todo('a principle, in a few words')}`,
    `    description: ${todo('what it means in practice')}`,
    '---',
    '',
    '## Introduction',
    '',
    'TODO: Write the introduction here. Replace each line that starts with TODO.',
    '',
  ].join('\n');
}

// The young-person pages are scored for reading ease like any other: their placeholders use short words.

export function youngPeopleHomePage(): string {
  return [
    '---',
    '# The home page of the young-person edition. Write to children in care and care leavers: "you" and "we".',
    `title: Our plan for you`,
    `summary: ${todo('Say in one short line what this plan is for.')}`,
    'kind: home',
    'order: 0',
    '---',
    '',
    'TODO: Say what the plan means for you. Use short words. Keep each line short.',
    '',
  ].join('\n');
}

/** An objective's page; its placeholder title names the objective's number, as two pages' titles must differ. */
export function youngPeopleObjectivePage(objective: string, number: number): string {
  return [
    '---',
    '# What one objective means for children in care and care leavers. Keep words short.',
    `title: ${todo(`A short name for part ${number}.`)} # a short name for this part of the plan`,
    `summary: ${todo('Say in one short line what we will do.')}`,
    'kind: objective',
    `objective: ${objective}`,
    `order: ${number * 10}`,
    '---',
    '',
    'TODO: Say what we will do for you. Use short words. Keep each line short.',
    '',
  ].join('\n');
}

/** Each file of a new council, by its path under the content folder. */
export function councilFiles(dates: CouncilDates): Record<string, string> {
  return {
    'site.yaml': site(dates),
    'objectives.yaml': objectives(),
    [`actions/${FIRST_OBJECTIVE}.yaml`]: actions(dates),
    'roles.yaml': roles(),
    'board.yaml': board(dates),
    'indicators.yaml': indicators(),
    'glossary.yaml': glossary(),
    'accessibility.yaml': accessibility(dates),
    'strategy.mdx': strategy(),
    'young-people/index.mdx': youngPeopleHomePage(),
    [`young-people/${FIRST_OBJECTIVE}.mdx`]: youngPeopleObjectivePage(FIRST_OBJECTIVE, 1),
  };
}
