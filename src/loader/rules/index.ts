/**
 * Rules over the whole content that run after the schemas and the cross-reference checks.
 * Each rule lives in its own file here and is listed below; a rule returns problems (errors or
 * warnings), each pinned to a file, line and column.
 */
import type { ContentRule } from '../types.ts';
import { mdxSafety } from './mdx-safety.ts';
import { placeholdersLeft } from './placeholders.ts';
import { checkReadability } from './readability.ts';
import { smallNumbersInText } from './small-numbers.ts';
import { staleness } from './staleness.ts';
import { checkYoungPeopleAbbreviations } from './young-people-abbreviations.ts';
import { checkYoungPeopleAddresses } from './young-people-addresses.ts';

export const CONTENT_RULES: readonly ContentRule[] = [
  { id: 'mdx-safety', needs: [], run: mdxSafety },
  { id: 'small-numbers-in-text', needs: [], run: smallNumbersInText },
  { id: 'readability', needs: [], run: checkReadability },
  { id: 'young-people-abbreviations', needs: [], run: checkYoungPeopleAbbreviations },
  { id: 'young-people-addresses', needs: [], run: checkYoungPeopleAddresses },
  { id: 'staleness', needs: [], run: staleness },
  { id: 'placeholders', needs: [], run: placeholdersLeft },
];
