/**
 * Varies cloned text and figures, so that a synthetic council is not the example repeated word for
 * word: a verbatim clone compresses far better than real text (gzip finds each copy in its window),
 * which would flatter page weights at 10x and above, and it gives the search index nothing new.
 *
 * Prose keeps its shape (sentence length, capitalised names, abbreviations, punctuation) with about
 * half of its ordinary words swapped for other words from the example's own vocabulary, and its
 * standalone numbers moved. Names, abbreviations, dates, years, ids ("action 2.3") and the numbers 1
 * to 5 stay as they are: the check's rules read them (small numbers, cross-references).
 */
import { pick, randomFrom } from './random.ts';

/** Words never put into text: a number word or a word for children next to a number reads as a count of children. */
const NEVER_INSERTED =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|child|children|young|people|person|persons|leaver|leavers|boys?|girls?|baby|babies|teenagers?|siblings?|pupils?|students?|todo)$/;

/** A lower-case word, hyphenated or with an apostrophe ("care-experienced", "child's"). */
const WORD = /\b[a-z]+(?:['-][a-z]+)*\b/g;
/** Only words of four letters or more are swapped: short words such as "and", "the" stay. */
const SHORTEST_SWAPPED = 4;

/** A standalone whole number, not part of a date, year range, id, amount or decimal. */
const NUMBER = /(?<![\w.,\-/:£])\d+(?![\w.,\-/:])/g;

/** How often an ordinary word is swapped. */
const SWAP_RATE = 0.5;

/**
 * A small number, as a word or a digit. It and the few words after it are never swapped: "two new homes"
 * must not become "two sibling homes" or "two small children", which the check refuses as a count of
 * children (the example's own words there pass it).
 */
const SMALL_NUMBER = /\b(?:one|two|three|four|five|[1-5])\b/gi;
/** How far after a small number words stay as written: the check reads a few words on. */
const KEPT_AFTER_SMALL_NUMBER = 40;

export class TextVariety {
  private readonly vocabulary: string[];

  /** `samples`: the example's own prose, whose words are the vocabulary. */
  constructor(samples: Iterable<string>) {
    const words = new Set<string>();
    for (const text of samples) {
      for (const [word] of text.matchAll(WORD)) {
        if (word.length >= SHORTEST_SWAPPED && !NEVER_INSERTED.test(word)) words.add(word);
      }
    }
    this.vocabulary = [...words].sort();
    if (this.vocabulary.length < 20) throw new Error('The example has too little text to vary clones of it.');
  }

  /** `text` as copy `seed` would say it. The same seed gives the same text. */
  prose(text: string, seed: string): string {
    const random = randomFrom(seed);
    const kept = [...text.matchAll(SMALL_NUMBER)].map((m) => m.index);
    const nearSmallNumber = (at: number) => kept.some((from) => at >= from && at - from <= KEPT_AFTER_SMALL_NUMBER);
    return text
      .replace(WORD, (word, at: number) =>
        word.length >= SHORTEST_SWAPPED && !nearSmallNumber(at) && random() < SWAP_RATE
          ? pick(random, this.vocabulary)
          : word,
      )
      .replace(NUMBER, (digits) => {
        const n = Number(digits);
        // 1 to 5 stay (a count of children that small must not appear); years stay years.
        if (n <= 5 || (n >= 1900 && n <= 2100)) return digits;
        return String(Math.max(6, Math.round(n * (0.7 + random() * 0.6))));
      });
  }
}

/** A figure moved by `factor`, keeping its number of decimals (a whole number stays whole). */
export function scaleFigure(value: number, factor: number, max?: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  const scaled = Number((value * factor).toFixed(decimals));
  return max === undefined ? scaled : Math.min(max, scaled);
}
