/**
 * "How are we doing?" for the young-person edition: the same actions (and, where the scorecards
 * module gives them, the same figures) as the main edition, said in short friendly sentences.
 */
import { words } from '../../i18n/index.ts';
import { countWithStatus, type ActionTally } from '../actions.ts';

const t = words.youngPeople.actionsInWords;

export interface ActionsInWords {
  /** "We said we would do 8 things." */
  said: string;
  /** One short sentence per status that has any: "2 are done.", "1 is behind." */
  going: string[];
}

export function actionsInWords(tally: ActionTally): ActionsInWords {
  if (tally.total === 0) return { said: t.nothingYet, going: [] };
  const said = t.said(tally.total);
  if (countWithStatus(tally, 'complete') === tally.total) return { said, going: [t.allDone(tally.total)] };
  const going: string[] = [];
  for (const [status, one, several] of t.statuses) {
    const count = countWithStatus(tally, status);
    if (count > 0) going.push(t.line(count, one, several));
  }
  return { said, going };
}
