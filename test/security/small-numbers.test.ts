/**
 * Small numbers of children in prose (issue 13, class 8). Every prose field is read, and many
 * spellings of a small count are refused in each; shares, larger numbers and names that merely hold
 * a number are not. The threshold is the council's (policy.small_numbers): a council with a
 * threshold of 9 has "Seven children" refused, one with 2 has "3 children" allowed. Fixtures in
 * test/fixtures/security/small-number-*, messages pinned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorText } from '../support/fixture-council.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/security');
const check = (name: string): string => errorText(copyCouncil({ overlay: path.join(FIXTURES, name) }));

/** The minimal council with one progress update saying `text`, and the council's threshold. */
function updateSaying(text: string, threshold?: number): string {
  return errorText(
    copyCouncil({
      prepare: (dir) => {
        const actions = path.join(dir, 'actions/stable-homes.yaml');
        writeFileSync(
          actions,
          readFileSync(actions, 'utf8').replace(
            'text: Twelve households started assessment.',
            `text: ${JSON.stringify(text)}`,
          ),
        );
        if (threshold !== undefined) {
          const site = path.join(dir, 'site.yaml');
          writeFileSync(
            site,
            `${readFileSync(site, 'utf8')}policy:\n  small_numbers:\n    hide_counts_up_to: ${threshold}\n    hide_percentage_when_numerator_up_to: ${threshold}\n`,
          );
        }
      },
    }),
  );
}

/** Spellings of a small count, each with the words the check quotes. */
const REFUSED: [string, string][] = [
  ['Three looked after children moved home.', 'Three looked after children'],
  ['3 care-leavers are in custody.', '3 care-leavers'],
  ['3 care leavers are in custody.', '3 care leavers'],
  ['We placed a pair of brothers together.', 'a pair of brothers'],
  ['The twins moved to a new carer.', 'twins'],
  ['Twins were placed out of area.', 'Twins'],
  ['We supported the two UASC who arrived in May.', 'two UASC'],
  ['3 of the 40 children had no plan.', '3 of the 40 children'],
  ['2 out of 28 young people left.', '2 out of 28 young people'],
  ['Only one child moved.', 'one child'],
  ['One looked-after child was missing.', 'One looked-after child'],
  ['Four unaccompanied asylum-seeking children arrived.', 'Four unaccompanied asylum-seeking children'],
  ['5 young people were NEET.', '5 young people'],
  ['Two of our care experienced young people started university.', 'Two of our care experienced young people'],
  ['1 child was excluded.', '1 child'],
  ['Three Children moved school.', 'Three Children'],
  ['We found homes for 2 siblings.', '2 siblings'],
  ['A brother and sister were adopted.', 'A brother and sister'],
  ['a couple of teenagers went missing', 'a couple of teenagers'],
  ['Two babies were born to care leavers.', 'Two babies'],
  ['4 LAC moved out of the borough.', '4 LAC'],
  ['2 CLA had no PEP.', '2 CLA'],
  ['Three girls and two boys took part.', 'Three girls'],
  ['A single child was placed in a hotel.', 'A single child'],
  ['3 new foster children joined.', '3 new foster children'],
  ['five pupils missed their exams', 'five pupils'],
  ['Two young mothers were supported.', 'Two young mothers'],
  ['2 teenage girls went missing.', '2 teenage girls'],
  ['the three Harbour Ward children', 'three Harbour Ward children'],
  ['the two UASC arrived.', 'two UASC'],
  ['Both children were moved.', 'Both children'],
  ['2/30 children had no PEP.', '2/30 children'],
  ['The twins moved.', 'twins'],
  ['Three siblings were placed together.', 'Three siblings'],
  ['She is the only child in the home.', 'the only child'],
  ['Another child was excluded.', 'Another child'],
  ['We support 30 care leavers. Three of them went missing.', 'Three of them'],
  ['One young person was arrested.', 'One young person'],
  ['Two looked-after children were excluded.', 'Two looked-after children'],
  ['3 UASC arrived.', '3 UASC'],
  ['two unaccompanied children arrived', 'two unaccompanied children'],
  ['2 young care leavers', '2 young care leavers'],
  ['a sibling pair was split', 'a sibling pair'],
  ['a sibling group of three was placed', 'a sibling group of three'],
  ['a group of three siblings', 'three siblings'],
  ['three brothers were placed', 'three brothers'],
  ['one girl', 'one girl'],
  ['the only care leaver at university', 'the only care leaver'],
  ['the only young person who', 'the only young person'],
  ['two of these children', 'two of these children'],
  ['all but one child', 'one child'],
  ['all but two care leavers', 'two care leavers'],
  ['46 of 47 care leavers are in touch.', '46 of 47 care leavers'],
  ['On page 2, 3 of 6 children moved.', '3 of 6 children'],
  ['Page 2 of 6: 3 children moved.', '3 children'],
  ['3 out of 4 children', '3 out of 4 children'],
  ['two further young people', 'two further young people'],
  ['2 x children', '2 x children'],
  ['2 × UASC', '2 × UASC'],
  ['3no. children', '3no. children'],
  ['three kids', 'three kids'],
  ['2 CiC', '2 CiC'],
  ['2 looked after children', '2 looked after children'],
  ['two children looked after', 'two children'],
  ['three LAC', 'three LAC'],
  ['We met 12 young people, two of whom were missing.', 'two of whom'],
  ['both young people', 'both young people'],
  ['both of the boys', 'both of the boys'],
  ['both care leavers', 'both care leavers'],
  ['neither child', 'neither child'],
  ['a sibling set of four', 'a sibling set of four'],
  ['2 sets of twins', 'twins'],
  ['quadruplets', 'quadruplets'],
  ['the three young people', 'three young people'],
  ['these two children', 'two children'],
  ['3 young persons', '3 young persons'],
  ['4 yp', '4 yp'],
  ['three YP', 'three YP'],
  ['two children and young people', 'two children'],
  ['two children in care', 'two children'],
  ['five children in our care', 'five children'],
  ['two care leavers aged 19', 'two care leavers'],
  ['2 x care leavers', '2 x care leavers'],
  ['4 (four) children', '4 (four) children'],
  ['four (4) children', 'four (4) children'],
  ['3 c/yp', '3 c/yp'],
  ['3 CYP', '3 CYP'],
  ['two Year 11 pupils', 'two Year 11 pupils'],
  ['2 CLA', '2 CLA'],
  ['1 looked after child', '1 looked after child'],
  ["one child's plan was late", 'one child'],
  ['The number fell from 12 to 4 children.', '4 children'],
];

