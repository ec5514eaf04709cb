/**
 * The change summary as Markdown, for a pull request's description: one short section per kind of
 * change, in plain English, with roles by job title and dates as "5 January 2026".
 */
import type { Content, Meeting } from '../../loader/model.ts';
import { formatDate, parseTimescale } from '../../lib/calendar/index.ts';
import { words } from '../../i18n/index.ts';
import { meetingBodyName } from '../../lib/meetings.ts';
import type { ValueEntry } from '../../schemas/scorecards.ts';
import type { ComparatorChange, ComparatorEntry, ContentChanges, FigureEntry, LatestRating } from './diff.ts';

/** Line breaks of every kind become spaces, and other control characters go: one line stays one line. */
function oneLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines too
      .replace(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this drops
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
  );
}

/**
 * Content text as one line of plain Markdown text. A pull request's description renders Markdown
 * and HTML: an "<!--" in an update would hide every later section from the reviewer, a "<details>"
 * or a link could disguise the change, and a new line would start a line of its own (one starting
 * with "::" is a command to GitHub Actions when the summary is printed in a CI log). So the text is
 * kept to one line, "<" and ">" become entities and Markdown's own signs are escaped with a
 * backslash, which shows them as they are.
 */
export function inline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]|~<>]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/**
 * What an update says, for the summary: its words (in quotes when `quoted`), or, for an update that
 * only records a status or percent complete, those: "status Amber, 40% complete (no commentary)".
 */
function updateWords(
  update: { text?: string | undefined; status?: string | undefined; percent_complete?: number | undefined },
  quoted = false,
): string {
  if (update.text !== undefined) return quoted ? `“${inline(update.text)}”` : inline(update.text);
  const parts = [
    ...(update.status === undefined ? [] : [`status ${inline(update.status)}`]),
    ...(update.percent_complete === undefined ? [] : [words.actions.percentComplete(update.percent_complete)]),
  ];
  return `${parts.join(', ')} (no commentary)`;
}

/** A file name, id or git ref as code, where nothing is markup: a backtick, which would end it, is left out. */
function code(text: string): string {
  return `\`${oneLine(text).replaceAll('`', '')}\``;
}

/** A figure as the editor wrote it: "26 of 331", "56.1", "x (not available)", "56.1 [p]", "57 [r] (first published 56)". */
function figureText(entry: ValueEntry): string {
  if (entry.symbol)
    return `${entry.symbol} (${{ x: 'not available', z: 'not applicable', low: 'rounds to zero' }[entry.symbol]})`;
  const figure = entry.numerator !== undefined ? `${entry.numerator} of ${entry.denominator}` : String(entry.value);
  const revised = entry.first_published === undefined ? '' : ` [r] (first published ${entry.first_published})`;
  return `${figure}${entry.provisional ? ' [p]' : ''}${revised}`;
}

/** A comparator figure: "70", "70 for 2024-25", "71 [r] (first published 70)". */
function comparatorText(c: ComparatorEntry): string {
  const period = c.period === undefined ? '' : ` for ${c.period}`;
  const revised = c.firstPublished === undefined ? '' : ` [r] (first published ${c.firstPublished})`;
  return `${c.value}${period}${revised}`;
}

/** "Children in care rate, England, 2024-25". */
const comparatorWhat = (c: ComparatorEntry): string => `${inline(c.indicator.title)}, ${inline(c.label)}, ${c.year}`;

/** Whether a change is a revision of the same year's figure: the period kept, a first-published value recorded. */
const isRevision = (c: ComparatorChange): boolean =>
  c.was.period === c.period && c.firstPublished !== undefined && c.value !== c.was.value;

const figureWhen = (f: FigureEntry): string => (f.period === 'year' ? f.year : `${f.period} ${f.year}`);

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`### ${title}`, '', ...lines.map((line) => `- ${line}`), ''];
}

