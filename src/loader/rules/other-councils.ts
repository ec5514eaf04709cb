/**
 * Text that still names another council (issue 12): a warning where it is written, for content
 * copied from another council's plan ("Kent County Council will…") that would be published as this
 * council's. A council mentioned on purpose (a partner, a statistical neighbour) is listed under
 * `other_councils:` in site.yaml and is then not warned about; the council's own name, in any of its
 * forms ("Yourcouncil Borough Council", "Yourcouncil Council", the header's display name), never is.
 *
 * Names are read in the forms councils are written (other-councils-words.ts): a place and the kind of
 * council ("Leeds City Council", "Wirral Metropolitan Borough Council"), "London Borough of Hackney",
 * "City of Edinburgh Council", and "Cornwall Council" for the places that are councils'. Prose is read
 * as the personal-data rule reads it: every parsed YAML text value and every MDX body's one tree.
 * What it finds in each file is kept in the parse cache (file-findings.ts), under the file's text and
 * the council's names.
 */
import { proseBlocks } from '../../markdown/prose-text.ts';
import { fileFindings } from '../file-findings.ts';
import type { Problem } from '../problems.ts';
import { fieldName, textValues } from '../prose-values.ts';
import type { PathSegment } from '../source-file.ts';
import type { ContentRule, LoadedFile, LoadedFiles, TypeKey } from '../types.ts';
import { BOROUGH_OF, COUNCIL_KINDS, COUNCIL_PLACES, NOT_PLACE_WORDS } from './other-councils-words.ts';

