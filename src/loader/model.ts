/**
 * The content as pages receive it: validated, with every cross reference checked.
 * Types come from the schemas; this file only adds what the loader knows from file names.
 */
import type { AccessibilityStatement } from '../schemas/accessibility.ts';
import type { ActionRow, ActionStatus, ProgressUpdate as ProgressUpdateRow } from '../schemas/actions.ts';
import type { StatusLabel } from '../schemas/site-action-plan.ts';
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

/** A status as the council wrote it, with the state it stands for on the council's scale. */
export interface ReportedStatus {
  /** The state the site reasons with. */
  status?: ActionStatus | undefined;
  /** The council's label for it (site.yaml's `action_plan.statuses`), undefined when none is reported. */
  statusLabel?: StatusLabel | undefined;
}

/** A progress update, its status (if it gave one) read on the council's scale. */
export type ProgressUpdate = Omit<ProgressUpdateRow, 'status'> & ReportedStatus;

/**
 * An action plan row, with the objective its file belongs to. Its `id` is its key (lib/action-plan/
 * keys.ts: the id written, else its reference, else "objective number.position"); its status is the
 * one written on the row, else the newest update's, read on the council's scale.
 */
export interface Action extends Omit<ActionRow, 'id' | 'status' | 'updates'>, ReportedStatus {
  id: string;
  /** The `id` as the file writes it, when it does. */
  writtenId?: string | undefined;
  /** Its place among its objective's actions, from 1, in file order. */
  position: number;
  objective: string;
  /** The file it is written in, for messages and "edit this page" links. */
  file: string;
  updates: ProgressUpdate[];
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
  /** In objective order, then in the order their file lists them. */
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
