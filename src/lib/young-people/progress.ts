/**
 * "How are we doing?" for the young-person edition: the same actions (and, where the scorecards
 * module gives them, the same figures) as the main edition, said in short friendly sentences.
 */
import { countWithStatus, type ActionTally } from '../actions.ts';
import type { ActionStatus } from '../../schemas/actions.ts';

/** How each status reads, for one thing and for several, in the order they are said. */
const STATUS_WORDS: [ActionStatus, string, string][] = [
  ['complete', 'is done', 'are done'],
  ['on track', 'is going to plan', 'are going to plan'],
  ['at risk', 'might be late', 'might be late'],
  ['off track', 'is behind', 'are behind'],
  ['not started', 'has not started yet', 'have not started yet'],
];

export interface ActionsInWords {
  /** "We said we would do 8 things." */
  said: string;
  /** One short sentence per status that has any: "2 are done.", "1 is behind." */
  going: string[];
}

export function actionsInWords(tally: ActionTally): ActionsInWords {
  if (tally.total === 0) return { said: 'We have not written down the things we will do for this yet.', going: [] };
  const said = `We said we would do ${tally.total === 1 ? '1 thing' : `${tally.total} things`}.`;
  if (countWithStatus(tally, 'complete') === tally.total) {
    return { said, going: [tally.total === 1 ? 'It is done.' : `All ${tally.total} are done.`] };
  }
  const going: string[] = [];
  for (const [status, one, several] of STATUS_WORDS) {
    const count = countWithStatus(tally, status);
    if (count > 0) going.push(`${count} ${count === 1 ? one : several}.`);
  }
  return { said, going };
}
