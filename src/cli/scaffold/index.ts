/**
 * `npm run new -- <type>`: starts a new action, meeting, indicator, scorecard year or young-person
 * page from a filled-in skeleton with the next free id, so that an editor never starts from a blank
 * file. Files are created (with their folder), or items added to the end of a list; nothing is ever
 * overwritten. It works on incomplete content: each type needs only the files it reads (basis.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { followingYear, isoDateProblem, MONTHS, toIsoDate, yearLabel } from '../../lib/calendar/index.ts';
import { need, ScaffoldError, underContent, type ScaffoldBasis } from './basis.ts';
import { youngPeopleHomePage, youngPeopleObjectivePage } from './council-templates.ts';
import { actionTemplate, indicatorTemplate, meetingTemplate, scorecardTemplate } from './templates.ts';
import { appendToList, placeholdersIn } from './yaml-text.ts';

export { ScaffoldError, type ScaffoldBasis } from './basis.ts';

export const SCAFFOLD_TYPES = ['action', 'meeting', 'indicator', 'scorecard', 'young-person'] as const;
export type ScaffoldType = (typeof SCAFFOLD_TYPES)[number];

export const USAGE = [
  'npm run new -- action <objective id or number>     add the next action to that objective',
  'npm run new -- meeting <YYYY-MM-DD> [body]         a meeting of the board, or of a sub-group by its id',
  'npm run new -- indicator [id]                      a new indicator at the end of indicators.yaml',
  'npm run new -- scorecard [year]                    the next scorecard year, with every indicator',
  "npm run new -- young-person <objective id>         an objective's page in the young-person edition",
  "npm run new -- young-person home                   the young-person edition's home page",
].join('\n');

export interface Scaffolded {
  /** Absolute path of the file written. */
  file: string;
  /** The path as the check shows it: `content/actions/stable-homes.yaml`. */
  shown: string;
  /** "Created" or "Added action 1.3 to". */
  what: string;
  /** The line the new item starts on. */
  line: number;
  /** Placeholders the editor must replace, with their positions. */
  todo: { line: number; col: number; field: string }[];
}

interface Plan {
  relative: string;
  what: string;
  /** New file text, or a function from the existing file's text to the new text and the item's line. */
  text: string | ((old: string) => { text: string; line: number });
}

function objectiveFor(content: ScaffoldBasis, key: string | undefined, forWhat: string) {
  const objectives = need(content, 'objectives', forWhat);
  const names = objectives.map((o) => `${o.number} (${o.id})`).join(', ');
  if (!key) throw new ScaffoldError(`say which objective the action is for, by id or number: ${names}`);
  const objective = objectives.find((o) => o.id === key || String(o.number) === key);
  if (!objective) throw new ScaffoldError(`there is no objective "${key}": use one of ${names}`);
  return objective;
}

/**
 * A new action, written the way its objective's file already writes them: the next number when the
 * file numbers its actions with ids ("1.3"), a reference to fill in when it uses the council's own
 * references, neither when the plan does not number them (its address then comes from its place,
 * and it is added at the end so that no earlier address moves).
 */
function planAction(content: ScaffoldBasis, args: string[]): Plan {
  const objective = objectiveFor(content, args[0], 'a new action');
  const site = need(content, 'site', 'a new action');
  const rows = content.actions.filter((a) => a.objective === objective.id);
  const numbered = rows.length === 0 || rows.some((a) => a.writtenId !== undefined && /^\d+\.\d+$/.test(a.writtenId));
  const referenced = !numbered && rows.some((a) => a.ref !== undefined);
  const numbers = rows.flatMap((a) => (a.writtenId === undefined ? [] : [Number(a.writtenId.split('.')[1]) || 0]));
  const id = numbered ? `${objective.number}.${Math.max(0, ...numbers) + 1}` : undefined;
  const item = actionTemplate({
    id,
    ref: referenced,
    lead: objective.lead,
    timescale: `${site.strategy.to}-03`,
    statuses: site.action_plan.statuses.map((s) => s.label),
  });
  const name = id === undefined ? 'an action' : `action ${id}`;
  const relative = `actions/${objective.id}.yaml`;
  const existing = rows[0]?.file;
  if (existing) {
    return {
      relative: underContent(existing),
      what: `Added ${name} to`,
      text: (old) => appendToList(old, ['actions'], item),
    };
  }
  return {
    relative,
    what: `Created ${name} in`,
    text: `objective: ${objective.id}\nactions:\n${item.replace(/^/gm, '  ').replace(/ +$/, '')}`,
  };
}

