/**
 * Rules over the whole content, after each file has passed its schema: ids are unique, every
 * reference resolves, actions are numbered under their objective, figures make sense, and every
 * objective has a young-person page. A rule that needs a collection whose files failed their schema
 * is skipped, so one broken file does not bury the report in knock-on errors.
 */
import { CONTENT_TYPES, type ContentType } from './content-files.ts';
import type { LoadedFile, LoadedFiles } from './types.ts';
import { ProblemList } from './located.ts';
import type { Problem } from './problems.ts';
import type { PathSegment, SourceFile } from './source-file.ts';
import { didYouMean } from './suggest.ts';

type Key = keyof LoadedFiles;

/** Known ids of one collection, or undefined when a file of it failed (so references are not checked). */
type Known = Set<string> | undefined;

/** True when every file of a collection passed its schema (and a single-file type's file exists). */
function complete(files: LoadedFiles, key: Key): boolean {
  const single = (CONTENT_TYPES[key] as ContentType).single !== undefined;
  return (!single || files[key].length > 0) && files[key].every((f) => f.data !== undefined);
}

export function checkCrossReferences(files: LoadedFiles): Problem[] {
  const problems = new ProblemList();

  /** Reports a second use of `id`; `where` narrows the scope in the message (" in this row"). */
  const unique = (
    source: SourceFile,
    path: PathSegment[],
    kind: string,
    id: string,
    seen: Map<string, string>,
    where = '',
  ): void => {
    const previous = seen.get(id);
    if (previous !== undefined) {
      problems.at(
        source,
        path,
        `duplicate ${kind} "${id}"${where}: it is already used at ${previous}. Each ${kind} must be different${where}`,
      );
    } else {
      const { line, col } = source.locate(path);
      seen.set(id, `${source.file}:${line}:${col}`);
    }
  };

  const refer = (
    source: SourceFile,
    path: PathSegment[],
    what: string,
    file: string,
    id: string,
    known: Known,
  ): void => {
    if (!known || known.has(id)) return;
    problems.at(source, path, `unknown ${what} "${id}": no ${what} with that id in ${file}.${didYouMean(id, known)}`);
  };

  // Roles
  const roleSeen = new Map<string, string>();
  for (const f of files.roles) f.data?.forEach((role, i) => unique(f.source, [i, 'id'], 'role id', role.id, roleSeen));
  const roles: Known = complete(files, 'roles') ? new Set(roleSeen.keys()) : undefined;
  const roleRef = (source: SourceFile, path: PathSegment[], id: string): void =>
    refer(source, path, 'role', 'content/roles.yaml', id, roles);
  const roleRefs = (source: SourceFile, path: PathSegment[], ids: readonly string[]): void =>
    ids.forEach((id, i) => roleRef(source, [...path, ...(ids.length > 1 || isList(source, path) ? [i] : [])], id));

  // Objectives
  const objectiveSeen = new Map<string, string>();
  const numberSeen = new Map<string, string>();
  const objectiveNumbers = new Map<string, number>();
  for (const f of files.objectives) {
    f.data?.forEach((objective, i) => {
      unique(f.source, [i, 'id'], 'objective id', objective.id, objectiveSeen);
      unique(f.source, [i, 'number'], 'objective number', String(objective.number), numberSeen);
      objectiveNumbers.set(objective.id, objective.number);
    });
  }
  const objectives: Known = complete(files, 'objectives') ? new Set(objectiveSeen.keys()) : undefined;
  const objectiveRef = (source: SourceFile, path: PathSegment[], id: string): void =>
    refer(source, path, 'objective', 'content/objectives.yaml', id, objectives);

  // Indicators
  const indicatorSeen = new Map<string, string>();
  const indicatorInfo = new Map<string, { unit: string; polarity: string; frequency: string }>();
  for (const f of files.indicators) {
    f.data?.forEach((indicator, i) => {
      unique(f.source, [i, 'id'], 'indicator id', indicator.id, indicatorSeen);
      if (!indicatorInfo.has(indicator.id)) indicatorInfo.set(indicator.id, indicator);
      objectiveRef(f.source, [i, 'objective'], indicator.objective);
      roleRefs(f.source, [i, 'lead'], indicator.lead);
    });
  }
  const indicators: Known = complete(files, 'indicators') ? new Set(indicatorSeen.keys()) : undefined;
  const indicatorRef = (source: SourceFile, path: PathSegment[], id: string): void =>
    refer(source, path, 'indicator', 'content/indicators.yaml', id, indicators);

  for (const f of files.objectives) {
    f.data?.forEach((objective, i) => {
      roleRefs(f.source, [i, 'lead'], objective.lead);
      objective.indicators.forEach((id, j) => indicatorRef(f.source, [i, 'indicators', j], id));
    });
  }

  // Actions
  const actionSeen = new Map<string, string>();
  const actionFileFor = new Map<string, string>();
  for (const f of files.actions) {
    if (!f.data) continue;
    const { objective, actions } = f.data;
    objectiveRef(f.source, ['objective'], objective);
    const other = actionFileFor.get(objective);
    if (other) {
      problems.at(
        f.source,
        ['objective'],
        `objective "${objective}" already has its actions in ${other}: keep one file per objective`,
      );
    }
    actionFileFor.set(objective, f.source.file);
    const number = objectiveNumbers.get(objective);
    actions.forEach((action, i) => {
      unique(f.source, ['actions', i, 'id'], 'action number', action.id, actionSeen);
      if (number !== undefined && action.id.split('.')[0] !== String(number)) {
        problems.at(
          f.source,
          ['actions', i, 'id'],
          `action "${action.id}" is in the file for objective ${number} ("${objective}"), so its number must start with "${number}.", for example "${number}.${action.id.split('.')[1]}"`,
        );
      }
      roleRefs(f.source, ['actions', i, 'lead'], action.lead);
      action.indicators.forEach((id, j) => indicatorRef(f.source, ['actions', i, 'indicators', j], id));
    });
  }
  const actionIds: Known = complete(files, 'actions') ? new Set(actionSeen.keys()) : undefined;

  // Board
  const bodies = new Set(['board']);
  for (const f of files.board) {
    const board = f.data;
    if (!board) continue;
    roleRef(f.source, ['chair'], board.chair);
    if (board.vice_chair) roleRef(f.source, ['vice_chair'], board.vice_chair);
    board.membership.forEach((m, i) => m.role && roleRef(f.source, ['membership', i, 'role'], m.role));
    const subgroupSeen = new Map<string, string>([['board', 'the board itself']]);
    board.subgroups.forEach((s, i) => {
      unique(f.source, ['subgroups', i, 'id'], 'body id', s.id, subgroupSeen);
      roleRef(f.source, ['subgroups', i, 'chair'], s.chair);
      bodies.add(s.id);
    });
    if (board.next_review <= board.last_reviewed) {
      problems.at(
        f.source,
        ['next_review'],
        `next_review (${board.next_review}) must come after last_reviewed (${board.last_reviewed})`,
      );
    }
  }
  const bodiesKnown: Known = complete(files, 'board') ? bodies : undefined;

  // Meetings
  for (const f of files.meetings) {
    const meeting = f.data;
    if (!meeting) continue;
    refer(f.source, ['body'], 'body', 'content/board.yaml (use "board" or a sub-group id)', meeting.body, bodiesKnown);
    meeting.agenda.forEach((item, i) => {
      roleRefs(f.source, ['agenda', i, 'lead'], item.lead);
      item.actions.forEach((id, j) =>
        refer(f.source, ['agenda', i, 'actions', j], 'action', 'content/actions/', id, actionIds),
      );
      item.indicators.forEach((id, j) => indicatorRef(f.source, ['agenda', i, 'indicators', j], id));
    });
    meeting.arising.forEach((a, i) => roleRef(f.source, ['arising', i, 'owner'], a.owner));
  }

  // Scorecards
  for (const f of files.scorecards) {
    const card = f.data;
    if (!card) continue;
    if (card.year !== f.id) {
      problems.at(
        f.source,
        ['year'],
        `year "${card.year}" does not match the file name: rename the file to ${card.year}.yaml or correct the year`,
      );
    }
    const rowSeen = new Map<string, string>();
    card.indicators.forEach((row, i) => {
      unique(f.source, ['indicators', i, 'indicator'], 'indicator', row.indicator, rowSeen, ' in this scorecard');
      indicatorRef(f.source, ['indicators', i, 'indicator'], row.indicator);
      const info = indicatorInfo.get(row.indicator);
      if (!info) return;
      if (info.polarity === 'context only' && row.target !== undefined) {
        problems.at(
          f.source,
          ['indicators', i, 'target'],
          `"${row.indicator}" is a context-only indicator, so it has no target: remove the target`,
        );
      }
      if (row.tolerance && row.target === undefined) {
        problems.at(
          f.source,
          ['indicators', i, 'tolerance'],
          'a tolerance needs a target: add a target or remove the tolerance',
        );
      }
      const periodSeen = new Map<string, string>();
      row.values.forEach((entry, j) => {
        const at = ['indicators', i, 'values', j];
        unique(f.source, [...at, 'period'], 'period', entry.period, periodSeen, ' in this row');
        if (info.frequency === 'annual' && entry.period !== 'year') {
          problems.at(
            f.source,
            [...at, 'period'],
            `"${row.indicator}" is reported yearly, so its period must be "year", not "${entry.period}"`,
          );
        }
        if (info.frequency === 'quarterly' && entry.period === 'year') {
          problems.at(
            f.source,
            [...at, 'period'],
            `"${row.indicator}" is reported quarterly, so its period must be Q1, Q2, Q3 or Q4, not "year"`,
          );
        }
        checkFigure(problems, f.source, at, row.indicator, info.unit, entry);
      });
      if (info.unit === 'percentage') {
        for (const [name, value] of Object.entries({ target: row.target, ...row.comparators })) {
          if (value !== undefined && (value < 0 || value > 100)) {
            const path = name === 'target' ? ['indicators', i, 'target'] : ['indicators', i, 'comparators', name];
            problems.at(f.source, path, `${name} ${value} is not a percentage: it must be between 0 and 100`);
          }
        }
      }
    });
  }

  // Annual reports
  for (const f of files.annualReports) {
    if (f.data && f.data.year !== f.id) {
      problems.at(
        f.source,
        ['year'],
        `year "${f.data.year}" does not match the file name: rename the file to ${f.data.year}.mdx or correct the year`,
      );
    }
  }

  // Young people's pages: one per objective, exactly one home page.
  const pageFor = new Map<string, string>();
  const homes: LoadedFile<'youngPeople'>[] = [];
  const slugSeen = new Map<string, string>();
  for (const f of files.youngPeople) {
    const page = f.data;
    if (!page) continue;
    unique(f.source, page.slug ? ['slug'] : ['title'], 'young-person page address', page.slug ?? f.id, slugSeen);
    if (page.kind === 'home') homes.push(f);
    if (page.objective) {
      objectiveRef(f.source, ['objective'], page.objective);
      const other = pageFor.get(page.objective);
      if (other)
        problems.at(f.source, ['objective'], `objective "${page.objective}" already has a young-person page: ${other}`);
      pageFor.set(page.objective, f.source.file);
    }
  }
  if (complete(files, 'youngPeople')) {
    if (homes.length > 1) {
      for (const f of homes.slice(1))
        problems.at(
          f.source,
          ['kind'],
          `only one young-person page can be the home page; ${homes[0]!.source.file} already is`,
        );
    }
    for (const f of files.objectives) {
      f.data?.forEach((objective, i) => {
        if (!pageFor.has(objective.id)) {
          problems.at(
            f.source,
            [i, 'id'],
            `objective "${objective.id}" has no young-person page: add content/young-people/${objective.id}.mdx with kind: objective and objective: ${objective.id}`,
          );
        }
      });
    }
  }

  // Glossary
  const termSeen = new Map<string, string>();
  const abbreviationSeen = new Map<string, string>();
  for (const f of files.glossary) {
    f.data?.forEach((entry, i) => {
      unique(f.source, [i, 'term'], 'glossary term', entry.term.toLowerCase(), termSeen);
      if (entry.abbreviation)
        unique(f.source, [i, 'abbreviation'], 'abbreviation', entry.abbreviation, abbreviationSeen);
    });
  }

  // Site
  for (const f of files.site) {
    if (f.data && f.data.strategy.to < f.data.strategy.from) {
      problems.at(
        f.source,
        ['strategy', 'to'],
        `the strategy cannot end (${f.data.strategy.to}) before it starts (${f.data.strategy.from})`,
      );
    }
  }

  return problems.items;
}

