/**
 * How text states a small number of children, built from the council's threshold
 * (policy.small_numbers in site.yaml, never a number written here): "3 children", "Three looked
 * after children", "3 care-leavers", "the two UASC", "3 of the 40 children", "2/30 children",
 * "2 x UASC", "one child", "the only child", "another young person", "both children", and the words
 * that are a small number by themselves: "twins", "a pair of brothers", "a brother and sister", "a
 * sibling group of three". Some need more than a pattern: "46 of 47 care leavers" gives away 1 by
 * difference, and "three of them" counts children only where children were just named. Shares are
 * not counts ("one in five children", "3 in 10 care leavers", "4% of children"), nor are names that
 * hold a number ("Year 3 pupils", "Objective 2"), dates ("from 1 April children…"), places ("2
 * children's homes") or nouns used as describing words ("2 care leaver apprenticeships").
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

export const NAMED_BY_NUMBER = [
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

/**
 * "page 2 of 6", "Objective 3 of 7": the last number names something too, how many pages or
 * objectives there are. The site writes "…: actions, page 2 of 6" in a heading, and the page's
 * next words can be "Children in our care…": read together, they are not "6 … children".
 */
const NOT_LAST_OF_NAMED = String.raw`(?<!\b(?:${NAMED_BY_NUMBER})\s+\d+\s+(?:out\s+)?of\s+)`;

/** 1 to `max` in figures, two to `max` in words ("3", "Three"); the word "one" is matched on its own, below. */
function smallNumber(max: number): string {
  const figures = Array.from({ length: max }, (_, i) => String(i + 1)).sort((a, b) => b.length - a.length);
  const words = NUMBER_WORDS.slice(1, Math.max(1, Math.min(max, NUMBER_WORDS.length))).map(either);
  // Not part of a larger number, a sum of money or a decimal, and not a ratio ("one in five").
  // "Year 3 pupils", "Key Stage 2 children", "section 1 of the Children Act" name something, not how many.
  // "For up to 3 young people" is a home's size, not children counted.
  return String.raw`(?<![\d.,£$€])(?<!\bin )(?<!\b(?:${NAMED_BY_NUMBER})\s)${NOT_LAST_OF_NAMED}(?<!\b(?:up to|at most|maximum of)\s)(?<!\baged?\s+\d+\s*(?:to|-|–)\s*)(?:${[...figures, ...words].join('|')})(?![\d.,%]|\s*per\s*cent)`;
}

// Words that may stand between the number and the noun ("3 more children", "two of our looked after
// children"): a fixed list, so that "over 3 years children…" is not taken for a count of children.
// Case matters: a capitalised word is a name ("3 Harbour Ward children"), and capitals an acronym;
// a month or a day is a date ("from 1 April children in care get…"), and "Year 11" names a year group.
export const CALENDAR =
  'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const QUALIFIER = String.raw`(?:more|fewer|other|further|additional|new|of|our|the|these|those|local|older|younger|little|small|young|teenage|looked|after|looked-after|in-care|care|experienced|care-experienced|foster|fostered|adopted|placed|unaccompanied|asylum|asylum-seeking|seeking|refugee|migrant|disabled|autistic|pregnant|homeless|missing|separated|vulnerable|(?:Year|Key\s+Stage)\s+\d{1,2}|(?!(?:${CALENDAR})\b)[A-Z][a-z]+|[A-Z]{2,5})`;
const WORDS = String.raw`(?:${QUALIFIER}\s+){0,4}`;
// "3 of the 40 children", "3 out of 40 care leavers", "two of our 28 young people", "2/30 children".
const OF_A_WHOLE = String.raw`(?:(?:out\s+)?of\s+(?:the\s+|our\s+|all\s+|these\s+)?\d[\d,]*\s+)?`;
const FRACTION = String.raw`\s*\/\s*\d[\d,]*\s+`;
// Between a number and what it counts: a space, "2 x children", "2 × UASC", "3no. children", "4 (four) children".
const THEN = String.raw`(?:\s*[x×]\s*|\s*no\.\s*|\s+\(\s*\w+\s*\)\s+|\s+)`;

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
const ACRONYMS = ['UASCs?', 'LAC', 'CLA', 'CiC', 'CYP', 'CLAs', 'YPs?', 'yp', 'CEYP', String.raw`[Cc]\/[Yy][Pp]`];
// "Two small children's homes" are places: a possessive before a service or a place is not a count;
// "two sibling groups" counts groups of a size not given; "the Children Act" is a law; "child-friendly"
// describes a place.
const NOT_A_PLACE = String.raw`(?!['’]s?\s+(?:homes?|houses?|services?|centres?|centers?|social|hospitals?|wards?|commissioner|trust|partnership|board|council|home|act|forums?|panels?|events?|councils?)\b)(?!\s+groups?\b)(?!\s+Act\b)(?!-\w)`;
const NOUN = String.raw`(?:${[...PEOPLE_WORDS, ...ACRONYMS].join('|')})`;
const PEOPLE = String.raw`${NOUN}${NOT_A_PLACE}`;
/** The noun a match ends with, to tell "one child" from "one children's home". */
const LAST_NOUN = new RegExp(String.raw`${NOUN}$`);

