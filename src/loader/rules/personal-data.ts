/**
 * Personal data (issue 13, class 9): warnings, not errors, because only an editor can tell whether
 * "Jayden" is a child or the name of a building. Each says where it is and how to fix it.
 *
 * - A role's mailbox must be a team's, at the council's own domains (policy.personal_data.email_domains
 *   in site.yaml; by default the domain of contact.email and of the site's url, sub-domains
 *   included), never at a personal email service (personal-data-words.ts, plus any the council adds
 *   under policy.personal_data.personal_email_providers) and never one person's "first.last" address.
 *   Any email address anywhere in the content, in a field or in prose, is checked against the personal
 *   services too.
 * - A date of birth, in any prose: "DOB", "d.o.b.", "date of birth: 3 May 2011", "born on 3 May 2011".
 * - A child's name next to what happened to them: a given name within a few words of "placement",
 *   "aged 14", "missing", "excluded", "arrested"…; or any capitalised word told a person's story
 *   ("Kezia went missing", "we met Tavish, aged 15"). Senior post holders named in roles.yaml are not
 *   children, and "St Mary's", "Alice Street" are not people.
 * - A named holder of a post that is not senior: roles.yaml refuses post_holder on such a role (its
 *   schema, src/schemas/roles.ts, reads `senior: true` as "a senior or statutory post, whose holder may
 *   be named"); in prose, a name written next to such a post's title ("Jane Smith, Fostering
 *   Manager") is warned about here.
 *
 * Prose is read as the small-number rule reads it: every parsed YAML text value (prose-values.ts) and
 * every MDX body's one tree (src/markdown/prose-text.ts), so what is checked is what is published.
 */
import type { Nodes } from 'mdast';
import { readAddress } from '../../lib/addresses.ts';
import { proseBlocks, type ProseBlock } from '../../markdown/prose-text.ts';
import { fileFindings } from '../file-findings.ts';
import type { Problem } from '../problems.ts';
import { fieldName, textValues } from '../prose-values.ts';
import type { PathSegment } from '../source-file.ts';
import type { ContentRule, LoadedFile, TypeKey } from '../types.ts';
import {
  DATE_OF_BIRTH,
  GIVEN_NAMES,
  NOT_A_NAME,
  NOT_A_PERSON_AFTER,
  PERSON_STORY_AFTER_NAME,
  PERSONAL_EMAIL_PROVIDERS,
  STORY_WORDS,
} from './personal-data-words.ts';

/** How many words may stand between a name and what is said about them. */
const NEAR = 4;

