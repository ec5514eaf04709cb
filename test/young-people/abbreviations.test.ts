/**
 * No unexplained abbreviation in the young-person edition: the first use on a page says what it
 * means, and every abbreviation is in the glossary.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abbreviationsIn, explainAbbreviations } from '../../src/lib/young-people/abbreviations.ts';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';

const fixture = (name: string): string =>
  copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/young-people-abbreviations', name) });

const glossary: GlossaryTerm[] = [
  {
    term: 'Personal Education Plan',
    abbreviation: 'PEP',
    meaning: 'A plan.',
    young_meaning: 'This is a plan about your learning.',
  },
  {
    term: 'Children in Care Council',
    abbreviation: 'CiCC',
    meaning: 'A group.',
    young_meaning: 'This is a group of young people in care.',
  },
];

describe('abbreviations in young-person pages', () => {
  it('reports an unexplained first use, an abbreviation missing from the glossary, and shouting in capitals', () => {
    expect(errorText(fixture('unexplained'))).toMatchInlineSnapshot(`
      "content/young-people/education.mdx:9:6  "PEP" is not explained the first time this page uses it: write "Personal Education Plan (PEP)" in the same sentence, or a meaning in brackets straight after it, such as "PEP (a plan for your learning)"
      content/young-people/education.mdx:11:40  "SDQ" looks like an abbreviation but is not in the glossary: add it to content/glossary.yaml (with a young_meaning) or write it out in ordinary words
      content/young-people/education.mdx:13:9  "NEVER" looks like an abbreviation but is not in the glossary: add it to content/glossary.yaml (with a young_meaning) or write it out in ordinary words"
    `);
  });

  it('accepts the full term, a meaning in brackets after it, or the abbreviation in brackets after plain words', () => {
    expect(errorText(fixture('explained'))).toBe('');
  });

  it('finds mixed-case and plural abbreviations, but not ordinary capitalised words or the allowed few', () => {
    const found = abbreviationsIn('Ask the CiCC about PEPs on TV, OK? McDonald and YouTube are names.', glossary);
    expect(found.map((u) => [u.word, u.abbreviation, u.explained])).toEqual([
      ['CiCC', 'CiCC', false],
      ['PEPs', 'PEP', false],
    ]);
  });

  it('writes out glossary abbreviations the first time in text the site writes itself', () => {
    const seen = new Set<string>();
    expect(explainAbbreviations('PEP up to date', glossary, seen)).toBe('Personal Education Plan (PEP) up to date');
    expect(explainAbbreviations('PEP done on time', glossary, seen)).toBe('PEP done on time');
  });
});
