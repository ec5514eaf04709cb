/**
 * Characters that do not belong in published text, whether typed into the file or written as a YAML
 * escape ("\x1b", "\u202E"), which only the parsed value shows:
 * - control characters (C0 but tab and line feed, DEL, C1): junk on the page, and XML 1.0 (the
 *   updates feed) refuses most of them, so one would make updates.xml unreadable;
 * - a carriage return on its own: calendar programs and CSV readers take it for a new line, so a
 *   location could add lines (an alarm, a new property) to meetings.ics;
 * - text-direction overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C):
 *   they make text display in another order than it is stored (the "Trojan Source" trick), so
 *   reviewers would approve one thing and readers see another;
 * - zero-width and invisible characters (U+200B, U+200C, U+2060–U+2064, U+FEFF, U+180E, U+FFF9–U+FFFB):
 *   they split words so that search, the abbreviation check and the small-number check miss them;
 *   the zero-width joiner is allowed between emoji, where it builds one picture;
 * - line and paragraph separators (U+2028, U+2029, U+0085): new lines for some readers and not
 *   others; the ordinary line feed is the one to use;
 * - noncharacters and half of a surrogate pair: not text at all, and invalid in UTF-8 output.
 */

export interface HiddenCharacter {
  /** Index in the string (UTF-16 code units). */
  index: number;
  /** U+XXXX */
  code: string;
  /** What it is, for the message: "a control character". */
  what: string;
  /** Why it matters, as a clause starting ", which" (or empty). */
  why: string;
}

const RULES: { pattern: RegExp; what: string; why?: string }[] = [
  {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
    pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/u,
    what: 'an invisible control character',
  },
  { pattern: /\r(?!\n)/u, what: 'a carriage return on its own', why: 'which some programs read as a new line' },
  {
    pattern: /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u,
    what: 'a hidden text-direction character',
    why: 'which makes text show in another order than it is written',
  },
  {
    pattern: /[\u200b\u200c\u2060-\u2064\ufeff\u180e\ufff9-\ufffb]/u,
    what: 'an invisible zero-width character',
    why: 'which splits words for search and the checks',
  },
  {
    pattern: /(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/u,
    what: 'an invisible zero-width character',
    why: 'which splits words for search and the checks',
  },
  { pattern: /[\u2028\u2029\u0085]/u, what: 'a line separator', why: 'which only some programs read as a new line' },
  { pattern: /[\ufffe\uffff]|\p{Noncharacter_Code_Point}/u, what: 'a noncharacter', why: 'which is not text' },
];

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function codeOf(text: string, index: number): string {
  return `U+${text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character in `text` that must not be published, if any. */
export function findHiddenCharacter(text: string): HiddenCharacter | undefined {
  let found: HiddenCharacter | undefined;
  const consider = (index: number, what: string, why = ''): void => {
    if (found === undefined || index < found.index) {
      found = { index, code: codeOf(text, index), what, why: why && `, ${why}` };
    }
  };
  // A lone surrogate breaks the `u` flag's reading of the string, so it is looked for first, without it.
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) consider(surrogate.index, 'half of a character pair', 'which is not text');
  const checked = surrogate ? text.slice(0, surrogate.index) : text;
  for (const { pattern, what, why } of RULES) {
    const match = pattern.exec(checked);
    if (match) consider(match.index, what, why);
  }
  return found;
}
