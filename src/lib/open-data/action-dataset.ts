/**
 * The action plan download: one row per action, carrying every field the content model holds for it
 * (its reference as the site shows it and as written, both statuses, percent complete, outcome,
 * partners, related plans, leads, indicators, the latest update), described in the council's own
 * terms: its reference style and its status scale.
 */
import type { ActionEntry, ActionPlanView } from '../../model/types.ts';
import { ACTION_STATUSES } from '../../schemas/actions.ts';
import { toIsoDate } from '../calendar/index.ts';
import { inWordsList } from '../words.ts';
import { spreadsheetText, type Cell } from './csv.ts';
import type { Dataset, Row } from './datasets.ts';

/** Lists in one cell are separated so, as everywhere in the downloads. */
const LIST = '; ';

const REFERENCE: Record<ActionPlanView['references'], string> = {
  'as written':
    'The action’s reference as the site shows it: the council’s own reference, such as 4.01.01 or A3; empty when it has none.',
  numbered:
    'The action’s number as the site shows it: the objective’s number and the action’s place in it, such as 3.4.',
  none: 'Empty: this action plan shows no references.',
};

export function actionsDataset(plan: Pick<ActionPlanView, 'references' | 'scale'>): Dataset {
  const labels = plan.scale.labels.map((l) =>
    l.label.toLowerCase() === l.means ? l.label : `${l.label} (${l.means})`,
  );
  return {
    title: 'Action plan',
    description:
      'Every action in the strategy’s action plan, with its reference, lead, timescale, status, percent complete, partners and related plans.',
    columns: [
      { name: 'id', description: 'Stable id; the action’s page is /actions/<id>/ (dots become hyphens).' },
      { name: 'reference', description: REFERENCE[plan.references] },
      { name: 'ref', description: 'The council’s own reference as written in the plan; empty when it has none.' },
      { name: 'objective', description: 'The id of the objective it belongs to.' },
      { name: 'action', description: 'What will be done.' },
      {
        name: 'young_people_title',
        description: 'What will be done, in the words the young people’s edition uses; empty when it has none.',
      },
      { name: 'outcome', description: 'The difference it should make for children and young people.' },
      { name: 'lead', description: 'The lead roles’ job titles, separated by semicolons.' },
      { name: 'lead_roles', description: 'The lead roles’ ids, in the same order, separated by semicolons.' },
      { name: 'partners', description: 'Partner organisations or teams, separated by semicolons.' },
      { name: 'plans', description: 'The names of related plans, separated by semicolons; empty when there are none.' },
      {
        name: 'plan_links',
        description:
          'The link of each related plan, in the same order as plans, separated by semicolons; a plan published without a link has an empty place, and the column is empty when none has one.',
      },
      { name: 'timescale', description: 'When it is due, as written in the plan: a date, month, quarter or ongoing.' },
      { name: 'due_date', description: 'The last day it is due, YYYY-MM-DD; empty for ongoing actions.' },
      {
        name: 'status',
        description: `The state the site judges it by: ${inWordsList([...ACTION_STATUSES], 'or')}; empty when none has been reported yet.`,
      },
      {
        name: 'status_label',
        description: `The status as the council reports it, on its own scale: ${inWordsList(labels, 'or')}; empty when none has been reported yet.`,
      },
      { name: 'percent_complete', description: 'How far through the work is, from 0 to 100; empty when not reported.' },
      {
        name: 'overdue',
        description: 'true when the due date has passed and the action is not complete, on the day the plan is judged.',
      },
      {
        name: 'indicators',
        description: 'Ids of the indicators that show whether it is working, separated by semicolons.',
      },
      { name: 'last_update_date', description: 'The date of the latest progress update, YYYY-MM-DD.' },
      { name: 'last_update', description: 'The latest progress update’s words; empty when it gave only a status.' },
    ],
  };
}

/** An action's reference or id: "3.10" would become the number 3.1 in a spreadsheet. */
const asText = (value: string | undefined): Cell => (value === undefined ? undefined : spreadsheetText(value));
const list = (values: readonly string[]): string | undefined => (values.length === 0 ? undefined : values.join(LIST));

export function actionRows(actions: readonly ActionEntry[]): Row[] {
  return actions.map((a) => {
    const latest = a.latestUpdate;
    const links = a.plans.map((p) => p.url ?? '');
    return {
      id: asText(a.id),
      reference: asText(a.reference),
      ref: asText(a.ref),
      objective: a.objective,
      action: a.action,
      young_people_title: a.young_people?.title,
      outcome: a.outcome,
      lead: a.leadRoles.map((r) => r.title).join(LIST),
      lead_roles: a.lead.join(LIST),
      partners: list(a.partners),
      plans: list(a.plans.map((p) => p.title)),
      plan_links: links.some(Boolean) ? links.join(LIST) : undefined,
      timescale: a.timescale,
      due_date: a.due ? toIsoDate(a.due) : undefined,
      status: a.status,
      status_label: a.statusLabel?.label,
      percent_complete: a.percent_complete,
      // Judged on the plan's day (its as-at date, or the build date), as everywhere on the site.
      overdue: a.overdue,
      indicators: list(a.indicators),
      last_update_date: latest?.date,
      last_update: latest?.text,
    };
  });
}
