/**
 * Writes a synthetic council `scale` times the size of an example, for the benchmarks. It clones the
 * example's own files (copy 0 is the example unchanged): each objective gets `scale` times its actions
 * (renumbered) and indicators (renamed), and meetings are cloned. The objectives and the young people's
 * edition stay as they are.
 * Scorecards cover `years` reporting years: the newest is the example's newest (in progress), the
 * older ones cycle through the example's complete years, so every past year has all its figures and
 * the check prints no staleness warning for them. Roles, the board, the glossary and the strategy
 * stay as they are: a bigger council has more work, not more directors.
 * Copies are not verbatim: each clone's prose has about half its ordinary words swapped and its
 * numbers moved, and each cloned scorecard row's figures are scaled (see vary-text.ts), so page
 * weights and the search index are not flattered by repetition.
 * The result is checked with the site's own loader, so the benchmark never times invalid content.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadContent } from '../../src/loader/load-content.ts';
import { errorsIn, formatProblem, type Problem } from '../../src/loader/problems.ts';
import { smallCountsIn } from '../../src/loader/rules/small-numbers-words.ts';
import { randomFrom } from './random.ts';
import { scaleFigure, TextVariety } from './vary-text.ts';

type Data = Record<string, unknown>;

export interface CouncilSize {
  objectives: number;
  actions: number;
  indicators: number;
  meetings: number;
  scorecardYears: number;
  /** Warnings the check gives the generated council (the example's own, once per copy). */
  warnings: number;
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

/** Every prose field of the files cloned, the vocabulary of the varied copies. */
function proseOf(actionFiles: Data[], indicators: Data[], meetings: Data[], scorecards: Data[]): string[] {
  const strings = (items: unknown[], key: string) =>
    items.map((item) => (item as Data)[key]).filter((v) => typeof v === 'string');
  const actions = actionFiles.flatMap((file) => file['actions'] as Data[]);
  return [
    ...strings(actions, 'action'),
    ...strings(actions, 'outcome'),
    ...strings(
      actions.flatMap((a) => list(a['updates'])),
      'text',
    ),
    ...strings(indicators, 'title'),
    ...strings(indicators, 'definition'),
    ...strings(
      meetings.flatMap((m) => list(m['agenda'])),
      'title',
    ),
    ...strings(
      meetings.flatMap((m) => list(m['arising'])),
      'what',
    ),
    ...strings(
      scorecards.flatMap((c) => list(c['indicators'])),
      'commentary',
    ),
  ] as string[];
}

/** One scorecard row's figures, moved by one factor so that the row's trend keeps its shape. */
function scaleRow(row: Data, factor: number, percentage: boolean): Data {
  const values = list(row['values']).map((entry) => {
    const v = entry as Data;
    if (typeof v['numerator'] === 'number' && typeof v['denominator'] === 'number') {
      const denominator = Math.max(1, scaleFigure(v['denominator'], factor));
      return { ...v, numerator: Math.min(denominator, scaleFigure(v['numerator'], factor)), denominator };
    }
    if (typeof v['value'] === 'number')
      return { ...v, value: scaleFigure(v['value'], factor, percentage ? 100 : undefined) };
    return v;
  });
  return { ...row, values };
}

