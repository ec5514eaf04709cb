/**
 * "How are we doing?" for the young-person edition: the same actions (and, where the scorecards
 * module gives them, the same figures) as the main edition, said in short friendly sentences. What
 * is done, what might be late and what is behind are named, each in the action's young-person words
 * (`young_people.title`), else in its own words with abbreviations written out: a child reading
 * "2 are behind" wants to know which two. Things going to plan or not started stay a count, so the
 * page stays short on a phone.
 */
import { words } from '../../i18n/index.ts';
import type { Action, GlossaryTerm } from '../../loader/model.ts';
import type { ActionStatus } from '../../schemas/actions.ts';
import { countWithStatus, type ActionTally } from '../actions.ts';
import { explainAbbreviations } from './abbreviations.ts';

const t = words.youngPeople.actionsInWords;

/** The statuses whose actions are named, not only counted. */
export const NAMED_STATUSES: ReadonlySet<ActionStatus> = new Set(['complete', 'at risk', 'off track']);

/** What the page needs of an action: its words, its young-person words and the state its status means. */
export type ActionForYoungPeople = Pick<Action, 'action' | 'status' | 'young_people'>;

export interface StatusInWords {
  /** "2 are done:" when it names them, "3 are going to plan." when it only counts them. */
  sentence: string;
  /** The things it counts, named in young people's words; empty where they are only counted. */
  things: string[];
}

export interface ActionsInWords {
  /** "We said we would do 8 things." */
  said: string;
  /** One short sentence per status that has any: "2 are done.", "1 is behind." */
  going: StatusInWords[];
}

export function actionsInWords(
  tally: ActionTally,
  actions: readonly ActionForYoungPeople[],
  glossary: readonly GlossaryTerm[],
  seen: Set<string>,
): ActionsInWords {
  if (tally.total === 0) return { said: t.nothingYet, going: [] };
  const said = t.said(tally.total);
  const named = (status: ActionStatus): string[] =>
    NAMED_STATUSES.has(status)
      ? actions
          .filter((a) => a.status === status)
          .map((a) => explainAbbreviations(a.young_people?.title ?? a.action, glossary, seen))
      : [];
  if (countWithStatus(tally, 'complete') === tally.total) {
    const things = named('complete');
    return { said, going: [{ sentence: t.allDone(tally.total, things.length > 0), things }] };
  }
  const going: StatusInWords[] = [];
  for (const [status, one, several] of t.statuses) {
    const count = countWithStatus(tally, status);
    if (count === 0) continue;
    const things = named(status);
    going.push({ sentence: t.line(count, one, several, things.length > 0), things });
  }
  return { said, going };
}
