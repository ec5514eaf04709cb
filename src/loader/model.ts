/**
 * The content as pages receive it: validated, with every cross reference checked.
 * Types come from the schemas; this file only adds what the loader knows from file names.
 */
import type { AccessibilityStatement } from '../schemas/accessibility.ts';
import type { ActionRow } from '../schemas/actions.ts';
import type { Board } from '../schemas/board.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { ImportMapping } from '../schemas/imports.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { MeetingFile } from '../schemas/meetings.ts';
import type { Objective } from '../schemas/objectives.ts';
import type { AnnualReportFrontMatter, StrategyFrontMatter, YoungPeopleFrontMatter } from '../schemas/pages.ts';
import type { Role } from '../schemas/roles.ts';
import type { ScorecardFile } from '../schemas/scorecards.ts';
import type { Site } from '../schemas/site.ts';
import type { ProseTree } from '../markdown/pipeline.ts';

export type { AccessibilityStatement, ActionRow, Board, GlossaryTerm, Indicator, Objective, Role, ScorecardFile, Site };

/** An action plan row, with the objective its file belongs to. */
export interface Action extends ActionRow {
  objective: string;
  /** The file it is written in, for messages and "edit this page" links. */
  file: string;
}

/** A meeting; its id is its file name without `.yaml` (`2026-01-20-board`). */
export interface Meeting extends MeetingFile {
  id: string;
  file: string;
}

/** A scorecard year; `year` matches the file name. */
export interface Scorecard extends ScorecardFile {
  file: string;
}

/** An MDX page: validated front matter, and its body as the one tree the checks read and the pages render. */
export interface MdxPage<T> {
  /** File name without `.mdx`. */
  id: string;
  /** Path shown to editors, such as `content/young-people/promises.mdx`. */
  file: string;
  data: T;
  /** The body, parsed once by the loader (plain JSON, positions in the file): render it with <Prose>. */
  tree: ProseTree;
}

export type AnnualReport = MdxPage<AnnualReportFrontMatter>;
export type YoungPeoplePage = MdxPage<YoungPeopleFrontMatter>;
export type StrategyPage = MdxPage<StrategyFrontMatter>;

export interface Content {
  site: Site;
  strategy: StrategyPage;
  /** In number order. */
  objectives: Objective[];
  /** In objective order, then action number order (3.2 before 3.10). */
  actions: Action[];
  roles: Role[];
  board: Board;
  /** Oldest first. */
  meetings: Meeting[];
  /** Oldest year first. */
  annualReports: AnnualReport[];
  indicators: Indicator[];
  /** Oldest year first. */
  scorecards: Scorecard[];
  glossary: GlossaryTerm[];
  youngPeople: YoungPeoplePage[];
  accessibility: AccessibilityStatement;
  /** How `npm run import` reads the council's spreadsheets and statistics files, by name. */
  imports: SavedImport[];
}

/** `content/imports/<id>.yaml`: a saved import mapping. */
export type SavedImport = ImportMapping & { id: string; file: string };
