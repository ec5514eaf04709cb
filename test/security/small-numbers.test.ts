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
  '46 of 47 care leavers are in touch.',
  'Objective 2 children’s health is improving.',
  '£5 children’s activity vouchers were given.',
  'We trained 3 foster carers.',
  'Action 1.2 children',
  'Each home is for up to three young people.',
  'Two sibling groups waited longer.',
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
  it('small-number-in-glossary-and-roles', () => {
    expect(check('small-number-in-glossary-and-roles')).toMatchInlineSnapshot(
      `"content/glossary.yaml:3:12  "meaning" says "2 siblings": a number of children from 1 to 5 must not be published, because it could identify a child. Write "a small number of children" or leave the number out"`,
    );
  });
});
