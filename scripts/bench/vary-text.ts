/**
 * Varies cloned text and figures, so that a synthetic council is not the example repeated word for
 * word: a verbatim clone compresses far better than real text (gzip finds each copy in its window),
 * which would flatter page weights at 10x and above, and it gives the search index nothing new.
 *
 * Prose keeps its shape (sentence length, capitalised names, abbreviations, punctuation) with about
 * half of its ordinary words swapped for other words from the example's own vocabulary, and its
 * standalone numbers moved. Names, abbreviations, dates, years, ids ("action 2.3") and the numbers 1
 * to 5 stay as they are: the check's rules read them (small numbers, cross-references).
 * A swap can turn the example's "two new homes" into "two sibling homes", a count of children the
 * check refuses: each varied text is read with the check's own reading of small numbers (smallCountsIn), and a wording
 * it would refuse is replaced by another (the text as written after a few tries), so every word of
 * every text may vary and the generated council still passes the check.
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

/** How many other wordings of a text are tried before it is copied as written. */
const ATTEMPTS = 8;

export class TextVariety {
  private readonly vocabulary: string[];
  private readonly refused: (text: string) => boolean;

  /**
   * `samples`: the example's own prose, whose words are the vocabulary. `refused`: whether the check
   * would refuse a text (src/loader/rules/small-numbers-words.ts), so no varied text says what it refuses.
   */
  constructor(samples: Iterable<string>, refused: (text: string) => boolean = () => false) {
    this.refused = refused;
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
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const varied = this.reworded(text, attempt === 0 ? seed : `${seed}#${attempt}`);
      if (!this.refused(varied)) return varied;
    }
    return text;
  }

  private reworded(text: string, seed: string): string {
    const random = randomFrom(seed);
    return text
      .replace(WORD, (word) =>
        word.length >= SHORTEST_SWAPPED && random() < SWAP_RATE ? pick(random, this.vocabulary) : word,
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
