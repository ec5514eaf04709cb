/** Clones in the bench's synthetic councils say things differently, but never break the check's rules. */
import { describe, expect, it } from 'vitest';
import { TextVariety, scaleFigure } from '../../scripts/bench/vary-text.ts';
import { smallCountsIn } from '../../src/loader/rules/small-numbers-words.ts';

const SAMPLES = [
  'Quality-assure every Personal Education Plan each term against the Virtual School standard.',
  'Work with schools and families to reduce persistent absence, using daily attendance tracking.',
  'Agree a protocol with every school that no child in care is permanently excluded from education.',
  'Run a tutoring and mentoring offer for children in care in Years 10 and 11, with a summer programme.',
  'Review placement stability meetings each quarter and report the findings to the corporate board.',
  'Named advisers are in place for every persistently absent pupil, and tracking continues as normal practice.',
];
const TEXT =
  'Protocol signed by all 41 schools in 2025-26 (action 3.4): 3 children moved, and 87% of plans were rated good or better.';

describe('varied clone text', () => {
  const variety = new TextVariety(SAMPLES);

  it('differs from the original and between copies, the same way on every run', () => {
    const first = variety.prose(TEXT, '1:3.4');
    expect(first).not.toBe(TEXT);
    expect(variety.prose(TEXT, '2:3.4')).not.toBe(first);
    expect(variety.prose(TEXT, '1:3.4')).toBe(first);
  });

  it('keeps names, years, action numbers, small numbers and the shape of the sentence', () => {
    for (let copy = 1; copy <= 20; copy += 1) {
      const varied = variety.prose(TEXT, `${copy}:3.4`);
      expect(varied).toMatch(/^Protocol /);
      for (const kept of ['2025-26', ' 3.4):', ' 3 ', '%']) expect(varied).toContain(kept);
      expect(varied.split(' ')).toHaveLength(TEXT.split(' ').length);
    }
  });

  it('never writes a number word or a word for children, which could read as a small count of children', () => {
    const words = new TextVariety([...SAMPLES, 'three young people and five children, one person']);
    for (let copy = 1; copy <= 50; copy += 1) {
      const varied = words.prose('some very ordinary words about local services here', `${copy}`);
      expect(varied).not.toMatch(/\b(?:one|two|three|four|five|children|child|young|people|person)\b/);
    }
  });

  it('varies the words after a small number too, but never into a count of children the check refuses', () => {
    const refused = (text: string) => smallCountsIn(text, 5).length > 0;
    const words = new TextVariety([...SAMPLES, 'sibling brothers small twins'], refused);
    const text = 'Two sibling groups were placed together, and three new homes opened for families this autumn.';
    const copies = Array.from({ length: 50 }, (_, copy) => words.prose(text, `${copy + 1}`));
    for (const varied of copies) expect(refused(varied)).toBe(false);
    expect(copies.filter((varied) => !varied.includes('three new homes opened')).length).toBeGreaterThan(10);
    // Unguarded, some of these wordings are refused: the guard is what keeps them out.
    const unguarded = new TextVariety([...SAMPLES, 'sibling brothers small twins']);
    expect(Array.from({ length: 50 }, (_, copy) => unguarded.prose(text, `${copy + 1}`)).some(refused)).toBe(true);
  });

  it('moves larger numbers but never down into 1 to 5', () => {
    for (let copy = 1; copy <= 50; copy += 1) {
      const n = Number(/\d+/.exec(variety.prose('about 6 schools', `${copy}`))![0]);
      expect(n).toBeGreaterThanOrEqual(6);
    }
  });

  it('scales figures keeping their decimals and a ceiling', () => {
    expect(scaleFigure(56.5, 1.1)).toBe(62.2);
    expect(scaleFigure(31, 1.1)).toBe(34);
    expect(scaleFigure(95, 1.1, 100)).toBe(100);
  });
});
