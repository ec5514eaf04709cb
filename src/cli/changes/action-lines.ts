/**
 * The change summary's lines about actions, in plain English: each field's new value beside its
 * old one, statuses in the council's own labels, and edited progress updates saying what changed.
 * Content text is escaped as the rest of the summary is (escape.ts).
 */
import type { Action, Content, ProgressUpdate, ReportedStatus } from '../../loader/model.ts';
import { formatDate } from '../../lib/calendar/index.ts';
import { words } from '../../i18n/index.ts';
import * as urls from '../../model/urls.ts';
import { fieldValue, statusWords, type ActionField, type FieldChange } from './action-diff.ts';
import type { EditedUpdate, NewUpdate, RenumberedAction } from './diff.ts';
import { code, inline, list } from './escape.ts';

const NONE = 'none';
const quoted = (text: string): string => `“${inline(text)}”`;

/** "**Amber** (at risk)", "**on track**", or "**not yet reported**". */
export function statusText(s: ReportedStatus): string {
  const label = statusWords(s);
  if (label === undefined) return '**not yet reported**';
  return label.toLowerCase() === s.status ? `**${inline(label)}**` : `**${inline(label)}** (${s.status})`;
}

/** A field's value in words, for one version of the content. */
function valueText(action: Action, field: ActionField, content: Content): string {
  const value = fieldValue(action, field);
  switch (field) {
    case 'percent_complete':
      return value === undefined ? 'not reported' : `${String(value)}%`;
    case 'plans':
      return action.plans.length === 0
        ? NONE
        : list(
            action.plans.map((p) => (p.url === undefined ? quoted(p.title) : `${quoted(p.title)} (${code(p.url)})`)),
          );
    case 'indicators': {
      const titles = new Map(content.indicators.map((i) => [i.id, i.title]));
      return action.indicators.length === 0 ? NONE : list(action.indicators.map((id) => quoted(titles.get(id) ?? id)));
    }
    case 'partners':
      return action.partners.length === 0 ? NONE : list(action.partners.map(quoted));
    default:
      return typeof value === 'string' ? quoted(value) : NONE;
  }
}

/** "Action **1.1**, `outcome`: now “…” (was “…”)". */
export function fieldLine(change: FieldChange, before: Content, after: Content): string {
  const { action, was, field } = change;
  return `Action **${inline(action.id)}**, ${code(field)}: now ${valueText(action, field, after)} (was ${valueText(was, field, before)})`;
}

/** "**1.1** is now **A3**: … Its page moves from `/actions/1-1/` to `/actions/a3/`…". */
export function renumberedLine({ was, action }: RenumberedAction): string {
  const keep = was.writtenId === undefined ? `; to keep the old address, give it ${code(`id: "${was.id}"`)}` : '';
  return `**${inline(was.id)}** is now **${inline(action.id)}**: ${inline(action.action)} Its page moves from ${code(urls.actionHref(was.id))} to ${code(urls.actionHref(action.id))}${keep}.`;
}

/**
 * What an update says: its words (in quotes when `quote`), or, for an update that only records a
 * status or percent complete, those: "status Amber, 40% complete (no commentary)".
 */
export function updateWords(update: ProgressUpdate, quote = false): string {
  if (update.text !== undefined) return quote ? quoted(update.text) : inline(update.text);
  const status = statusWords(update);
  const parts = [
    ...(status === undefined ? [] : [`status ${inline(status)}`]),
    ...(update.percent_complete === undefined ? [] : [words.actions.percentComplete(update.percent_complete)]),
  ];
  return `${parts.join(', ')} (no commentary)`;
}

const updateWhen = (u: NewUpdate): string => `Action **${inline(u.action.id)}**, ${formatDate(u.update.date)}`;

export const newUpdateLine = (u: NewUpdate): string => `${updateWhen(u)}: ${updateWords(u.update)}`;

export const removedUpdateLine = (u: NewUpdate): string => `${updateWhen(u)}: ${updateWords(u.update, true)}`;

/** What changed in an update kept on its date: its words, its status, its percent complete. */
export function editedUpdateLine(u: EditedUpdate): string {
  const { update, was } = u;
  const said = (x: ProgressUpdate): string => (x.text === undefined ? 'no commentary' : quoted(x.text));
  const status = (x: ProgressUpdate): string => inline(statusWords(x) ?? 'none given');
  const percent = (x: ProgressUpdate): string =>
    x.percent_complete === undefined ? 'none given' : `${x.percent_complete}%`;
  const parts = [
    ...(update.text === was.text ? [] : [`now ${said(update)} (was ${said(was)})`]),
    ...(statusWords(update) === statusWords(was) ? [] : [`status now ${status(update)} (was ${status(was)})`]),
    ...(update.percent_complete === was.percent_complete
      ? []
      : [`percent complete now ${percent(update)} (was ${percent(was)})`]),
  ];
  return `${updateWhen(u)}: ${parts.join('; ')}`;
}