export function generateCouncil(exampleDir: string, outDir: string, scale: number, years: number): CouncilSize {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const from = (...parts: string[]) => path.join(exampleDir, ...parts);
  const to = (...parts: string[]) => path.join(outDir, ...parts);

  // Every top-level file the council has and this does not generate (site settings, the strategy,
  // roles, board, glossary, the accessibility statement…), so a new kind of file is never left out.
  const generated = new Set(['objectives.yaml', 'indicators.yaml']);
  for (const entry of readdirSync(exampleDir, { withFileTypes: true })) {
    if (entry.isFile() && !generated.has(entry.name)) copyFileSync(from(entry.name), to(entry.name));
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
  const meetingFiles = readdirSync(from('meetings')).map((file) => readYaml(from('meetings', file)) as Data);
  const sourceYears = readdirSync(from('scorecards')).sort();
  const scorecards = new Map(sourceYears.map((file) => [file, readYaml(from('scorecards', file)) as Data]));
  // The check's own reading of a count of children, with the example's threshold (5 unless its site.yaml says).
  const site = readYaml(from('site.yaml')) as { policy?: { small_numbers?: { hide_counts_up_to?: number } } };
  const smallCount = site.policy?.small_numbers?.hide_counts_up_to ?? 5;
  const variety = new TextVariety(
    proseOf(
      actionFiles.map((f) => f.data),
      indicators,
      meetingFiles,
      [...scorecards.values()],
    ),
    (text) => smallCountsIn(text, smallCount).length > 0,
  );
  /** Copy 0 is the example's own text; copy k says it differently, the same way on every run. */
  const vary = (k: number, seed: string, value: unknown): unknown =>
    k === 0 || typeof value !== 'string' ? value : variety.prose(value, `${k}:${seed}`);

  writeYaml(
    to('objectives.yaml'),
    objectives.map((o) => ({
      ...o,
      indicators: copies.flatMap((r) => list(o['indicators']).map((id) => r.indicator(String(id)))),
    })),
  );
  writeYaml(
    to('indicators.yaml'),
    copies.flatMap((r, k) =>
      indicators.map((i) => {
        const id = r.indicator(String(i['id']));
        return {
          ...i,
          id,
          title: vary(k, `${id}:title`, i['title']),
          definition: vary(k, `${id}:definition`, i['definition']),
        };
      }),
    ),
  );

  mkdirSync(to('actions'));
  let actionCount = 0;
  for (const { file, data } of actionFiles) {
    const actions = copies.flatMap((r, k) =>
      (data['actions'] as Data[]).map((a) => {
        const id = r.action(String(a['id']));
        return {
          ...a,
          id,
          action: vary(k, `${id}:action`, a['action']),
          outcome: vary(k, `${id}:outcome`, a['outcome']),
          indicators: list(a['indicators']).map((indicator) => r.indicator(String(indicator))),
          updates: list(a['updates']).map((u, i) => ({
            ...(u as Data),
            text: vary(k, `${id}:update ${i}`, (u as Data)['text']),
          })),
        };
      }),
    );
    actionCount += actions.length;
    writeYaml(to('actions', file), { ...data, actions });
  }

  // Meetings: copy k moves k days earlier, so every copy keeps a unique <date>-<body> file name.
  mkdirSync(to('meetings'));
  const usedNames = new Set<string>();
  for (const source of meetingFiles) {
    copies.forEach((r, k) => {
      let shift = -k;
      let date = shiftDate(String(source['date']), shift);
      while (usedNames.has(`${date}-${String(source['body'])}`)) date = shiftDate(String(source['date']), --shift);
      usedNames.add(`${date}-${String(source['body'])}`);
      const name = `${date}-${String(source['body'])}`;
      const agenda = (source['agenda'] as Data[]).map((item, i) => ({
        ...item,
        title: vary(k, `${name}:agenda ${i}`, item['title']),
        actions: list(item['actions']).map((id) => r.action(String(id))),
        indicators: list(item['indicators']).map((id) => r.indicator(String(id))),
      }));
      const arising = list(source['arising']).map((item, i) => {
        const row = item as Data;
        return {
          ...row,
          what: vary(k, `${name}:arising ${i}`, row['what']),
          due: shiftDate(String(row['due']), shift),
        };
      });
      writeYaml(to('meetings', `${date}-${String(source['body'])}.yaml`), { ...source, date, agenda, arising });
    });
  }

  // Scorecards: the latest `years` reporting years. The newest is the example's newest, in progress;
  // older years cycle through the example's complete ones, so no past year lacks a figure. Every row
  // that is not the example's own (another copy, or a year cycled round again) has its figures scaled
  // and its commentary varied.
  mkdirSync(to('scorecards'));
  const percentage = new Set(indicators.filter((i) => i['unit'] === 'percentage').map((i) => String(i['id'])));
  const newestFile = sourceYears.at(-1)!;
  const completeYears = sourceYears.slice(0, -1);
  const latest = Number(newestFile.slice(0, 4));
  for (let y = 0; y < years; y += 1) {
    const start = latest - y;
    const year = reportingYear(start);
    const sourceFile =
      y === 0 || completeYears.length === 0
        ? newestFile
        : completeYears[completeYears.length - 1 - ((y - 1) % completeYears.length)]!;
    const source = scorecards.get(sourceFile)!;
    const own = sourceFile.startsWith(year);
    const yearsBack = Number(sourceFile.slice(0, 4)) - start;
    writeYaml(to('scorecards', `${year}.yaml`), {
      ...source,
      year,
      updated: shiftDate(String(source['updated']), -365 * yearsBack - Math.floor(yearsBack / 4)),
      indicators: copies.flatMap((r, k) =>
        (source['indicators'] as Data[]).map((row) => {
          const indicator = String(row['indicator']);
          const renamed = { ...row, indicator: r.indicator(indicator) };
          if (k === 0 && own) return renamed;
          const seed = `${k}:${year}:${indicator}`;
          const factor = 0.85 + randomFrom(seed)() * 0.3;
          const scaled = scaleRow(renamed, factor, percentage.has(indicator));
          return typeof row['commentary'] === 'string'
            ? { ...scaled, commentary: variety.prose(row['commentary'], seed) }
            : scaled;
        }),
      ),
    });
  }

  // The young people's edition is copied as it is: its MDX is compiled from the project's own
  // content/young-people/ folder, so a page under a new name could not be built.
  mkdirSync(to('young-people'));
  for (const file of readdirSync(from('young-people')))
    copyFileSync(from('young-people', file), to('young-people', file));

  const problems = withoutCommentaryOnHiddenFigures(outDir);
  const errors = errorsIn(problems);
  const warnings = problems.length - errors.length;
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
    warnings,
  };
}

/** "the commentary on "staying-put-c1" says "ten", which is the size of the group in 2018-19, hidden as [c]…" */
const COMMENTARY_ON_HIDDEN = /^the commentary on "([^"]+)" says .* hidden as \[c\]/;

/**
 * The check's problems with the generated council, once cloned scorecard rows whose scaled figures
 * became small enough to hide have lost the commentary that states them ("fell to two" beside a
 * figure now [c]): the example's words were true of its own figures, not of the scaled ones.
 */
function withoutCommentaryOnHiddenFigures(outDir: string): Problem[] {
  for (;;) {
    const { problems } = loadContent(outDir, { parseCache: false });
    const rows = new Map<string, Set<string>>();
    for (const problem of errorsIn(problems)) {
      const indicator = COMMENTARY_ON_HIDDEN.exec(problem.message)?.[1];
      if (indicator === undefined || !problem.file.includes('/scorecards/')) continue;
      const file = path.join(outDir, 'scorecards', path.basename(problem.file));
      rows.set(file, (rows.get(file) ?? new Set()).add(indicator));
    }
    if (rows.size === 0) return problems;
    for (const [file, indicators] of rows) {
      const card = readYaml(file) as Data;
      card['indicators'] = (card['indicators'] as Data[]).map((row) =>
        indicators.has(String(row['indicator']))
          ? Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'commentary'))
          : row,
      );
      writeYaml(file, card);
    }
  }
}
