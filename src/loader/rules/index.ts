/**
 * Rules over the whole content, run after every file has been through its schema (rules about one
 * file alone are in its schema, in src/schemas/). Each rule lives in its own file here and is listed
 * below; a rule returns problems (errors or warnings), each pinned to a file, line and column.
 */
import type { ContentRule } from '../types.ts';
import { actionNumberPrefix } from './action-number-prefix.ts';
import { actionStatuses } from './action-statuses.ts';
import { oneActionsFilePerObjective } from './actions-files.ts';
import { indicatorReferences } from './indicator-references.ts';
import { accentContrast } from './accent-contrast.ts';
import { futureDates } from './future-dates.ts';
import { hiddenFiguresInCommentary } from './hidden-figures-in-commentary.ts';
import { logoFile } from './logo-file.ts';
import { meetingActions } from './meeting-actions.ts';
import { meetingBodies } from './meeting-bodies.ts';
import { meetingFileNames } from './meeting-file-names.ts';
import { objectiveReferences } from './objective-references.ts';
import { roleReferences } from './role-references.ts';
import { successMeasures } from './success-measures.ts';
import { scorecardComparators } from './scorecard-comparators.ts';
import { scorecardFigures } from './scorecard-figures.ts';
import { scorecardPeriods } from './scorecard-periods.ts';
import { uniqueActionNumbers } from './unique-action-numbers.ts';
import { yearsMatchFileNames } from './years-match-file-names.ts';
import { youngPeopleCoverage } from './young-people-coverage.ts';
import { youngPeoplePages } from './young-people-pages.ts';
import { youngPeopleHome } from './young-people-home.ts';
import { youngPeopleActionWords } from './young-people-action-words.ts';
import { internalLinks } from './internal-links.ts';
import { mdxSafety } from './mdx-safety.ts';
import { otherCouncils } from './other-councils.ts';
import { personalData } from './personal-data.ts';
import { placeholdersLeft } from './placeholders.ts';
import { checkReadability } from './readability.ts';
import { smallNumbersInText } from './small-numbers.ts';
import { staleness } from './staleness.ts';
import { checkYoungPeopleAbbreviations } from './young-people-abbreviations.ts';
import { checkYoungPeopleAddresses } from './young-people-addresses.ts';

export const CONTENT_RULES: readonly ContentRule[] = [
  // References between files.
  roleReferences,
  objectiveReferences,
  indicatorReferences,
  meetingBodies,
  meetingActions,
  // Numbering and file names.
  oneActionsFilePerObjective,
  uniqueActionNumbers,
  actionNumberPrefix,
  actionStatuses,
  yearsMatchFileNames,
  meetingFileNames,
  // Figures against their indicators.
  scorecardPeriods,
  scorecardFigures,
  scorecardComparators,
  // The young-person edition.
  youngPeoplePages,
  youngPeopleHome,
  youngPeopleCoverage,
  youngPeopleActionWords,
  // Links in MDX to pages the site will not have.
  internalLinks,
  // Safety, privacy and quality.
  logoFile,
  accentContrast,
  futureDates,
  { id: 'mdx-safety', needs: [], run: mdxSafety },
  { id: 'small-numbers-in-text', needs: ['site'], run: smallNumbersInText },
  hiddenFiguresInCommentary,
  personalData,
  otherCouncils,
  { id: 'readability', needs: ['site'], run: checkReadability },
  { id: 'young-people-abbreviations', needs: [], run: checkYoungPeopleAbbreviations },
  { id: 'young-people-addresses', needs: [], run: checkYoungPeopleAddresses },
  { id: 'staleness', needs: ['site'], run: staleness },
  { id: 'placeholders', needs: [], run: placeholdersLeft },
  successMeasures,
];