// Nor "three children in ten", "one child in eleven".
const NOT_A_SHARE = String.raw`(?!\s+in\s+(?:every\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a hundred)\b)`;

/** Groups that are a small number in themselves, whatever the threshold (from 2). */
const GROUPS = [
  String.raw`${either('twins')}|${either('triplets')}|${either('quadruplets')}`,
  String.raw`${either('a')}\s+(?:pair|couple)\s+of\s+(?:${QUALIFIER}\s+){0,2}${PEOPLE}`,
  String.raw`${either('a')}\s+(?:brother|sister)\s+and\s+(?:a\s+|her\s+|his\s+)?(?:brother|sister)`,
  // "a sibling pair", "a sibling group of three", "a sibling set of 4".
  String.raw`${either('a')}\s+sibling\s+(?:pair|(?:group|set)\s+of\s+(?:two|three|four|five|\d))`,
  // Two, however it is said: "both children", "both of the boys", "neither child".
  String.raw`${either('both')}\s+(?:of\s+)?(?:the\s+|our\s+|these\s+|those\s+)?${WORDS}${PEOPLE}`,
  String.raw`${either('neither')}\s+(?:of\s+)?(?:the\s+|our\s+|these\s+|those\s+)?${WORDS}${PEOPLE}`,
];

/** One, however it is said: "one child", "a single child", "the only child", "another young person". */
const ONE = [
  String.raw`${either('one')}\s+${WORDS}${PEOPLE}`,
  String.raw`${either('a')}\s+single\s+${WORDS}${PEOPLE}`,
  String.raw`${either('the')}\s+only\s+${WORDS}${PEOPLE}`,
  String.raw`${either('another')}\s+${WORDS}${PEOPLE}`,
];

/** Nouns that name one person: after "one" they count, after "2" they describe ("2 care leaver apprenticeships"). */
const SINGULAR =
  /^(?:[Cc]hild|[Kk]id|[Yy]oung (?:person|carer|adult|mother|father|parent)|[Yy]oungster|[Cc]are[- ]leaver|[Ll]eaver|[Bb]oy|[Gg]irl|[Bb]aby|[Ii]nfant|[Tt]oddler|[Tt]eenager|[Aa]dolescent|[Ss]ibling|[Bb]rother|[Ss]ister|[Ss]on|[Dd]aughter|[Pp]upil|[Ss]tudent|[Ll]earner|[Mm]inor)$/;
/** Acronyms are singular and plural alike ("one UASC", "two UASC"). */
const ACRONYM = /^(?:[A-Z]{2,}s?|CiC|yp|[Cc]\/[Yy][Pp])$/;

/** Whether the noun agrees with the number before it: one child, two children, both children. */
function agrees(words: string, hasFigure: boolean): boolean {
  const noun = LAST_NOUN.exec(words)?.[0];
  if (noun === undefined || ACRONYM.test(noun)) return true;
  if (hasFigure) return /^(?:1|[Oo]ne)\b/.test(words) || !SINGULAR.test(noun);
  if (/^[Bb]oth\b/.test(words)) return !SINGULAR.test(noun);
  if (/^(?:[Oo]ne|[Aa]\s+single|[Tt]he\s+only|[Aa]nother)\b/.test(words)) return SINGULAR.test(noun);
  return true;
}

/**
 * "a count of 1 to 5 children", "aged 10 to 15": the number ends a range that rises to it, which
 * states a rule or a band, not how many. "From 12 to 4 children" falls, and counts.
 */
function endsRange(before: string, n: string): boolean {
  const start = /(\d+)\s*(?:to|-|–)\s*$/.exec(before);
  const value = /^\d+$/.test(n) ? Number(n) : NUMBER_WORDS.indexOf(n.toLowerCase()) + 1;
  return start !== null && Number(start[1]) < value;
}