// "Council" ends a name: it is never a word of the place ("Kent County Council and Medway Council" is two).
const WORD = String.raw`(?!Council(?![\p{L}]))\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*`;
const PLACE = String.raw`${WORD}(?:[ \t]+(?:(?:and|upon|of|with)[ \t]+)?${WORD}){0,7}`;
const NAME = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:((?:${BOROUGH_OF.join('|')})\s+Borough\s+of\s+)(${PLACE})|(${PLACE})\s+Council)(?![\p{L}])`,
  'gu',
);
const CONNECTORS = new Set(['and', 'upon', 'of', 'with']);

interface CouncilName {
  /** Where the name starts in the text. */
  index: number;
  /** The name as written, from its place to "Council" ("Kent County Council"). */
  name: string;
  /** Its place ("Kent"), to compare with the council's own and those listed on purpose. */
  place: string;
  /** Whether the place comes first ("Kent County Council") or last ("London Borough of Hackney"). */
  placeFirst: boolean;
}

/** The words of a text with where each starts. */
const wordsOf = (text: string): { word: string; index: number }[] =>
  [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], index: m.index }));

/** The longest run of words at the end (or the start) that is a council's place, if any. */
function knownPlace(words: readonly string[], atEnd: boolean): number | undefined {
  for (let n = words.length; n >= 1; n--) {
    const run = atEnd ? words.slice(words.length - n) : words.slice(0, n);
    if (COUNCIL_PLACES.has(run.join(' '))) return n;
  }
  return undefined;
}

/** "Kent County Council" → place "Kent", kind "County"; "Children in Care Council" → none. */
function readPlaceFirst(group: string, groupIndex: number, end: number, text: string): CouncilName | undefined {
  let words = wordsOf(group);
  while (words.length > 0 && (NOT_PLACE_WORDS.has(words[0]!.word) || CONNECTORS.has(words[0]!.word)))
    words = words.slice(1);
  // "City of Edinburgh Council" starts with its kind: the name starts there too.
  const nameStart = words[0];
  const plain = words.map((w) => w.word).join(' ');
  const cityOf = /^City (?:and County )?of /.exec(plain);
  let kind: string | undefined;
  if (cityOf) {
    kind = 'City';
    words = words.slice(cityOf[0].trim().split(' ').length);
  } else {
    kind = COUNCIL_KINDS.find((k) => plain === k || plain.endsWith(` ${k}`));
    if (kind) words = words.slice(0, words.length - kind.split(' ').length);
  }
  if (words.length === 0) return undefined;
  // Capitalised words before a known place ("Yesterday Kent County Council") are not its.
  const known = knownPlace(
    words.map((w) => w.word),
    true,
  );
  if (kind === undefined && known === undefined) return undefined;
  if (known !== undefined) words = words.slice(words.length - known);
  const start = groupIndex + (cityOf ? nameStart! : words[0]!).index;
  return { index: start, name: text.slice(start, end), place: words.map((w) => w.word).join(' '), placeFirst: true };
}

/** Every council named in a text. */
export function councilNames(text: string): CouncilName[] {
  if (!/Council|Borough/.test(text)) return [];
  const found: CouncilName[] = [];
  for (const match of text.matchAll(NAME)) {
    if (match[1] !== undefined) {
      let words = wordsOf(match[2]!);
      const known = knownPlace(
        words.map((w) => w.word),
        false,
      );
      if (known !== undefined) words = words.slice(0, known);
      const last = words.at(-1)!;
      const placeEnd = match.index + match[1].length + last.index + last.word.length;
      found.push({
        index: match.index,
        name: text.slice(match.index, placeEnd),
        place: words.map((w) => w.word).join(' '),
        placeFirst: false,
      });
      continue;
    }
    const name = readPlaceFirst(match[3]!, match.index, match.index + match[0].length, text);
    if (name) found.push(name);
  }
  return found;
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').replaceAll('’', "'").trim().toLowerCase();

/** The places a list of names stands for: each name's place, or the text itself when it names none. */
function placesOf(names: readonly string[]): string[] {
  return names.filter(Boolean).map((name) => normal(councilNames(name)[0]?.place ?? name));
}

/** Whether a name found is one of `places`, allowing for words before (or after) the place that are not its. */
function isOneOf(found: CouncilName, places: readonly string[]): boolean {
  const place = normal(found.place);
  return places.some((p) => place === p || (found.placeFirst ? place.endsWith(` ${p}`) : place.startsWith(`${p} `)));
}

/** The site.yaml fields that are the council's names, own and listed. */
const NAMES_IN_SITE = (path: readonly PathSegment[]): boolean =>
  path[0] === 'council' || path[0] === 'other_councils' || (path[0] === 'branding' && path[1] === 'display_name');

export const otherCouncils: ContentRule = {
  id: 'other-councils',
  needs: ['site'],
  run(files: LoadedFiles, context) {
    const site = files.site[0]?.data;
    if (!site) return [];
    const own = placesOf([site.council, site.branding.display_name]);
    const listed = placesOf(site.other_councils);
    // What the findings in a file depend on besides the file: the council's name, own and listed.
    const settings = JSON.stringify([site.council, own, listed]);
    return (Object.values(files).flat() as LoadedFile<TypeKey>[]).flatMap((f) =>
      fileFindings(context, f, 'other-councils', settings, () => findingsIn(f, site.council, own, listed)),
    );
  },
};

function findingsIn(
  f: LoadedFile<TypeKey>,
  council: string,
  own: readonly string[],
  listed: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const advice = (where: string, name: string): string =>
    `${where} names another council, "${name.replace(/\s+/g, ' ')}": if it is meant (a partner, a statistical neighbour), add "${name.replace(/\s+/g, ' ')}" to other_councils in content/site.yaml; if the text came from another council's plan, write ${council}'s own words instead`;
  const others = (text: string): CouncilName[] =>
    councilNames(text).filter((found) => !isOneOf(found, own) && !isOneOf(found, listed));
  for (const { path, text } of textValues(f.data)) {
    if (f.type === 'site' && NAMES_IN_SITE(path)) continue;
    const names = new Set(others(text).map((found) => found.name.replace(/\s+/g, ' ')));
    // Located only when there is something to report: a file from the parse cache is parsed
    // again for its positions, and most texts name no council.
    if (names.size === 0) continue;
    const at = f.source.locate(path);
    for (const name of names)
      problems.push({ file: f.source.file, ...at, severity: 'warning', message: advice(fieldName(f, path), name) });
  }
  const tree = f.source.tree;
  if (!tree) return problems;
  const where = f.type === 'annualReports' ? 'the report' : 'the page';
  for (const block of proseBlocks(tree, f.source.body)) {
    for (const found of others(block.text)) {
      problems.push({
        file: f.source.file,
        ...block.at(found.index),
        severity: 'warning',
        message: advice(where, found.name),
      });
    }
  }
  return problems;
}