function planMeeting(content: ScaffoldBasis, args: string[]): Plan {
  const [date, body = 'board'] = args;
  if (!date) throw new ScaffoldError('say the date of the meeting, as YYYY-MM-DD: npm run new -- meeting 2027-01-19');
  const problem = isoDateProblem(date);
  if (problem) throw new ScaffoldError(problem);
  const board = need(content, 'board', 'a new meeting');
  const bodies = ['board', ...board.subgroups.map((s) => s.id)];
  if (!bodies.includes(body))
    throw new ScaffoldError(
      `there is no body "${body}": use board or a sub-group id from board.yaml: ${bodies.join(', ')}`,
    );
  const chair = body === 'board' ? board.chair : board.subgroups.find((s) => s.id === body)!.chair;
  return { relative: `meetings/${date}-${body}.yaml`, what: 'Created', text: meetingTemplate(date, body, chair) };
}

function planIndicator(content: ScaffoldBasis, args: string[]): Plan {
  const indicators = need(content, 'indicators', 'a new indicator');
  const objectives = need(content, 'objectives', 'a new indicator');
  const site = need(content, 'site', 'a new indicator');
  const taken = new Set(indicators.map((i) => i.id));
  let id = args[0];
  if (id && taken.has(id)) throw new ScaffoldError(`there is already an indicator "${id}": choose another id`);
  if (id && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new ScaffoldError(
      `"${id}" cannot be an id: use lower-case letters, digits and single hyphens, for example care-leavers-eet`,
    );
  }
  for (let n = 1; !id; n++) if (!taken.has(`new-indicator-${n}`)) id = `new-indicator-${n}`;
  const objective = objectives[0]!;
  const item = indicatorTemplate(id, objective.id, objective.lead, site);
  return { relative: 'indicators.yaml', what: `Added indicator ${id} to`, text: (old) => appendToList(old, [], item) };
}

function planScorecard(content: ScaffoldBasis, args: string[], today: Date): Plan {
  const site = need(content, 'site', 'a new scorecard');
  const indicators = need(content, 'indicators', 'a new scorecard');
  const newest = content.scorecards.at(-1)?.year;
  // The reporting year today falls in, by the month the council's years start.
  const thisYear = (): string => {
    const startMonth = MONTHS.indexOf(site.policy.reporting_year_starts) + 1;
    const y = today.getUTCMonth() + 1 >= startMonth ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
    return yearLabel(y);
  };
  const year = args[0] ?? (newest ? followingYear(newest) : thisYear());
  if (
    !/^\d{4}-\d{2}$/.test(year) ||
    followingYear(year).slice(0, 4) !== String(Number(year.slice(0, 4)) + 1) ||
    Number(year.slice(5)) !== (Number(year.slice(0, 4)) + 1) % 100
  ) {
    throw new ScaffoldError(`"${year}" is not a reporting year: write it like 2026-27`);
  }
  return {
    relative: `scorecards/${year}.yaml`,
    what: 'Created',
    text: scorecardTemplate({ site, indicators, scorecards: content.scorecards }, year, toIsoDate(today)),
  };
}

/** A young-person page: an objective's (by id or number), or the edition's home page ("home"). */
function planYoungPerson(content: ScaffoldBasis, args: string[]): Plan {
  const [key] = args;
  const objectives = content.objectives ?? [];
  const isObjective = objectives.some((o) => o.id === key || String(o.number) === key);
  if (key === 'home' && !isObjective) {
    const home = content.youngPeople.find((p) => p.data.kind === 'home');
    if (home) throw new ScaffoldError(`the young-person edition already has its home page: ${home.file}`);
    return { relative: 'young-people/index.mdx', what: 'Created', text: youngPeopleHomePage() };
  }
  const objective = objectiveFor(content, key, 'a young-person page');
  const page = content.youngPeople.find((p) => p.data.objective === objective.id);
  if (page) throw new ScaffoldError(`objective "${objective.id}" already has its young-person page: ${page.file}`);
  return {
    relative: `young-people/${objective.id}.mdx`,
    what: 'Created',
    text: youngPeopleObjectivePage(objective.id, objective.number),
  };
}

/** Works out the scaffold and writes it under `contentDir`. */
export function scaffold(
  content: ScaffoldBasis,
  contentDir: string,
  type: string,
  args: string[],
  today: Date,
): Scaffolded {
  let plan: Plan;
  if (type === 'action') plan = planAction(content, args);
  else if (type === 'meeting') plan = planMeeting(content, args);
  else if (type === 'indicator') plan = planIndicator(content, args);
  else if (type === 'scorecard') plan = planScorecard(content, args, today);
  else if (type === 'young-person') plan = planYoungPerson(content, args);
  else throw new ScaffoldError(`"${type}" is not something npm run new can start. Use one of:\n${USAGE}`);

  const file = path.join(contentDir, plan.relative);
  const shown = `${path.basename(path.resolve(contentDir))}/${plan.relative}`;
  let text: string;
  let line = 1;
  if (typeof plan.text === 'string') {
    if (existsSync(file)) throw new ScaffoldError(`${shown} already exists: open it and edit it instead`);
    text = plan.text;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
  } else {
    const old = readFileSync(file, 'utf8');
    ({ text, line } = plan.text(old));
    writeFileSync(file, text);
  }
  const todo = placeholdersIn(text).filter((p) => p.line >= line);
  return { file, shown, what: plan.what, line, todo };
}
