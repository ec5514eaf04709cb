/**
 * Personal data (issue 13, class 9): warnings at file:line:col, each saying how to fix it. A role's
 * mailbox at a personal email service, outside the council's own domains or in one person's name;
 * a date of birth; a child's name next to what happened to them; the named holder of a post that is
 * not senior. Prose is read from the parsed YAML values and the MDX body's one tree. Fixtures in
 * test/fixtures/security/personal-*, messages pinned; spellings tried in a progress update, and
 * look-alikes that must not warn.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { formatProblem, sortProblems } from '../../src/loader/problems.ts';
import { personalData } from '../../src/loader/rules/personal-data.ts';
import { DEFAULT_POLICY } from '../../src/schemas/site-policy.ts';
import { copyCouncil, removeCopy, setUpdateText, warningLines } from '../support/fixture-council.ts';
import { FIXTURES as ALL_FIXTURES } from '../support/paths.ts';
import { TEST_TODAY } from '../support/test-date.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/security');

/** The personal-data warnings for a content folder, as `npm run check` prints them. */
function personalWarnings(dir: string): string[] {
  const { files } = loadContent(dir, { today: TEST_TODAY });
  const policy = files.site[0]?.data?.policy ?? DEFAULT_POLICY;
  const problems = personalData.run(files, { today: TEST_TODAY, policy, publicDir: dir });
  return sortProblems(problems).map(formatProblem);
}

function check(name: string): string {
  const dir = copyCouncil({ overlay: path.join(FIXTURES, name) });
  try {
    return personalWarnings(dir).join('\n');
  } finally {
    removeCopy(dir);
  }
}

/** The personal-data warnings for a progress update saying `text` in the minimal council. */
function updateSaying(text: string): string[] {
  const dir = copyCouncil({ prepare: (content) => setUpdateText(content, text) });
  try {
    return personalWarnings(dir);
  } finally {
    removeCopy(dir);
  }
}

describe('mailboxes', () => {
  it('personal-mailboxes', () => {
    expect(check('personal-mailboxes')).toMatchInlineSnapshot(`
      "content/roles.yaml:10:12  warning: the mailbox "testford.virtualschool@gmail.com" is an address at gmail.com, a personal email service: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one
      content/roles.yaml:15:12  warning: the mailbox "Fostering.Team@BTInternet.com" is an address at btinternet.com, a personal email service: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one
      content/roles.yaml:19:12  warning: the mailbox "childrenincare@testford-ccg.nhs.uk" is at testford-ccg.nhs.uk, which is not one of the council's own mail domains (testford.gov.uk): write the team's council mailbox, or, if this is a partner's team mailbox, add testford-ccg.nhs.uk to policy.personal_data.email_domains in content/site.yaml
      content/roles.yaml:23:12  warning: the mailbox "jessica.harding@testford.gov.uk" looks like one person's own address: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one"
    `);
  });

  it('personal-partner-domain: the council declares its domains and adds a personal service of its own', () => {
    expect(check('personal-partner-domain')).toMatchInlineSnapshot(`
      "content/roles.yaml:10:12  warning: the mailbox "testford.virtualschool@gmail.com" is an address at gmail.com, a personal email service: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one
      content/roles.yaml:15:12  warning: the mailbox "Fostering.Team@BTInternet.com" is an address at btinternet.com, a personal email service: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one
      content/roles.yaml:23:12  warning: the mailbox "leavingcare@testford-mail.co.uk" is an address at testford-mail.co.uk, a personal email service: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one"
    `);
  });

  it('are warnings, which npm run check prints with the others', () => {
    const dir = copyCouncil({ overlay: path.join(FIXTURES, 'personal-mailboxes') });
    try {
      expect(warningLines(dir).filter((line) => line.includes('personal email service'))).toHaveLength(2);
    } finally {
      removeCopy(dir);
    }
  });
});

