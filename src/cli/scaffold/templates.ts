/**
 * The text of each scaffold. Free-text fields get a "TODO: …" placeholder that passes the schema and
 * that the check warns about until it is replaced; fields with a fixed set of answers get a sensible
 * default and a comment saying what else they may be.
 */
import type { Indicator } from '../../loader/model.ts';
import { ACTION_STATUSES } from '../../schemas/actions.ts';
import { POLARITIES, UNITS } from '../../schemas/indicators.ts';
import type { ScorecardRow } from '../../schemas/scorecards.ts';
import { describePeriod, MONTHS } from '../../lib/calendar/index.ts';
import type { Site } from '../../schemas/site.ts';
import { quoted } from './yaml-text.ts';

const yamlList = (ids: readonly string[]): string => (ids.length === 1 ? ids[0]! : `[${ids.join(', ')}]`);

export interface ActionTemplateOptions {
  /** The next number, when the file numbers its actions with ids. */
  id?: string | undefined;
  /** True when the file gives each action the council's own reference. */
  ref?: boolean;
  lead: readonly string[];
  timescale: string;
  /** The labels of the council's status scale (site.yaml's action_plan.statuses). */
  statuses: readonly string[];
  /** A status to start with; without one the line is left for the editor (not yet reported). */
  status?: string | undefined;
}

export function actionTemplate({ id, ref = false, lead, timescale, statuses, status }: ActionTemplateOptions): string {
  const first =
    id !== undefined
      ? `id: ${quoted(id)}`
      : ref
        ? `ref: ${quoted('TODO: its reference')} # the council's reference, as the plan writes it ("4.01.03", "A3")`
        : undefined;
  const lines = [
    ...(first === undefined ? [] : [first]),
    `action: ${quoted('TODO: what will be done')}`,
    `outcome: ${quoted('TODO: the difference it will make for children and young people')}`,
    `lead: ${yamlList(lead)} # the objective's lead: change it to the role (id from roles.yaml) that leads this action`,
    `partners: [] # partner organisations or teams, for example [Local health trust]`,
    `plans: [] # related plans by name, for example [Sufficiency strategy 2025-28], or "Not applicable"`,
    `timescale: ${quoted(timescale)} # when it is due: a date (2026-03-31), a month (2026-03), a quarter (2026-Q1) or ongoing`,
    status === undefined
      ? `# status: ${statuses[0] ?? ACTION_STATUSES[0]} # once reported, one of: ${statuses.join(', ')}. Left out, it shows as not yet reported`
      : `status: ${status} # one of: ${statuses.join(', ')}`,
    `# percent_complete: 0 # how far through it is, 0 to 100, if the plan reports it`,
    `indicators: [] # ids of indicators that show whether it is working`,
    `updates: [] # progress updates: "- date: 2026-01-05" then "text: …", and status: or percent_complete: as they stood that day`,
  ];
  return `${lines.map((line, i) => `${i === 0 ? '- ' : '  '}${line}`).join('\n')}\n`;
}

export function meetingTemplate(date: string, body: string, chair: string): string {
  return [
    `date: ${date}`,
    `time: "14:00" # the start time on the 24-hour clock: change it, or remove the line if it is not set`,
    `body: ${body} # "board", or the id of a sub-group in board.yaml`,
    `location: ${quoted('TODO: where the meeting is held')}`,
    `agenda:`,
    `  - title: ${quoted('TODO: the first agenda item')}`,
    `    lead: ${chair} # the role (id from roles.yaml) that presents the item`,
    `    actions: [] # numbers of the actions this item reviews, for example ["1.2"]`,
    `    indicators: [] # ids of the indicators this item reviews`,
    `arising: [] # after the meeting: "- what: …", "owner: <role>", "due: <date>" for each action agreed`,
    '',
  ].join('\n');
}

export function indicatorTemplate(id: string, objective: string, lead: readonly string[], site: Site): string {
  return [
    `- id: ${id} # used in addresses and references: change it to a short name such as care-leavers-eet`,
    `  title: ${quoted("TODO: the indicator's name")}`,
    `  definition: ${quoted('TODO: exactly what is counted, and for whom')}`,
    `  unit: percentage # one of: ${UNITS.join(', ')}`,
    `  polarity: higher is better # one of: ${POLARITIES.join(', ')}`,
    `  source: ${quoted('TODO: where the figures come from, for example SSDA903 return')}`,
    `  objective: ${objective} # the objective (id from objectives.yaml) it tracks`,
    `  lead: ${yamlList(lead)} # the role (id from roles.yaml) accountable for it`,
    `  counts_children: true # true when the figures count children: counts of 1 to ${site.policy.small_numbers.hide_counts_up_to} are then hidden`,
    `  frequency: quarterly # quarterly or annual`,
    '',
  ].join('\n');
}

/** One scorecard row: last year's target and tolerance carried over, and the first period to fill. */
function scorecardRowTemplate(
  indicator: Indicator,
  year: string,
  previous: ScorecardRow | undefined,
  site: Site,
): string[] {
  const period = indicator.frequency === 'annual' ? 'year' : 'Q1';
  const lines = [`  - indicator: ${indicator.id} # ${indicator.title} (${indicator.frequency}, ${indicator.polarity})`];
  if (indicator.polarity !== 'context only') {
    if (previous?.target !== undefined) lines.push(`    target: ${previous.target} # last year's target: check it`);
    else lines.push(`    # target: add this year's target here, in the indicator's units`);
    const tolerance = previous?.tolerance;
    if (tolerance?.points !== undefined) lines.push(`    tolerance: { points: ${tolerance.points} }`);
    if (tolerance?.percent !== undefined) lines.push(`    tolerance: { percent: ${tolerance.percent} }`);
  }
  lines.push(
    `    values:`,
    `      - period: ${period} # ${describePeriod(year, period, MONTHS.indexOf(site.policy.reporting_year_starts) + 1)}`,
    `        symbol: x # not available yet: replace with "value: <figure>", or numerator: and denominator:`,
  );
  if (indicator.frequency === 'quarterly')
    lines.push(`      # add Q2, Q3 and Q4 below as each quarter's figures come in`);
  const keys = site.comparators.map((comparator) => `${comparator.key}:`);
  if (keys.length > 0) {
    const listed = keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)!}`;
    lines.push(`    comparators: {} # add ${listed} once they are published`);
  }
  return lines;
}

/** What a scorecard year is made from: the indicators, the council's settings and the years before. */
export interface ScorecardBasis {
  site: Site;
  indicators: readonly Indicator[];
  scorecards: readonly { year: string; indicators: readonly ScorecardRow[] }[];
}

export function scorecardTemplate(content: ScorecardBasis, year: string, updated: string): string {
  const previousYear = [...content.scorecards].filter((s) => s.year < year).at(-1);
  return [
    `year: ${year}`,
    `updated: ${updated} # change to the date these figures are published`,
    `indicators:`,
    ...content.indicators.flatMap((indicator) =>
      scorecardRowTemplate(
        indicator,
        year,
        previousYear?.indicators.find((r) => r.indicator === indicator.id),
        content.site,
      ),
    ),
    '',
  ].join('\n');
}