export function changesToMarkdown(changes: ContentChanges, ref: string, before: Content, after: Content): string {
  const titles = new Map([...before.roles, ...after.roles].map((role) => [role.id, role.title]));
  // Job titles can contain commas and "and", so each is set apart: bold for now, quotes for before.
  const leads = (ids: readonly string[], mark: [string, string] = ['**', '**']): string =>
    list(ids.map((id) => `${mark[0]}${inline(titles.get(id) ?? id)}${mark[1]}`));
  const sentence = (text: string): string => inline(/[.!?]$/.test(text) ? text : `${text}.`);
  const due = (timescale: string): string => parseTimescale(timescale).label;
  const body = (meeting: Meeting, content: Content): string => inline(meetingBodyName(content.board, meeting.body));
  const meetingLine = (meeting: Meeting, content: Content): string =>
    `${body(meeting, content)}: ${formatDate(meeting.date)}${meeting.time ? `, ${meeting.time}` : ''} (${code(meeting.file)})`;
  const rating = (r: LatestRating | undefined, mark = ''): string =>
    r?.rag
      ? `${mark}${r.rag}${mark} (${words.scorecards.rag[r.rag].toLowerCase()}) for ${r.periodLabel}`
      : r
        ? `no rating for ${r.periodLabel}`
        : 'no figures';

  const lines = [
    `## Content changes since ${code(ref)}`,
    '',
    ...section(
      'Actions added',
      changes.actionsAdded.map(
        (a) =>
          `**${a.id}** ${sentence(a.action)} Led by ${leads(a.lead)}; timescale: ${due(a.timescale)}; status: ${a.status}.`,
      ),
    ),
    ...section(
      'Actions removed',
      changes.actionsRemoved.map((a) => `**${a.id}** ${inline(a.action)}`),
    ),
    ...section(
      'Status changes',
      changes.statusChanges.map(
        (c) => `Action **${c.action.id}** moved from **${c.from}** to **${c.to}**: ${inline(c.action.action)}`,
      ),
    ),
    ...section(
      'Timescale changes',
      changes.timescaleChanges.map(
        (c) => `Action **${c.action.id}** is now due “${due(c.to)}” (was “${due(c.from)}”): ${inline(c.action.action)}`,
      ),
    ),
    ...section(
      'New progress updates',
      changes.newUpdates.map(
        (u) => `Action **${u.action.id}**, ${formatDate(u.update.date)}: ${updateWords(u.update)}`,
      ),
    ),
    ...section(
      'Progress updates reworded',
      changes.rewordedUpdates.map(
        (u) =>
          `Action **${u.action.id}**, ${formatDate(u.update.date)}: now ${updateWords(u.update, true)} (was ${updateWords(u.was, true)})`,
      ),
    ),
    ...section(
      'Lead changes',
      changes.leadChanges.map(
        (c) => `${inline(c.what)}: now ${c.verb} by ${leads(c.to)} (was ${leads(c.from, ['“', '”'])})`,
      ),
    ),
    ...section(
      'Indicator ratings changed',
      changes.ratingChanges.map(
        (c) => `${inline(c.indicator.title)}: now ${rating(c.to, '**')}; before, ${rating(c.from)}`,
      ),
    ),
    ...section(
      'Figures added',
      changes.figuresAdded.map((f) => `${inline(f.indicator.title)}, ${figureWhen(f)}: ${figureText(f.entry)}`),
    ),
    ...section(
      'Figures changed',
      changes.figuresChanged.map(
        (f) => `${inline(f.indicator.title)}, ${figureWhen(f)}: now ${figureText(f.entry)} (was ${figureText(f.was)})`,
      ),
    ),
    ...section(
      'Comparator figures revised',
      changes.comparatorsChanged
        .filter(isRevision)
        .map((c) => `${comparatorWhat(c)}: revised to ${comparatorText(c)} (was ${comparatorText(c.was)})`),
    ),
    ...section(
      'Comparator figures added',
      changes.comparatorsAdded.map((c) => `${comparatorWhat(c)}: ${comparatorText(c)}`),
    ),
    ...section(
      'Comparator figures changed',
      changes.comparatorsChanged
        .filter((c) => !isRevision(c))
        .map((c) => `${comparatorWhat(c)}: now ${comparatorText(c)} (was ${comparatorText(c.was)})`),
    ),
    ...section(
      'Comparator figures removed',
      changes.comparatorsRemoved.map((c) => `${comparatorWhat(c)}: ${comparatorText(c)}`),
    ),
    ...section(
      'Indicators added',
      changes.indicatorsAdded.map((i) => `${inline(i.title)} (${code(i.id)}), ${i.frequency}, ${i.polarity}`),
    ),
    ...section(
      'Indicators removed',
      changes.indicatorsRemoved.map((i) => `${inline(i.title)} (${code(i.id)})`),
    ),
    ...section(
      'Meetings added',
      changes.meetingsAdded.map((m) => meetingLine(m, after)),
    ),
    ...section(
      'Meetings removed',
      changes.meetingsRemoved.map((m) => meetingLine(m, before)),
    ),
    ...section(
      "Young people's pages added",
      changes.youngPeoplePagesAdded.map((p) => `${inline(p.data.title)} (${code(p.file)})`),
    ),
    ...section(
      "Young people's pages removed",
      changes.youngPeoplePagesRemoved.map((p) => `${inline(p.data.title)} (${code(p.file)})`),
    ),
  ];
  if (lines.length === 2) {
    lines.push(
      `No changes to actions, progress updates, leads, indicators, figures, comparators, ratings, meetings or young people's pages since ${code(ref)}.`,
      '',
    );
  }
  return lines.join('\n');
}