describe('prose', () => {
  it('personal-in-updates', () => {
    expect(check('personal-in-updates')).toMatchInlineSnapshot(`
      "content/actions/stable-homes.yaml:15:15  warning: this progress update says "DOB": a date of birth, with anything else the site says, can identify a child. Remove it: the site never needs one (an age group such as "aged 16 to 17" is enough)
      content/actions/stable-homes.yaml:15:15  warning: this progress update says "jo.bloggs@hotmail.co.uk", an address at hotmail.co.uk, a personal email service: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one
      content/actions/stable-homes.yaml:17:15  warning: this progress update says "Kezia Obi, aged 15": a name next to what happened to a child can identify them. Write "a young person" instead of "Kezia Obi"
      content/actions/stable-homes.yaml:17:15  warning: this progress update says "Tavish was arrested": a name next to what happened to a child can identify them. Write "a young person" instead of "Tavish""
    `);
  });

  it('personal-in-meeting', () => {
    expect(check('personal-in-meeting')).toMatchInlineSnapshot(`
      "content/meetings/2026-01-20-board.yaml:5:12  warning: "title" says "Sarah Patel, Fostering Service Manager", naming the holder of the post "Fostering Service Manager", which is not senior: only senior and statutory posts are named. Write the job title alone (and the team mailbox), or, if this is a senior or statutory post, set senior: true on its role in content/roles.yaml
      content/meetings/2026-01-20-board.yaml:10:11  warning: what the meeting agreed says "d.o.b.": a date of birth, with anything else the site says, can identify a child. Remove it: the site never needs one (an age group such as "aged 16 to 17" is enough)"
    `);
  });

  it('personal-in-young-person-page: headings, lists, links, tables and paragraphs, each at its place', () => {
    expect(check('personal-in-young-person-page')).toMatchInlineSnapshot(`
      "content/young-people/stable-homes.mdx:11:4  warning: the page says "Ollie’s placement": a name next to what happened to a child can identify them. Write "a young person" (or, for a member of staff, their job title) instead of "Ollie"
      content/young-people/stable-homes.mdx:13:1  warning: the page says "Lily, aged 12": a name next to what happened to a child can identify them. Write "a young person" (or, for a member of staff, their job title) instead of "Lily"
      content/young-people/stable-homes.mdx:13:45  warning: the page says "born on 12th March 2014": a date of birth, with anything else the site says, can identify a child. Remove it: the site never needs one (an age group such as "aged 16 to 17" is enough)
      content/young-people/stable-homes.mdx:15:3  warning: the page says "Harry was excluded": a name next to what happened to a child can identify them. Write "a young person" (or, for a member of staff, their job title) instead of "Harry"
      content/young-people/stable-homes.mdx:16:7  warning: the page links to "testford.children@gmail.com", an address at gmail.com, a personal email service: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one
      content/young-people/stable-homes.mdx:16:66  warning: the page links to "carers.testford@outlook.com", an address at outlook.com, a personal email service: publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one
      content/young-people/stable-homes.mdx:20:3  warning: the page says "Noah, Went missing": a name next to what happened to a child can identify them. Write "a young person" (or, for a member of staff, their job title) instead of "Noah""
    `);
  });
});