/** A lead written as a list points at each item; a single lead points at the field. */
function isList(source: SourceFile, path: PathSegment[]): boolean {
  let value: unknown = source.data;
  for (const segment of path) value = (value as Record<PathSegment, unknown> | undefined)?.[segment];
  return Array.isArray(value);
}

function checkFigure(
  problems: ProblemList,
  source: SourceFile,
  at: PathSegment[],
  indicator: string,
  unit: string,
  entry: { value?: number | undefined; numerator?: number | undefined; denominator?: number | undefined },
): void {
  if (entry.numerator !== undefined && entry.denominator !== undefined) {
    if (entry.denominator > 0 && entry.numerator > entry.denominator) {
      problems.at(
        source,
        [...at, 'numerator'],
        `numerator ${entry.numerator} is more than denominator ${entry.denominator}: the part cannot be bigger than the whole`,
      );
    }
    if (entry.denominator === 0) {
      problems.at(
        source,
        [...at, 'denominator'],
        'denominator is 0: a percentage of no children cannot be worked out; use symbol: z (not applicable)',
      );
    }
    if (unit !== 'percentage') {
      problems.at(
        source,
        [...at, 'numerator'],
        `"${indicator}" is measured in ${unit}, not as a percentage: give a value instead of a numerator and denominator`,
      );
    }
  }
  const value = entry.value;
  if (value === undefined) return;
  if (unit === 'percentage' && (value < 0 || value > 100)) {
    problems.at(source, [...at, 'value'], `${value} is not a percentage: it must be between 0 and 100`);
  } else if (unit === 'count' && (!Number.isInteger(value) || value < 0)) {
    problems.at(source, [...at, 'value'], `${value} is not a count: counts are whole numbers, 0 or more`);
  } else if (value < 0) {
    problems.at(source, [...at, 'value'], `${value} cannot be negative for a figure in ${unit}`);
  }
}
