/**
 * Abbreviations in the young-person edition. Children in care meet a lot of jargon (LAC, PEP, IRO…),
 * so the young-person pages never use an abbreviation without saying what it means.
 *
 * What counts as an abbreviation: a word of letters with at least two capitals and no more small
 * letters than capitals ("PEP", "IRO", "CiCC", "PEPs"), or any abbreviation listed in the glossary.
 * A few that every reader knows are allowed anywhere: see COMMON_ABBREVIATIONS.
 *
 * When it is explained: the first time it is used on a page (the title and summary count, they come
 * first), the same sentence must either
 *   1. contain the glossary term in full: "Your Personal Education Plan (PEP) is…", or
 *   2. give a meaning in brackets straight after it, at least two words: "PEP (your plan for school)", or
 *   3. have it alone in brackets straight after at least two words that say what it is:
 *      "your plan for school (PEP)".
 * Later uses on the same page need no explanation.
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';

/** Known to every reader; never need explaining. Kept short on purpose. */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set(['OK', 'UK', 'TV', 'PE', 'ID']);

const TOKEN = /(?<![\p{L}\p{N}&])\p{L}[\p{L}&]*(?![\p{L}\p{N}&])/gu;

export interface AbbreviationUse {
  /** As written ("PEPs"). */
  word: string;
  /** As the glossary would list it ("PEP"). */
  abbreviation: string;
  /** Its glossary entry, if it has one. */
  entry: GlossaryTerm | undefined;
  /** Where it starts in the text. */
  index: number;
  explained: boolean;
}

function looksLikeAbbreviation(word: string): boolean {
  const capitals = word.replace(/[^\p{Lu}]/gu, '').length;
  const small = word.replace(/[^\p{Ll}]/gu, '').length;
  return capitals >= 2 && small <= capitals;
}

function lookUp(word: string, byAbbreviation: ReadonlyMap<string, GlossaryTerm>): [string, GlossaryTerm | undefined] {
  const exact = byAbbreviation.get(word);
  if (exact) return [word, exact];
  if (word.endsWith('s') && byAbbreviation.has(word.slice(0, -1)))
    return [word.slice(0, -1), byAbbreviation.get(word.slice(0, -1))];
  return [word.endsWith('s') && looksLikeAbbreviation(word.slice(0, -1)) ? word.slice(0, -1) : word, undefined];
}

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the use at `index` of `word` in `sentence` says what it means (rules 1 to 3 above). */
export function isExplained(sentence: string, index: number, word: string, entry: GlossaryTerm | undefined): boolean {
  if (
    entry &&
    new RegExp(`(?<![\\p{L}])${escape(entry.term).replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu').test(sentence)
  )
    return true;
  const after = /^\s*\(([^()]*)\)/.exec(sentence.slice(index + word.length));
  if (after && wordCount(after[1]!) >= 2) return true;
  const before = sentence.slice(0, index);
  const alone = /\(\s*$/.test(before) && /^\s*\)/.test(sentence.slice(index + word.length));
  return alone && wordCount(before) >= 2;
}

/** Every abbreviation used in `sentence`, in order. */
export function abbreviationsIn(sentence: string, glossary: readonly GlossaryTerm[]): AbbreviationUse[] {
  const byAbbreviation = new Map(glossary.filter((t) => t.abbreviation).map((t) => [t.abbreviation!, t]));
  const uses: AbbreviationUse[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const word = match[0];
    if (COMMON_ABBREVIATIONS.has(word)) continue;
    const [abbreviation, entry] = lookUp(word, byAbbreviation);
    if (!entry && !looksLikeAbbreviation(word)) continue;
    uses.push({
      word,
      abbreviation,
      entry,
      index: match.index,
      explained: isExplained(sentence, match.index, word, entry),
    });
  }
  return uses;
}

/**
 * For text the site writes itself (indicator names on "How are we doing?"): writes each glossary
 * abbreviation as "Personal Education Plan (PEP)" the first time, using `seen` to remember the page's
 * earlier uses. Returns the text unchanged where the abbreviation is already explained.
 */
export function explainAbbreviations(text: string, glossary: readonly GlossaryTerm[], seen: Set<string>): string {
  let out = '';
  let from = 0;
  for (const use of abbreviationsIn(text, glossary)) {
    if (seen.has(use.abbreviation)) continue;
    seen.add(use.abbreviation);
    if (use.explained || !use.entry) continue;
    out += `${text.slice(from, use.index)}${use.entry.term} (${use.word})`;
    from = use.index + use.word.length;
  }
  return out + text.slice(from);
}
