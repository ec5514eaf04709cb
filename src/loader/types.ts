/**
 * The loader's shared types, in a leaf module so that the loader, its rules and its callers can
 * all import them without importing each other (no import cycles).
 */
import type { z } from 'zod';
import type { Policy } from '../schemas/site-policy.ts';
import type { CONTENT_TYPES } from './content-files.ts';
import type { ParseCache } from './parse-cache.ts';
import type { Problem } from './problems.ts';
import type { SourceFile } from './source-file.ts';

export type TypeKey = keyof typeof CONTENT_TYPES;
export type Parsed<K extends TypeKey> = z.infer<(typeof CONTENT_TYPES)[K]['schema']>;

/** One file's validated data (undefined when it failed) and its source, for locating problems. */
export interface LoadedFile<K extends TypeKey> {
  type: K;
  source: SourceFile;
  /** File name without extension. */
  id: string;
  data: Parsed<K> | undefined;
}

export type LoadedFiles = { [K in TypeKey]: LoadedFile<K>[] };

export interface RuleContext {
  /** The date the site is built as of (BUILD_DATE), for rules about what is overdue or stale. */
  today: Date;
  /**
   * The council's policy from site.yaml: thresholds, periods and the month its reporting year
   * starts. A rule that reads it lists 'site' in `needs`, so that it never judges a council by
   * defaults its own (broken) site.yaml would have changed.
   */
  policy: Policy;
  /** The folder published as it is, where the logo must be. */
  publicDir: string;
  /** Where rules that read one file at a time keep what they found in it (file-findings.ts); none when off. */
  cache?: ParseCache | undefined;
}

/**
 * A rule over the whole content, run after every file has been through its schema.
 * `needs` names the content types whose files must all have passed their schemas (and, for a
 * single-file type, exist): otherwise the rule is skipped, so one broken file does not bury the
 * report in knock-on errors.
 */
export interface ContentRule {
  /** A short name, for tests and for reading the list of rules. */
  id: string;
  needs: readonly TypeKey[];
  run: (files: LoadedFiles, context: RuleContext) => Problem[];
}
