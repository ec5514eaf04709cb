/**
 * Rules over the whole content that run after the schemas and the cross-reference checks.
 * Each rule lives in its own file here and is listed below; a rule returns problems (errors or
 * warnings), each pinned to a file, line and column.
 */
import type { LoadedFiles } from '../load-content.ts';
import type { Problem } from '../problems.ts';
import { placeholdersLeft } from './placeholders.ts';
import { checkReadability } from './readability.ts';
import { smallNumbersInText } from './small-numbers.ts';
import { staleness } from './staleness.ts';
import { checkYoungPeopleAbbreviations } from './young-people-abbreviations.ts';
import { checkYoungPeopleAddresses } from './young-people-addresses.ts';

export interface RuleContext {
  /** The date the site is built as of (BUILD_DATE), for rules about what is overdue or stale. */
  today: Date;
}

export type ContentRule = (files: LoadedFiles, context: RuleContext) => Problem[];

export const CONTENT_RULES: ContentRule[] = [
  smallNumbersInText,
  checkReadability,
  checkYoungPeopleAbbreviations,
  checkYoungPeopleAddresses,
  staleness,
  placeholdersLeft,
];
