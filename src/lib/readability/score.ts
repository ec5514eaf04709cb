/**
 * Flesch Reading Ease and Flesch-Kincaid grade of a list of sentences, and which sentences are the
 * hardest. The formulas come from the `flesch` and `flesch-kincaid` packages, syllables from `syllable`.
 *
 * How words are counted:
 * - A word is a run of letters or digits (with inner apostrophes or hyphens: "up-to-date" is one word).
 * - An abbreviation in capitals is spelled out letter by letter when read, so "PEP" counts 3 syllables.
 * - A number counts as one word of two syllables, a rough average of how numbers are said
 *   ("eighteen", "seventy-one"); the syllable counter gives numbers none.
 */
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Sentence } from './plain-text.ts';

/** A type, not an interface, so it fits the packages' index-signature parameter types. */
export type Counts = {
  sentence: number;
  word: number;
  syllable: number;
};

export interface Readability {
  /** Flesch Reading Ease: higher is easier; 70 or more suits a reader of about 10 to 11. */
  ease: number;
  /** Flesch-Kincaid grade: the US school grade that can read it. */
  grade: number;
  counts: Counts;
}

export interface ScoredSentence extends Sentence {
  ease: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function syllablesOf(word: string): number {
  if (/^\p{N}+$/u.test(word.replace(/[-'’]/g, ''))) return 2;
  if (/^\p{Lu}{2,}s?$/u.test(word)) return word.replace(/s$/, '').length;
  return Math.max(1, syllable(word));
}

export function countsOf(sentences: readonly Pick<Sentence, 'text'>[]): Counts {
  const words = sentences.flatMap((s) => wordsOf(s.text));
  return {
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllablesOf(w), 0),
  };
}

/** Scores the sentences marked `scored`; undefined when there are none to score. */
export function readabilityOf(sentences: readonly Sentence[]): Readability | undefined {
  const counts = countsOf(sentences.filter((s) => s.scored));
  if (counts.word === 0) return undefined;
  return { ease: flesch(counts), grade: fleschKincaid(counts), counts };
}

/**
 * The `n` hardest scored sentences, by each sentence's own reading ease (lowest first); ties go
 * to the longer sentence, then to the earlier one. Returned in that order, hardest first.
 */
export function hardestSentences(sentences: readonly Sentence[], n = 3): ScoredSentence[] {
  return sentences
    .filter((s) => s.scored && wordsOf(s.text).length > 0)
    .map((s, index) => ({ sentence: { ...s, ease: flesch(countsOf([s])) }, index, words: wordsOf(s.text).length }))
    .sort((a, b) => a.sentence.ease - b.sentence.ease || b.words - a.words || a.index - b.index)
    .slice(0, n)
    .map(({ sentence }) => sentence);
}

/** A score as editors read it: one decimal place, so 69.96 is not shown as "70" and failed. */
export function formatScore(value: number): string {
  return (Math.floor(value * 10) / 10).toFixed(1).replace(/\.0$/, '');
}