/** A small number of children stated in a text: where it starts and the words that say it. */
export interface SmallCount {
  index: number;
  words: string;
  /** For "46 of 47 care leavers": how many the words give away by difference (1). */
  difference?: number;
}

/** "46 of 47 care leavers", "46/47 children". */
const DIFFERENCE = new RegExp(
  String.raw`(?<![\d.,£$€\/])(?<!\b(?:${NAMED_BY_NUMBER})\s)\b(?<part>\d[\d,]*)\s*(?:(?:out\s+)?of\s+(?:the\s+|our\s+|all\s+|these\s+)?|\/\s*)(?<whole>\d[\d,]*)\s+${WORDS}${PEOPLE}\b`,
  'g',
);
/**
 * Every way of stating a count above ends with, or holds, one of these words (the groups too:
 * "twins", "a brother and sister", "a sibling pair"), as "three of them" and "46 of 47 care leavers"
 * do: a text with none of them states no count, and skips the patterns (most texts at scale).
 */
const MENTIONS_PEOPLE = new RegExp(String.raw`${NOUN}|${either('quadruplets')}`);

/** A sentence that names children, before "three of them". */
const NAMES_PEOPLE = new RegExp(String.raw`\b(?:${PEOPLE})\b`);

/**
 * The patterns for one threshold, compiled once: the check reads every text of the content with
 * them (thousands at scale). Global patterns are only used through matchAll, which copies them.
 */
const PATTERNS = new Map<number, { counts: RegExp; ofThem: RegExp }>();

function patternsFor(max: number): { counts: RegExp; ofThem: RegExp } {
  let patterns = PATTERNS.get(max);
  if (!patterns) {
    patterns = {
      counts: new RegExp(
        String.raw`\b(?:(?<n>${smallNumber(max)})(?:${THEN}${OF_A_WHOLE}|${FRACTION})${WORDS}${PEOPLE}|${ONE.join('|')}${max >= 2 ? `|${GROUPS.join('|')}` : ''})\b${NOT_A_SHARE}`,
        'g',
      ),
      // "at least one of them" is a rule, not a count.
      ofThem: new RegExp(
        String.raw`(?<!\b(?:at least|at most|any|each|every|not|none|if)\s)\b(?:${smallNumber(max)}|${either('one')}|${either('both')})\s+of\s+(?:them|whom)\b`,
        'g',
      ),
    };
    PATTERNS.set(max, patterns);
  }
  return patterns;
}

/**
 * Every way `text` states a number of children from 1 to `max`, in order. Most are patterns; some
 * need arithmetic or the sentence around them: "46 of 47 care leavers" says how many are not (a
 * difference of 1 to `max`), and "three of them" counts children when children were just named.
 */
export function smallCountsIn(text: string, max: number): SmallCount[] {
  if (max < 1 || !MENTIONS_PEOPLE.test(text)) return [];
  const found: SmallCount[] = [];
  const { counts } = patternsFor(max);
  for (const match of text.matchAll(counts)) {
    const n = match.groups?.['n'];
    if (!agrees(match[0], n !== undefined) || (n !== undefined && endsRange(text.slice(0, match.index), n))) continue;
    found.push({ index: match.index, words: match[0] });
  }
  found.push(...differences(text, max), ...ofThem(text, max));
  return found
    .sort((a, b) => a.index - b.index)
    .filter((count, i, all) => i === 0 || count.index >= all[i - 1]!.index + all[i - 1]!.words.length);
}

/** "46 of 47 care leavers are in touch", "46/47 children": 1 is not, a small number by difference. */
function differences(text: string, max: number): SmallCount[] {
  return [...text.matchAll(DIFFERENCE)].flatMap((match) => {
    const part = Number(match.groups!['part']!.replaceAll(',', ''));
    const whole = Number(match.groups!['whole']!.replaceAll(',', ''));
    const rest = whole - part;
    return rest >= 1 && rest <= max ? [{ index: match.index, words: match[0], difference: rest }] : [];
  });
}

/** "Three of them went missing", "two of whom": a count of children when the sentence or the one before names children. */
function ofThem(text: string, max: number): SmallCount[] {
  const { ofThem: pattern } = patternsFor(max);
  return [...text.matchAll(pattern)].flatMap((match) => {
    const before = text.slice(Math.max(0, match.index - 300), match.index).split(/(?<=[.!?])\s+/);
    return NAMES_PEOPLE.test(before.slice(-2).join(' ')) ? [{ index: match.index, words: match[0] }] : [];
  });
}
