/** "Did you mean …?" hints for misspelt field names, ids and enum values. */

function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Share of words two hyphenated ids have in common: "head-of-virtual-school" ~ "virtual-school-head". */
function wordOverlap(a: string, b: string): number {
  const wordsA = new Set(a.toLowerCase().split(/[-\s_]+/));
  const wordsB = new Set(b.toLowerCase().split(/[-\s_]+/));
  const shared = [...wordsA].filter((w) => wordsB.has(w)).length;
  return shared / Math.max(wordsA.size, wordsB.size);
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function closest(input: string, candidateList: Iterable<string>): string | undefined {
  const candidates = [...candidateList];
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(needle, candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  if (bestScore > 2) {
    // Words in another order, or one word missing, are as likely as a typo in a long id.
    const byWords = [...candidates]
      .map((c) => ({ c, overlap: wordOverlap(input, c) }))
      .sort((x, y) => y.overlap - x.overlap)[0];
    if (byWords && byWords.overlap >= 0.6) return byWords.c;
  }
  const allowed = Math.max(2, Math.floor(Math.max(needle.length, best.length) / 3));
  const related = best.toLowerCase().includes(needle) || needle.includes(best.toLowerCase());
  return bestScore <= allowed || (related && needle.length >= 3) ? best : undefined;
}

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}
