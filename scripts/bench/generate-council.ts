/**
 * Writes a synthetic council `scale` times the size of an example, for the benchmarks. It clones the
 * example's own files (copy 0 is the example unchanged), renaming what must stay unique: objectives,
 * their action numbers, indicators, meetings and the young-person pages that explain an objective.
 * Scorecards cover `years` reporting years, cycling through the example's. Roles, the board, the
 * glossary and the strategy stay as they are: a bigger council has more work, not more directors.
 * The result is checked with the site's own loader, so the benchmark never times invalid content.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadContent } from '../../src/content/load-content.ts';
import { errorsIn, formatProblem } from '../../src/content/problems.ts';

type Data = Record<string, unknown>;

export interface CouncilSize {
  objectives: number;
  actions: number;
  indicators: number;
  meetings: number;
  scorecardYears: number;
}

const readYaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));
const writeYaml = (file: string, data: unknown): void =>
  writeFileSync(file, stringify(data, { lineWidth: 0, aliasDuplicateObjects: false }));

function splitMdx(source: string): { front: Data; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('an MDX file without front matter');
  return { front: parse(match[1]!) as Data, body: match[2]! };
}
const joinMdx = (front: Data, body: string): string =>
  `---\n${stringify(front, { lineWidth: 0, aliasDuplicateObjects: false }).trimEnd()}\n---\n${body}`;

/** Renames for copy `k`; copy 0 keeps every name. */
function renamer(k: number, objectiveStep: number) {
  const suffix = (id: string) => (k === 0 ? id : `${id}-c${k}`);
  return {
    objective: suffix,
    indicator: suffix,
    objectiveNumber: (n: number) => n + k * objectiveStep,
    action: (id: string) => {
      const [objective, own] = id.split('.');
      return `${Number(objective) + k * objectiveStep}.${own}`;
    },
  };
}

function shiftDate(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function reportingYear(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

export function generateCouncil(exampleDir: string, outDir: string, scale: number, years: number): CouncilSize {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const from = (...parts: string[]) => path.join(exampleDir, ...parts);
  const to = (...parts: string[]) => path.join(outDir, ...parts);

  for (const file of ['site.yaml', 'strategy.mdx', 'roles.yaml', 'board.yaml', 'glossary.yaml']) {
    copyFileSync(from(file), to(file));
  }
  mkdirSync(to('annual-reports'));
  for (const file of readdirSync(from('annual-reports')))
    copyFileSync(from('annual-reports', file), to('annual-reports', file));

  const objectives = readYaml(from('objectives.yaml')) as Data[];
  const objectiveStep = Math.max(...objectives.map((o) => Number(o['number'])));
  const indicators = readYaml(from('indicators.yaml')) as Data[];
  const copies = Array.from({ length: scale }, (_, k) => renamer(k, objectiveStep));

  writeYaml(
    to('objectives.yaml'),
    copies.flatMap((r) =>
      objectives.map((o) => ({
        ...o,
        id: r.objective(String(o['id'])),
        number: r.objectiveNumber(Number(o['number'])),
        indicators: list(o['indicators']).map((id) => r.indicator(String(id))),
      })),
    ),
  );
  writeYaml(
    to('indicators.yaml'),
    copies.flatMap((r) =>
      indicators.map((i) => ({
        ...i,
        id: r.indicator(String(i['id'])),
        objective: r.objective(String(i['objective'])),
      })),
    ),
  );

  mkdirSync(to('actions'));
  let actionCount = 0;
  for (const file of readdirSync(from('actions'))) {
    const source = readYaml(from('actions', file)) as Data;
    copies.forEach((r, k) => {
      const actions = (source['actions'] as Data[]).map((a) => ({
        ...a,
        id: r.action(String(a['id'])),
        indicators: list(a['indicators']).map((id) => r.indicator(String(id))),
      }));
      actionCount += actions.length;
      const name = k === 0 ? file : file.replace(/\.yaml$/, `-c${k}.yaml`);
      writeYaml(to('actions', name), { objective: r.objective(String(source['objective'])), actions });
    });
  }

  // Meetings: copy k moves k days earlier, so every copy keeps a unique <date>-<body> file name.
  mkdirSync(to('meetings'));
  const usedNames = new Set<string>();
  for (const file of readdirSync(from('meetings'))) {
    const source = readYaml(from('meetings', file)) as Data;
    copies.forEach((r, k) => {
      let shift = -k;
      let date = shiftDate(String(source['date']), shift);
      while (usedNames.has(`${date}-${String(source['body'])}`)) date = shiftDate(String(source['date']), --shift);
      usedNames.add(`${date}-${String(source['body'])}`);
      const agenda = (source['agenda'] as Data[]).map((item) => ({
        ...item,
        actions: list(item['actions']).map((id) => r.action(String(id))),
        indicators: list(item['indicators']).map((id) => r.indicator(String(id))),
      }));
      const arising = list(source['arising']).map((item) => {
        const row = item as Data;
        return { ...row, due: shiftDate(String(row['due']), shift) };
      });
      writeYaml(to('meetings', `${date}-${String(source['body'])}.yaml`), { ...source, date, agenda, arising });
    });
  }

  // Scorecards: the latest `years` reporting years, each cloned from the example's years in turn.
  mkdirSync(to('scorecards'));
  const sourceYears = readdirSync(from('scorecards')).sort();
  const latest = Number(sourceYears.at(-1)!.slice(0, 4));
  for (let y = 0; y < years; y += 1) {
    const start = latest - y;
    const sourceFile = sourceYears[sourceYears.length - 1 - (y % sourceYears.length)]!;
    const source = readYaml(from('scorecards', sourceFile)) as Data;
    const yearsBack = Number(sourceFile.slice(0, 4)) - start;
    writeYaml(to('scorecards', `${reportingYear(start)}.yaml`), {
      ...source,
      year: reportingYear(start),
      updated: shiftDate(String(source['updated']), -365 * yearsBack - Math.floor(yearsBack / 4)),
      indicators: copies.flatMap((r) =>
        (source['indicators'] as Data[]).map((row) => ({ ...row, indicator: r.indicator(String(row['indicator'])) })),
      ),
    });
  }

  mkdirSync(to('young-people'));
  for (const file of readdirSync(from('young-people'))) {
    const { front, body } = splitMdx(readFileSync(from('young-people', file), 'utf8'));
    if (front['kind'] !== 'objective') {
      copyFileSync(from('young-people', file), to('young-people', file));
      continue;
    }
    copies.forEach((r, k) => {
      const name = k === 0 ? file : file.replace(/\.mdx$/, `-c${k}.mdx`);
      const page = {
        ...front,
        objective: r.objective(String(front['objective'])),
        ...(k > 0 && front['slug'] ? { slug: `${String(front['slug'])}-c${k}` } : {}),
      };
      writeFileSync(to('young-people', name), joinMdx(page, body));
    });
  }

  const { problems } = loadContent(outDir);
  const errors = errorsIn(problems);
  if (errors.length > 0) {
    throw new Error(
      `The generated council at ${scale}x is not valid:\n${errors.slice(0, 20).map(formatProblem).join('\n')}`,
    );
  }
  return {
    objectives: objectives.length * scale,
    actions: actionCount,
    indicators: indicators.length * scale,
    meetings: usedNames.size,
    scorecardYears: years,
  };
}
