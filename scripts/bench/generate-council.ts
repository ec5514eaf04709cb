/**
 * Writes a synthetic council `scale` times the size of an example, for the benchmarks. It clones the
 * example's own files (copy 0 is the example unchanged): each objective gets `scale` times its actions
 * (renumbered) and indicators (renamed), and meetings are cloned. The objectives and the young people's
 * edition stay as they are.
 * Scorecards cover `years` reporting years, cycling through the example's. Roles, the board, the
 * glossary and the strategy stay as they are: a bigger council has more work, not more directors.
 * The result is checked with the site's own loader, so the benchmark never times invalid content.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadContent } from '../../src/loader/load-content.ts';
import { errorsIn, formatProblem } from '../../src/loader/problems.ts';

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

/** Renames for copy `k`; copy 0 keeps every name. Action 2.3 of copy 1 becomes 2.11 when objectives have 8. */
function renamer(k: number, actionStep: number) {
  return {
    indicator: (id: string) => (k === 0 ? id : `${id}-c${k}`),
    action: (id: string) => {
      const [objective, own] = id.split('.');
      return `${objective}.${Number(own) + k * actionStep}`;
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

  // The objectives stay: each young-person page explains one, and those pages are compiled from the
  // project's own content/young-people/. Each objective gets `scale` times the actions and indicators.
  const objectives = readYaml(from('objectives.yaml')) as Data[];
  const indicators = readYaml(from('indicators.yaml')) as Data[];
  const actionFiles = readdirSync(from('actions')).map((file) => ({
    file,
    data: readYaml(from('actions', file)) as Data,
  }));
  const actionStep = Math.max(
    ...actionFiles.flatMap(({ data }) => (data['actions'] as Data[]).map((a) => Number(String(a['id']).split('.')[1]))),
  );
  const copies = Array.from({ length: scale }, (_, k) => renamer(k, actionStep));

  writeYaml(
    to('objectives.yaml'),
    objectives.map((o) => ({
      ...o,
      indicators: copies.flatMap((r) => list(o['indicators']).map((id) => r.indicator(String(id)))),
    })),
  );
  writeYaml(
    to('indicators.yaml'),
    copies.flatMap((r) => indicators.map((i) => ({ ...i, id: r.indicator(String(i['id'])) }))),
  );

  mkdirSync(to('actions'));
  let actionCount = 0;
  for (const { file, data } of actionFiles) {
    const actions = copies.flatMap((r) =>
      (data['actions'] as Data[]).map((a) => ({
        ...a,
        id: r.action(String(a['id'])),
        indicators: list(a['indicators']).map((id) => r.indicator(String(id))),
      })),
    );
    actionCount += actions.length;
    writeYaml(to('actions', file), { ...data, actions });
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

  // The young people's edition is copied as it is: its MDX is compiled from the project's own
  // content/young-people/ folder, so a page under a new name could not be built.
  mkdirSync(to('young-people'));
  for (const file of readdirSync(from('young-people')))
    copyFileSync(from('young-people', file), to('young-people', file));

  const { problems } = loadContent(outDir);
  const errors = errorsIn(problems);
  if (errors.length > 0) {
    throw new Error(
      `The generated council at ${scale}x is not valid:\n${errors.slice(0, 20).map(formatProblem).join('\n')}`,
    );
  }
  return {
    objectives: objectives.length,
    actions: actionCount,
    indicators: indicators.length * scale,
    meetings: usedNames.size,
    scorecardYears: years,
  };
}