/** Spellings that must warn, each with the words the warning quotes. */
const WARNED: [string, string][] = [
  // Dates of birth.
  ['DOB 3/5/2011.', 'DOB'],
  ['Her DOB is on file.', 'DOB'],
  ['D.O.B. 03.05.2011', 'D.O.B.'],
  ['d.o.b: 3 May 2011', 'd.o.b'],
  ['DoB: 2011-05-03', 'DoB'],
  ['Date of birth: 3 May 2011.', 'Date of birth: 3 May 2011'],
  ['date of birth 03/05/2011', 'date of birth 03/05/2011'],
  ['Their dates of birth are 3 May 2011 and 9 June 2012.', 'dates of birth are 3 May 2011'],
  ['He was born on 3 May 2011.', 'born on 3 May 2011'],
  ['She was born on the 3rd of May.', ''],
  ['Born 3rd May 2011 in Testford.', 'Born 3rd May 2011'],
  ['born May 3, 2011', 'born May 3, 2011'],
  ['born in May 2011', 'born in May 2011'],
  ['born 03/05/11', 'born 03/05/11'],
  ['His birthday is on 3 May.', 'birthday is on 3 May'],
  ['Jo (b. 3.5.2011) moved.', 'b. 3.5.2011'],
  // A given name next to what happened.
  ['Jayden moved to his third placement.', 'Jayden moved to his third placement'],
  ['Amira, aged 14, is settled.', 'Amira, aged 14'],
  ['We placed Oliver with his aunt.', 'placed Oliver'],
  ['Mia went missing twice.', 'Mia went missing'],
  ['Our support helped Harry after he was excluded.', ''],
  ['Chloe was arrested in March.', 'Chloe was arrested'],
  ["Ollie's placement ended.", "Ollie's placement"],
  ['The 15-year-old, Ethan, moved.', '15-year-old, Ethan'],
  ['Callum (aged 16) is in custody.', 'Callum (aged 16'],
  ['Sophie is pregnant and has a new social worker.', 'Sophie is pregnant'],
  ['After his exclusion, Kacper joined a new school.', 'exclusion, Kacper'],
  ['Muhammad came into care in June.', 'Muhammad came into care'],
  ['Leo self-harmed in the night.', 'Leo self-harmed'],
  // Any capitalised name told a person's story.
  ['Kezia went missing in May.', 'Kezia went missing'],
  ['Tavish was arrested twice.', 'Tavish was arrested'],
  ['We met Marek Nowak, aged 15.', 'Marek Nowak, aged 15'],
  ['We met Ifeoma, aged 15, at the hub.', 'Ifeoma, aged 15'],
  ['Delroy has been reported missing.', 'Delroy has been reported missing'],
  ['Precious ran away from her carers.', 'Precious ran away'],
  // Personal addresses in prose.
  ['Write to jo.bloggs@gmail.com with news.', 'jo.bloggs@gmail.com'],
  ['Email carers@Hotmail.co.uk.', 'carers@Hotmail.co.uk'],
  // A named holder of a post that is not senior.
  ['Sam Carter, Fostering Service Manager, led the review.', 'Sam Carter, Fostering Service Manager'],
  ['The Fostering Service Manager, Priya Shah, led the review.', 'Fostering Service Manager, Priya Shah'],
];

/** Look-alikes that must not warn: no person, no date of birth, or a post holder who may be named. */
const NOT_WARNED: string[] = [
  'Placement stability improved this year.',
  'Emphasis was placed on stability.',
  'Data was excluded from the count when it was incomplete.',
  'Children aged 16 to 17 get a personal adviser.',
  'Young people, aged 16 and over, can ask for help.',
  'Leavers, aged 19 to 21, stay in touch.',
  'Care leavers aged 19-21 in education, employment or training.',
  'Fewer children went missing this year.',
  'Nobody was arrested.',
  'Someone went missing from the home, and was found.',
  "Our foster carers met at St Mary's School.",
  "The Alice Street children's home opened.",
  "Harrison House is a children's home.",
  'The board was born out of the 2017 Act.',
  'We record the date of birth of every child in our case system, never on this site.',
  'Adopted children have their own support.',
  "Alex Example, Director of Children's Services, wrote to every school about exclusions.",
  'The Virtual School Head reviewed every exclusion.',
  'Amber ratings were given for placements.',
  'In April, placements rose.',
  'May placements were stable.',
  'Grace periods for missing paperwork end in June.',
  'Hope Street hub helps children who went missing.',
  'Mark the date in the calendar: placement review week.',
  'Dobson House opened.',
  'Write to fostering@testford.gov.uk.',
  'The Jack Petchey award went to our care leavers.',
  'The Leaving Care Guide aged 16-25 is ready.',
  'A Coming into Care Guide for children aged 3 to 10.',
];

describe('spellings in a progress update', () => {
  it.each(WARNED)('warns on %j', (text, quoted) => {
    const warnings = updateSaying(text);
    expect(warnings).toHaveLength(1);
    if (quoted) expect(warnings[0]).toContain(JSON.stringify(quoted).slice(1, -1));
  });

  it.each(NOT_WARNED)('does not warn on %j', (text) => {
    expect(updateSaying(text)).toEqual([]);
  });
});

describe('the fixture councils', () => {
  it.each([
    'minimal',
    'second-council',
    'plan-shapes',
    'pledges-council',
    'new-council',
    'injection',
    'import-council',
  ])('%s gives no personal-data warning', (council) => {
    expect(personalWarnings(path.join(ALL_FIXTURES, council, 'content'))).toEqual([]);
  });
});
