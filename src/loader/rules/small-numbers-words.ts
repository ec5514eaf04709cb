/**
 * How text states a small number of children, as patterns built from the council's threshold
 * (policy.small_numbers in site.yaml, never a number written here): "3 children", "Three looked
 * after children", "3 care-leavers", "the two UASC", "3 of the 40 children", "one child", and the
 * words that are a small number by themselves: "twins", "a pair of brothers", "a brother and
 * sister", "a couple of children". Shares are not counts: "one in five children", "3 in 10 care
 * leavers", "4% of children".
 */

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** A word at the start of a sentence or within it: "[Tt]hree". */
const either = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;

/** The number `n` in words, or undefined past twenty. */
export const numberWord = (n: number): string | undefined => NUMBER_WORDS[n - 1];

const NAMED_BY_NUMBER = [
  'year',
  'stage',
  'ward',
  'room',
  'no\\.',
  'number',
  'section',
  'part',
  'chapter',
  'schedule',
  'article',
  'clause',
  'page',
  'paragraph',
  'step',
  'phase',
  'level',
  'tier',
  'priority',
  'objective',
  'outcome',
  'pledge',
  'action',
  'point',
  'principle',
]
  .map(either)
  .join('|');

/** 1 to `max` in figures, two to `max` in words ("3", "Three"); the word "one" is matched on its own, below. */
function smallNumber(max: number): string {
  const figures = Array.from({ length: max }, (_, i) => String(i + 1)).sort((a, b) => b.length - a.length);
  const words = NUMBER_WORDS.slice(1, Math.max(1, Math.min(max, NUMBER_WORDS.length))).map(either);
  // Not part of a larger number, a sum of money or a decimal, and not a ratio ("one in five").
  // "Year 3 pupils", "Key Stage 2 children", "section 1 of the Children Act" name something, not how many.
  // "For up to 3 young people" is a home's size, not children counted.
  return String.raw`(?<![\d.,£$€])(?<!\bin )(?<!\b(?:${NAMED_BY_NUMBER})\s)(?<!\b(?:up to|at most|maximum of)\s)(?:${[...figures, ...words].join('|')})(?![\d.,%]|\s*per\s*cent)`;
}

// Words that may stand between the number and the noun ("3 more children", "two of our looked after
// children"): a fixed list, so that "over 3 years children…" is not taken for a count of children.
// Case matters: a capitalised word is a name ("3 Harbour Ward children"), and capitals an acronym.
const QUALIFIER = String.raw`(?:more|fewer|other|further|additional|new|of|our|the|these|those|local|older|younger|little|small|young|teenage|looked|after|looked-after|in-care|care|experienced|care-experienced|foster|fostered|adopted|placed|unaccompanied|asylum|asylum-seeking|seeking|refugee|migrant|disabled|autistic|pregnant|homeless|missing|separated|vulnerable|[A-Z][a-z]+|[A-Z]{2,5})`;
const WORDS = String.raw`(?:${QUALIFIER}\s+){0,4}`;
// "3 of the 40 children", "3 out of 40 care leavers", "two of our 28 young people".
const OF_A_WHOLE = String.raw`(?:(?:out\s+)?of\s+(?:the\s+|our\s+|all\s+|these\s+)?\d[\d,]*\s+)?`;

const PEOPLE_WORDS = [
  'child(?:ren)?',
  'kids?',
  'young (?:people|persons?|carers?|adults?|mothers?|fathers?|parents?)',
  'youngsters?',
  'care[- ]leavers?',
  'leavers?',
  'boys?',
  'girls?',
  'bab(?:y|ies)',
  'infants?',
  'toddlers?',
  'teenagers?',
  'teens',
  'adolescents?',
  'siblings?',
  'brothers?',
  'sisters?',
  'twins',
  'triplets',
  'sons?',
  'daughters?',
  'pupils?',
  'students?',
  'learners?',
  'minors?',
].map(either);
// "Two small children's homes" are places: a possessive before a service or a place is not a count;
// "two sibling groups" counts groups of a size not given.
const NOT_A_PLACE = String.raw`(?!['’]s?\s+(?:homes?|houses?|services?|centres?|centers?|social|hospitals?|wards?|commissioner|trust|partnership|board|council|home|act)\b)(?!\s+groups?\b)`;
const PEOPLE = String.raw`(?:${[...PEOPLE_WORDS, 'UASCs?', 'LAC', 'CLA', 'CiC', 'CYP', 'CLAs'].join('|')})${NOT_A_PLACE}`;

// Nor "three children in ten", "one child in eleven".
const NOT_A_SHARE = String.raw`(?!\s+in\s+(?:every\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a hundred)\b)`;

/** Groups that are a small number in themselves, whatever the threshold (from 2). */
const GROUPS = [
  String.raw`${either('twins')}|${either('triplets')}`,
  String.raw`${either('a')}\s+pair\s+of\s+(?:${QUALIFIER}\s+){0,2}${PEOPLE}`,
  String.raw`${either('a')}\s+couple\s+of\s+(?:${QUALIFIER}\s+){0,2}${PEOPLE}`,
  String.raw`${either('a')}\s+(?:brother|sister)\s+and\s+(?:a\s+|her\s+|his\s+)?(?:brother|sister)`,
];

/** Every way `text` states a number of children from 1 to `max`, as a global pattern. */
export function smallCountPattern(max: number): RegExp {
  const counts = String.raw`${smallNumber(max)}\s+${OF_A_WHOLE}${WORDS}${PEOPLE}|${either('one')}\s+${WORDS}${PEOPLE}|${either('a')}\s+single\s+${PEOPLE}`;
  const groups = max >= 2 ? `|${GROUPS.join('|')}` : '';
  return new RegExp(String.raw`\b(?:${counts}${groups})\b${NOT_A_SHARE}`, 'g');
}