const EMAIL = /[\w.+'-]+@((?:[\w-]+\.)+[a-z]{2,})/gi;
const WORD = /\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu;
const STORY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${STORY_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const CAPITALISED = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const PERSON_STORY = new RegExp(
  `(?<![\\p{L}\\p{N}])(${CAPITALISED})(\\s+${CAPITALISED})?\\s*(?:${PERSON_STORY_AFTER_NAME.join('|')})`,
  'gu',
);
const SENTENCE_END = /[.!?;]\s+|\n/g;

interface Found {
  /** Where in the text the finding starts. */
  index: number;
  message: string;
}

interface Settings {
  ownDomains: readonly string[];
  providers: ReadonlySet<string>;
  /** Words of senior post holders' names and of the council's own name: never taken for a child. */
  known: ReadonlySet<string>;
  /** The titles of posts that are not senior, whose holders are never named. */
  juniorTitles: readonly TitlePattern[];
  /** Every post's title: a name written with one ("Sarah Patel, Fostering Manager") is staff, not a child. */
  titles: readonly TitlePattern[];
}

/** A post's title and the pattern of a name written with it, compiled once per check, not once per text. */
interface TitlePattern {
  title: string;
  pattern: RegExp;
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
const within = (domain: string, own: string): boolean => domain === own || domain.endsWith(`.${own}`);
const quoted = (text: string): string => JSON.stringify(text.replace(/\s+/g, ' ').trim());

function providerOf(domain: string, settings: Settings): string | undefined {
  return [...settings.providers].find((provider) => within(domain, provider));
}

const PERSONAL_MAILBOX_ADVICE =
  'publish a team mailbox at the council instead, which someone reads when a person is away or leaves, and which names no one';

/** Why an address at a personal email service may not be published ("an address at gmail.com, …"), or undefined. */
function personalService(address: string, settings: Settings): string | undefined {
  const provider = providerOf(domainOf(address), settings);
  return provider ? `an address at ${provider}, a personal email service: ${PERSONAL_MAILBOX_ADVICE}` : undefined;
}

/** A role's mailbox, or the site's contact: a team's, at the council's own domains. */
function mailboxProblem(address: string, settings: Settings): string | undefined {
  const personal = personalService(address, settings);
  if (personal) return `the mailbox "${address}" is ${personal}`;
  const domain = domainOf(address);
  if (!settings.ownDomains.some((own) => within(domain, own))) {
    return `the mailbox "${address}" is at ${domain}, which is not one of the council's own mail domains (${settings.ownDomains.join(', ')}): write the team's council mailbox, or, if this is a partner's team mailbox, add ${domain} to policy.personal_data.email_domains in content/site.yaml`;
  }
  const local = address.slice(0, address.lastIndexOf('@'));
  const first = /^([a-z]+)[._-][a-z]+$/i.exec(local)?.[1];
  if (first && GIVEN_NAMES.has(first[0]!.toUpperCase() + first.slice(1).toLowerCase())) {
    return `the mailbox "${address}" looks like one person's own address: ${PERSONAL_MAILBOX_ADVICE}`;
  }
  return undefined;
}

/** The sentences of a text, with where each starts. */
function sentences(text: string): { start: number; text: string }[] {
  const result: { start: number; text: string }[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    result.push({ start, text: text.slice(start, end.index) });
    start = end.index + end[0].length;
  }
  result.push({ start, text: text.slice(start) });
  return result;
}

/** A given name that stands for a person here: not "St Mary's", "Alice Street" or a senior post holder. */
function isChildName(words: RegExpMatchArray[], i: number, settings: Settings): boolean {
  const word = words[i]![0].replace(/['’]s$/, '');
  if (!GIVEN_NAMES.has(word) || settings.known.has(word)) return false;
  const before = words[i - 1]?.[0];
  if (before !== undefined && /^(?:St|Saint)$/.test(before)) return false;
  const after = words[i + 1]?.[0];
  return after === undefined || !NOT_A_PERSON_AFTER.has(after);
}

function nameNearStory(text: string, settings: Settings): Found[] {
  const found: Found[] = [];
  const staff = staffSpans(text, settings);
  const isStaff = (index: number): boolean => staff.some(([from, to]) => index >= from && index < to);
  for (const sentence of sentences(text)) {
    const words = [...sentence.text.matchAll(WORD)];
    const wordAt = (offset: number): number => {
      const i = words.findIndex((w) => w.index + w[0].length > offset);
      return i === -1 ? words.length : i;
    };
    let reported = false;
    for (const story of sentence.text.matchAll(STORY)) {
      if (reported) break;
      const first = wordAt(story.index);
      const last = wordAt(story.index + story[0].length - 1);
      for (let i = Math.max(0, first - NEAR - 1); i <= Math.min(words.length - 1, last + NEAR + 1); i++) {
        if (i >= first && i <= last) continue;
        if (!isChildName(words, i, settings) || isStaff(sentence.start + words[i]!.index)) continue;
        const name = words[i]!;
        const from = Math.min(name.index, story.index);
        const to = Math.max(name.index + name[0].length, story.index + story[0].length);
        found.push({
          index: sentence.start + from,
          message: `says ${quoted(sentence.text.slice(from, to))}: a name next to what happened to a child can identify them. Write "a young person" (or, for a member of staff, their job title) instead of "${name[0].replace(/['’]s$/, '')}"`,
        });
        reported = true;
        break;
      }
    }
    if (reported) continue;
    for (const match of sentence.text.matchAll(PERSON_STORY)) {
      const name = match[1]!;
      if (NOT_A_NAME.has(name) || settings.known.has(name) || isStaff(sentence.start + match.index)) continue;
      // "Leavers, aged 19": a single capitalised word that starts the sentence is not taken for a name.
      const startsSentence = sentence.text.slice(0, match.index).trim() === '';
      if (startsSentence && match[2] === undefined && /aged/.test(match[0])) continue;
      found.push({
        index: sentence.start + match.index,
        message: `says ${quoted(match[0])}: a name next to what happened to a child can identify them. Write "a young person" instead of "${name}${match[2] ?? ''}"`,
      });
      break;
    }
  }
  return found;
}

function dateOfBirth(text: string): Found[] {
  return [...text.matchAll(DATE_OF_BIRTH)].map((match) => ({
    index: match.index,
    message: `says ${quoted(match[0])}: a date of birth, with anything else the site says, can identify a child. Remove it: the site never needs one (an age group such as "aged 16 to 17" is enough)`,
  }));
}

/** "Sarah Patel, Fostering Manager" or "the Fostering Manager, Sarah Patel": a name with a post's title. */
function nameWithTitle(title: string): RegExp {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?<![\\p{L}])(${CAPITALISED})\\s+(${CAPITALISED}),?\\s+(?:the\\s+|our\\s+)?${escaped}(?![\\p{L}])|(?<![\\p{L}])${escaped},?\\s+(${CAPITALISED})\\s+(${CAPITALISED})(?![\\p{L}])`,
    'gu',
  );
}

const titlePattern = (title: string): TitlePattern => ({ title, pattern: nameWithTitle(title) });

/**
 * The matches of a title's pattern in a text. The pattern holds the title word for word (no "i"
 * flag), so a text without it cannot match: most texts name no post, and skip the pattern.
 */
const matchesOf = (text: string, { title, pattern }: TitlePattern): RegExpExecArray[] =>
  text.includes(title) ? [...text.matchAll(pattern)] : [];

/** Where the text names a member of staff by their post: names there are not children's. */
function staffSpans(text: string, settings: Settings): [number, number][] {
  return settings.titles.flatMap((title) =>
    matchesOf(text, title).map((m): [number, number] => [m.index, m.index + m[0].length]),
  );
}

function namedJuniorPostHolder(text: string, settings: Settings): Found[] {
  const found: Found[] = [];
  for (const junior of settings.juniorTitles) {
    const { title } = junior;
    for (const match of matchesOf(text, junior)) {
      const first = match[1] ?? match[3]!;
      if (NOT_A_NAME.has(first) || settings.known.has(first)) continue;
      if (!GIVEN_NAMES.has(first) && !/^\p{Lu}/u.test(match[2] ?? match[4] ?? '')) continue;
      found.push({
        index: match.index,
        message: `says ${quoted(match[0])}, naming the holder of the post "${title}", which is not senior: only senior and statutory posts are named. Write the job title alone (and the team mailbox), or, if this is a senior or statutory post, set senior: true on its role in content/roles.yaml`,
      });
    }
  }
  return found;
}

function proseFindings(text: string, settings: Settings): Found[] {
  // An address needs an "@": most texts have none, and skip the pattern, which is slow on long words.
  const emails = (text.includes('@') ? [...text.matchAll(EMAIL)] : []).flatMap((match): Found[] => {
    const personal = personalService(match[0], settings);
    return personal ? [{ index: match.index, message: `says "${match[0]}", ${personal}` }] : [];
  });
  return [
    ...emails,
    ...dateOfBirth(text),
    ...nameNearStory(text, settings),
    ...namedJuniorPostHolder(text, settings),
  ].sort((a, b) => a.index - b.index);
}

/** Every mailto: address in a body's tree, written as a link or as a bare address. */
function mailtoLinks(tree: Nodes): { address: string; node: Nodes }[] {
  const found: { address: string; node: Nodes }[] = [];
  const walk = (node: Nodes): void => {
    if ((node.type === 'link' || node.type === 'definition') && readAddress(node.url).kind === 'mailto') {
      found.push({ address: decodeURIComponent(node.url.replace(/^\s*mailto:/i, '').split('?')[0]!), node });
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

function settingsFor(files: Parameters<ContentRule['run']>[0], context: Parameters<ContentRule['run']>[1]): Settings {
  const site = files.site[0]?.data;
  const declared = context.policy.personal_data.email_domains;
  const defaults = site ? [domainOf(site.contact.email), new URL(site.url).hostname] : [];
  const roles = files.roles.flatMap((f) => f.data ?? []);
  const known = new Set(
    [
      ...roles.flatMap((r) => (r.senior && r.post_holder ? [r.post_holder] : [])),
      site?.council ?? '',
      site?.branding.display_name ?? '',
    ]
      .flatMap((name) => name.split(/[^\p{L}'’-]+/u))
      .filter(Boolean),
  );
  return {
    // The site's host is often a sub-domain of the contact's: "cp.yourcouncil.gov.uk" within "yourcouncil.gov.uk".
    ownDomains:
      declared ??
      defaults.filter((d, i) => !defaults.some((other, j) => j !== i && within(d, other) && (d !== other || j < i))),
    providers: new Set([...PERSONAL_EMAIL_PROVIDERS, ...context.policy.personal_data.personal_email_providers]),
    known,
    juniorTitles: [...new Set(roles.filter((r) => !r.senior).map((r) => r.title))].map(titlePattern),
    titles: [...new Set(roles.map((r) => r.title))].map(titlePattern),
  };
}

/** The body's prose blocks, each table row read as one ("Noah | Went missing" says one thing about one child). */
function withRowsJoined(blocks: readonly ProseBlock[]): ProseBlock[] {
  const result: ProseBlock[] = [];
  for (const block of blocks) {
    const previous = result.at(-1);
    if (block.row === undefined || previous?.row !== block.row) {
      result.push(block);
      continue;
    }
    // Cells are joined with ", " so the row reads as one sentence; positions stay each cell's own.
    const offset = previous.text.length + 2;
    const { at: before } = previous;
    result[result.length - 1] = {
      ...previous,
      text: `${previous.text}, ${block.text}`,
      at: (index) => (index < offset ? before(index) : block.at(index - offset)),
    };
  }
  return result;
}

/** Fields that hold an email address, by the name of their key. */
const EMAIL_FIELDS = new Set(['email', 'mailbox']);

function emailFields(value: unknown, path: PathSegment[] = []): { path: PathSegment[]; address: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => emailFields(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      EMAIL_FIELDS.has(key) && typeof item === 'string'
        ? [{ path: [...path, key], address: item }]
        : emailFields(item, [...path, key]),
    );
  }
  return [];
}

export const personalData: ContentRule = {
  id: 'personal-data',
  needs: ['site'],
  run(files, context) {
    // Made only when a file's findings are not in the cache: the posts' patterns take a while.
    let settings: Settings | undefined;
    const made = (): Settings => (settings ??= settingsFor(files, context));
    // What settingsFor reads: site.yaml (which holds the policy) and roles.yaml, as written.
    const settingsKey = JSON.stringify([...files.site, ...files.roles].map((f) => f.source.text ?? null));
    const problems: Problem[] = [];
    for (const f of Object.values(files).flat() as LoadedFile<TypeKey>[]) {
      problems.push(...fileFindings(context, f, 'personal-data', settingsKey, () => findingsIn(f, made())));
    }
    return problems;
  },
};

function findingsIn(f: LoadedFile<TypeKey>, settings: Settings): Problem[] {
  const problems: Problem[] = [];
  const warn = (file: string, at: { line: number; col: number }, message: string): void => {
    problems.push({ file, line: at.line, col: at.col, message, severity: 'warning' });
  };
  // Mailboxes: a role's and the site's contact are the council's teams; any other (a helpline's) only never personal.
  for (const { path, address } of emailFields(f.data)) {
    const team = f.type === 'roles' || (f.type === 'site' && path[0] === 'contact');
    const personal = personalService(address, settings);
    const message = team ? mailboxProblem(address, settings) : personal && `the address "${address}" is ${personal}`;
    if (message) warn(f.source.file, f.source.locate(path), message);
  }
  for (const { path, text } of textValues(f.data)) {
    for (const finding of proseFindings(text, settings)) {
      warn(f.source.file, f.source.locate(path), `${fieldName(f, path)} ${finding.message}`);
    }
  }
  const tree = f.source.tree;
  if (!tree) return problems;
  const where = f.type === 'annualReports' ? 'the report' : 'the page';
  for (const { address, node } of mailtoLinks(tree)) {
    const personal = personalService(address, settings);
    const start = node.position?.start;
    const at = { line: start?.line ?? f.source.bodyLine, col: start?.column ?? 1 };
    if (personal) warn(f.source.file, at, `${where} links to "${address}", ${personal}`);
  }
  for (const block of withRowsJoined(proseBlocks(tree, f.source.body))) {
    for (const finding of proseFindings(block.text, settings)) {
      warn(f.source.file, block.at(finding.index), `${where} ${finding.message}`);
    }
  }
  return problems;
}
