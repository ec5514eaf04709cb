/**
 * `words:` in `content/site.yaml`: the council's own names for things the site shows everywhere.
 * Every field has a default, so a council that calls its priorities "objectives" and is happy with
 * the usual navigation leaves the whole block out.
 */
import { z } from 'zod';
import { text } from './common.ts';

/** How a strategy's objectives are written: as aims, or as pledges to the child in the council's voice. */
export const OBJECTIVE_VOICES = ['about', 'to the child'] as const;

/** A word as it reads in the middle of a sentence; the site capitalises it where a sentence or label starts. */
const word = text.regex(/^[^A-Z]/, 'write the word in lower case, as it reads mid-sentence ("pledge"): the site capitalises it where needed');

export const objectiveWordsSchema = z
  .strictObject({
    /** One of them: "objective", "pledge", "priority", "promise". */
    singular: word
      .default('objective')
      .meta({ description: 'What one objective is called, in lower case: objective, pledge, priority, promise… Default: objective.' }),
    /** More than one: "objectives", "pledges", "priorities", "promises". */
    plural: word
      .default('objectives')
      .meta({ description: 'What they are called together, in lower case: objectives, pledges, priorities, promises… Default: objectives.' }),
    /** Whom they are written to: "about" (aims, "Stable homes") or "to the child" (pledges, "We promise to…"). */
    voice: z
      .enum(OBJECTIVE_VOICES)
      .default('about')
      .meta({
        description:
          'How they are written: about (aims such as "Stable homes") or to the child (pledges such as "We promise to find you a home"). The pages around them then speak to the child too. Default: about.',
      }),
    /** What the young-person edition calls them, when not its usual words ("goals", "this part of the plan"). */
    young_people: z
      .strictObject({
        singular: word.meta({ description: 'One of them, in lower case, as children read it: promise, goal…' }),
        plural: word.meta({ description: 'More than one, in lower case: promises, goals…' }),
      })
      .optional()
      .meta({
        description:
          'What the young-person edition calls them, for example promise and promises: "How we are doing on all 7 promises", "This promise, written for adults". Leave it out for the usual words ("all 7 goals", "this part of the plan").',
      }),
  })
  .meta({ description: 'What the strategy calls its objectives, for example pledges or priorities.' });

export const navigationWordsSchema = z
  .strictObject({
    strategy: text.default('Strategy').meta({ description: 'The link to /strategy/. Default: Strategy.' }),
    action_plan: text.default('Action plan').meta({ description: 'The link to /action-plan/. Default: Action plan.' }),
    scorecards: text.default('Scorecards').meta({ description: 'The link to /scorecards/. Default: Scorecards.' }),
    leads: text.default('Who leads what').meta({ description: 'The link to /leads/. Default: Who leads what.' }),
    governance: text.default('Governance').meta({ description: 'The link to /governance/. Default: Governance.' }),
    meetings: text.default('Meetings').meta({ description: 'The link to /meetings/. Default: Meetings.' }),
    updates: text.default('Updates').meta({ description: 'The link to /updates/. Default: Updates.' }),
    young_people: text
      .default('For young people')
      .meta({ description: 'The link to the young-person edition. Default: For young people.' }),
  })
  .meta({ description: 'The labels of the main navigation, in the order they appear.' });

export const homeWordsSchema = z
  .strictObject({
    young_people_heading: text
      .default('For children and young people')
      .meta({ description: 'The heading of the box that points to the young-person edition.' }),
    young_people_text: text
      .default('If you are in care or have left care, there is a version of this plan written for you.')
      .meta({ description: 'The sentence in that box, saying who the young-person edition is for.' }),
    young_people_link: text
      .default('Read the young people’s plan')
      .meta({ description: 'The words of the button to the young-person edition.' }),
  })
  .meta({ description: 'Text on the home page that is not taken from the strategy itself.' });

export const wordsSchema = z
  .strictObject({
    objectives: objectiveWordsSchema.prefault({}),
    navigation: navigationWordsSchema.prefault({}),
    home: homeWordsSchema.prefault({}),
  })
  .meta({ description: 'The council\'s own words for its objectives, navigation and home page. Leave out what you do not change.' });

export type Words = z.infer<typeof wordsSchema>;