/** Shares, larger numbers, zero and numbers that name something: allowed. */
const ALLOWED = [
  '12 children moved home.',
  'The rate fell to 4% of children.',
  'The rate fell to 4 per cent of children.',
  'No children moved more than twice.',
  'One area where children do well is school.',
  'Over 3 years children moved less.',
  'We have 0 children waiting.',
  'One in five children lives more than 20 miles away.',
  '3 in 10 care leavers are in education.',
  'Three children in ten moved school.',
  'Year 3 pupils read with a mentor.',
  'Key Stage 2 children did well.',
  'Section 1 of the Children and Social Work Act applies.',
  'We opened two small children’s homes.',
  "We opened two small children's homes.",
  'Objective 2 children’s health is improving.',
  '£5 children’s activity vouchers were given.',
  'We trained 3 foster carers.',
  'Action 1.2 children',
  'Each home is for up to three young people.',
  'Two sibling groups waited longer.',
  'Three years ago we started.',
  'One of our priorities is housing.',
  "We opened 2 children's homes.",
  'The children in care council met.',
  'Objective 3 is about health.',
  'On 3 May 2026 the board met.',
  'By 31 March 2027 every child will have a plan.',
  'In 2025 children moved less.',
  "Two children's homes opened.",
  'Q3 children in care figures',
  'One in five children lives far away.',
  'a handful of children',
  'a few children',
  'a small number of children',
  'The two of us met the children in care council.',
  'One child in every five.',
  'Every child has a PEP.',
  'A child in care has a right to an advocate.',
  'No child was placed out of area.',
  'None of the children',
  'Both teams met children in care.',
  'Both the board and the children in care council agreed.',
  "the only children's home in the borough",
  'the only way children can',
  "Another children's home opened.",
  'another children in care council',
  '3 of them are overdue.',
  'We agreed 12 actions; three of them are late.',
  'Two of these actions are for care leavers.',
  '1 of 3 priorities for children',
  '2 care leaver apprenticeships',
  "two care leavers' forums",
  'children aged 16 to 17',
  'children aged 5 and under',
  'under 5s children centre',
  'the 2 Children Act duties',
  'Children Act 1989 section 20',
  "2 years of children's services",
  '46 of 47 actions are on track.',
  'section 17 children in need',
  'We met 4 times with children.',
  'Page 2: children in care',
  // The site's own headings, read with what follows them on the page (npm run verify).
  'Learning: actions, page 2 of 6 Objective Children in our care go to good schools',
  'Coordinator: actions, page 2 of 4 Page What the Children in Care Council Coordinator leads',
  "Chief Executive: actions, page 2 of 2 Director of Children's Services",
  'Head of Fostering: actions, page 3 of 3 Children in Care Council Coordinator',
  'Pledge 2 of 4 children',
  'The rate is 4% of children.',
  '4.5 children per 10,000',
  '£3 for every child',
  '1 April 2026 children in care',
  'From 1 April children in care get',
  'On 1 April, children moved.',
  "3 children's services directors",
  'A sibling group of more than 10',
  'Twin-track planning for children',
  'twin beds for children',
  'the only child-friendly venue',
  "Both our children's homes passed.",
  'aged 2 to 4 children',
  "2-3 children's homes",
  'Priority 1: children in care',
  'In Q1, children moved less.',
  '3,000 children live here.',
  '5,004 children',
  "the children's commissioner's 2 reports",
  "2 x children's homes",
  'Children first. Every action is traceable to at least one of them.',
  'We asked children about the 6 principles; each of them matters.',
  'Children chose the 4 themes and any one of them can change.',
  'a count of 1 to 5 children',
  'bands of 1 to 3 children',
];

