/**
 * The change summary as Markdown, for a pull request's description: one short section per kind of
 * change, in plain English, with roles by job title and dates as "5 January 2026".
 */
import type { Content, Meeting } from '../../loader/model.ts';
import { formatDate, parseTimescale } from '../../lib/calendar/index.ts';
import { words } from '../../i18n/index.ts';
import { meetingBodyName } from '../../lib/meetings.ts';
import type { ValueEntry } from '../../schemas/scorecards.ts';
import { code, inline, list } from './escape.ts';
import {
  editedUpdateLine,
  fieldLine,
  newUpdateLine,
  removedUpdateLine,
  renumberedLine,
  statusText,
} from './action-lines.ts';
import type { ComparatorChange, ComparatorEntry, ContentChanges, FigureEntry, LatestRating } from './diff.ts';

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
          `**${inline(a.id)}** ${sentence(a.action)} Led by ${leads(a.lead)}; timescale: ${due(a.timescale)}; status: ${statusText(a).replaceAll('**', '')}${a.percent_complete === undefined ? '' : `, ${words.actions.percentComplete(a.percent_complete)}`}.`,
      ),
    ),
    ...section(
      'Actions removed',
      changes.actionsRemoved.map((a) => `**${inline(a.id)}** ${inline(a.action)}`),
    ),
    ...section('Actions renumbered', changes.actionsRenumbered.map(renumberedLine)),
    ...section(
      'Status changes',
      changes.statusChanges.map(
        (c) =>
          `Action **${inline(c.action.id)}** moved from ${statusText(c.from)} to ${statusText(c.to)}: ${inline(c.action.action)}`,
      ),
    ),
    ...section(
      'Action details changed',
      changes.fieldChanges.map((c) => fieldLine(c, before, after)),
    ),
    ...section(
      'Timescale changes',
      changes.timescaleChanges.map(
        (c) =>
          `Action **${inline(c.action.id)}** is now due “${due(c.to)}” (was “${due(c.from)}”): ${inline(c.action.action)}`,
      ),
    ),
    ...section('New progress updates', changes.newUpdates.map(newUpdateLine)),
    ...section('Progress updates edited', changes.editedUpdates.map(editedUpdateLine)),
    ...section('Progress updates removed', changes.removedUpdates.map(removedUpdateLine)),
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