describe('a small count of children in words is refused, in every spelling', () => {
  it.each(REFUSED)('%j', (text, quoted) => {
    expect(updateSaying(text)).toContain(`this progress update says "${quoted}"`);
  });

  it.each(ALLOWED)('%j is allowed', (text) => {
    expect(updateSaying(text)).toBe('');
  });

  it('follows the council’s threshold, whatever it is', () => {
    expect(updateSaying('Seven children moved.', 9)).toContain(
      'says "Seven children": a number of children from 1 to 9',
    );
    expect(updateSaying('3 children moved.', 2)).toBe('');
    expect(updateSaying('The twins moved.', 1)).toBe('');
    expect(updateSaying('One child moved.', 0)).toBe('');
  });
});

describe('every prose field is read', () => {
  it('small-number-in-update', () => {
    expect(check('small-number-in-update')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:13:15  this progress update says "Three looked after children": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
  it('small-number-in-meeting', () => {
    expect(check('small-number-in-meeting')).toMatchInlineSnapshot(
      `"content/meetings/2026-01-20-board.yaml:10:11  what the meeting agreed says "two UASC": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
  it('small-number-in-young-person-page', () => {
    expect(check('small-number-in-young-person-page')).toMatchInlineSnapshot(`
      "content/young-people/education.mdx:11:1  the page says "Twins": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out
      content/young-people/education.mdx:13:3  the page says "3 of the 40 children": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"
    `);
  });
  it('small-number-in-strategy', () => {
    expect(check('small-number-in-strategy')).toMatchInlineSnapshot(`
      "content/strategy.mdx:6:18  "description" says "4 young people": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out
      content/strategy.mdx:13:11  the page says "a pair of brothers": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"
    `);
  });
  it('small-number-in-commentary-on-any-indicator', () => {
    expect(check('small-number-in-commentary-on-any-indicator')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:24:17  the commentary on "pep-up-to-date" says "one child": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
  it('small-number-in-agenda-and-indicator', () => {
    expect(check('small-number-in-agenda-and-indicator')).toMatchInlineSnapshot(`
      "content/indicators.yaml:16:12  "about" says "the only child": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out
      content/meetings/2026-01-20-board.yaml:5:12  "title" says "both children": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"
    `);
  });
  it('small-number-in-glossary-and-roles', () => {
    expect(check('small-number-in-glossary-and-roles')).toMatchInlineSnapshot(
      `"content/glossary.yaml:3:12  "meaning" says "2 siblings": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
});

describe('more places and spellings', () => {
  it('small-number-in-image-alt', () => {
    expect(check('small-number-in-image-alt')).toMatchInlineSnapshot(
      `"content/strategy.mdx:13:3  the page says "Both children": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
  it('small-number-by-difference', () => {
    expect(check('small-number-by-difference')).toMatchInlineSnapshot(
      `"content/actions/stable-homes.yaml:13:15  this progress update says "46 of 47 care leavers", so 1 is not: a number of children from 1 to 5 must not be published, even as the difference between two numbers, because it could identify a child. Write "almost all" or leave the numbers out"`,
    );
  });
  it('small-number-in-annual-report', () => {
    expect(check('small-number-in-annual-report')).toMatchInlineSnapshot(`
      "content/annual-reports/2025-26.mdx:7:35  "development" says "The only child": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out
      content/annual-reports/2025-26.mdx:13:43  the report says "Two of them": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out
      content/annual-reports/2025-26.mdx:17:18  the report says "46/47 care leavers", so 1 is not: a number of children from 1 to 5 must not be published, even as the difference between two numbers, because it could identify a child. Write "almost all" or leave the numbers out"
    `);
  });
  it('"three of them" is a count of children only when children were just named', () => {
    expect(updateSaying('We agreed 12 actions. Three of them are late.')).toBe('');
    expect(updateSaying('We met 12 young people. Three of them want to be apprentices.')).toContain(
      'this progress update says "Three of them"',
    );
  });
  it('a difference follows the council’s threshold too', () => {
    expect(updateSaying('40 of 47 care leavers are in touch.', 9)).toContain('so 7 are not');
    expect(updateSaying('40 of 47 care leavers are in touch.')).toBe('');
  });
});

describe('figures that [c] hides, given in commentary or as a bare percentage', () => {
  it('hidden-figure-in-commentary: the hidden numerator and percentage, and counts hidden by difference', () => {
    expect(check('hidden-figure-in-commentary')).toMatchInlineSnapshot(`
      "content/scorecards/2025-26.yaml:17:17  the commentary on "placement-moves" says "2%", which is the figure for Q2 2025-26, hidden as [c] because it is about so few children: leave the number out, or say what it means in words ("a small number of children", "fewer than last year")
      content/scorecards/2025-26.yaml:17:17  the commentary on "placement-moves" says "four", which is the children counted in Q2 2025-26, hidden as [c] because it is about so few children: leave the number out, or say what it means in words ("a small number of children", "fewer than last year")
      content/scorecards/2025-26.yaml:25:17  the commentary on "pep-up-to-date" says "1", which is the children not counted in 2025-26, hidden as [c] because it is about so few children: leave the number out, or say what it means in words ("a small number of children", "fewer than last year")
      content/scorecards/2025-26.yaml:25:17  the commentary on "pep-up-to-date" says "46", which is the children counted in 2025-26, hidden as [c] because it is about so few children: leave the number out, or say what it means in words ("a small number of children", "fewer than last year")"
    `);
  });
  it('hidden-count-in-commentary: a hidden count in words; figures the row shows, dates and names pass', () => {
    expect(check('hidden-count-in-commentary')).toMatchInlineSnapshot(
      `"content/scorecards/2025-26.yaml:10:17  the commentary on "placement-moves" says "three", which is the figure for Q2 2025-26, hidden as [c] because it is about so few children: leave the number out, or say what it means in words ("a small number of children", "fewer than last year")"`,
    );
  });
  it('bare-percentage-of-children: a percentage of children needs its numerator and denominator', () => {
    expect(check('bare-percentage-of-children')).toMatchInlineSnapshot(`
      "content/scorecards/2025-26.yaml:9:30  "placement-moves" is a percentage of children, so give it as numerator (how many children met the measure) and denominator (how many children it covers) instead of value: 2% alone cannot be checked for numbers so small that they must be hidden
      content/scorecards/2025-26.yaml:17:32  "pep-up-to-date" is a percentage of children, so give it as numerator (how many children met the measure) and denominator (how many children it covers) instead of value: 93.8% alone cannot be checked for numbers so small that they must be hidden"
    `);
  });
});
