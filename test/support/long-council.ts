/**
 * A small council whose lists are each just longer than a page holds (PER_PAGE in
 * src/model/paging.ts), so it has every kind of page a large council gets (issue 15) while staying
 * small enough to build in seconds: the test site "long-council" (test/support/test-sites.ts), whose
 * pages the browser checks visit one of each kind (test/verify/long-council.test.ts).
 *
 * It is the minimal council as of 22 November 2026 with, for the Fostering Service Manager and the
 * 2025-26 reporting year (April 2025 to March 2026):
 * - 61 more indicators under objective 1, each with a 2025-26 figure: the year's scorecard has 63
 *   rows (more than PER_PAGE.scorecardRows, 60), so it and its board pack are split by objective,
 *   and objective 1's 62 run over two pages; the lead leads 62 indicators (more than
 *   PER_PAGE.leadLists, 40); the annual report has 63 year-end figures (more than
 *   PER_PAGE.annualIndicators, 30);
 * - 101 more actions completed in the year (with action 2.1, 102 completed and 123 started, more
 *   than PER_PAGE.annualListLines, 100) and 21 overdue at the year end (more than
 *   PER_PAGE.annualActions, 20), all off track, so the board pack's exceptions (42 rows: overdue,
 *   then off track) run over two pages of PER_PAGE.actions (30); one more due in June 2026, so
 *   overdue now but not at the year end, and one completed in May 2026, so the year's lists are not
 *   the action plan's own and the report gives them pages of their own;
 * - 8 more meetings of the board in the year (9, more than PER_PAGE.annualMeetings, 8), each with 6
 *   agenda items the lead presents and 6 actions agreed (with the minimal council's, 49 of each, more
 *   than PER_PAGE.leadLists, 40), 2 of each 6 done, so the lead has more things to do than
 *   PER_PAGE.toDo (30).
 * Everything is made the same way every time, so the site's hash changes only when this file or the
 * minimal council does.
 * `node test/support/long-council.ts` writes one and prints its content folder.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyCouncil } from './fixture-council.ts';

const LEAD = 'fostering-manager';
const MORE_INDICATORS = 61;
const COMPLETED = 101;
const OVERDUE = 21;
const MEETINGS = [
  '2025-04-22',
  '2025-05-20',
  '2025-06-17',
  '2025-07-15',
  '2025-09-16',
  '2025-10-14',
  '2025-11-18',
  '2025-12-16',
];
const PER_MEETING = 6;

const lines = (n: number, line: (i: number) => string[]): string[] =>
  Array.from({ length: n }, (_, i) => line(i + 1)).flat();

/** The day `days` after `iso`, as YYYY-MM-DD. */
function after(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const action = (
  id: string,
  fields: { action: string; timescale: string; status: string; updates: [string, string][] },
) => [
  `  - id: "${id}"`,
  `    action: ${fields.action}`,
  '    outcome: Carers get the support they asked for.',
  `    lead: ${LEAD}`,
  `    timescale: ${fields.timescale}`,
  `    status: ${fields.status}`,
  '    updates:',
  ...fields.updates.flatMap(([date, text]) => [`      - date: ${date}`, `        text: ${text}`]),
  '    young_people:',
  '      title: More help for the people who foster',
];

/** Writes the long council into a fresh copy of the minimal one: returns its content folder. */
export function longCouncil(): string {
  return copyCouncil({
    prepare: (content) => {
      const file = (...parts: string[]): string => path.join(content, ...parts);

      appendFileSync(
        file('indicators.yaml'),
        lines(MORE_INDICATORS, (i) => [
          `- id: carer-survey-${i}`,
          `  title: Foster carers satisfied, survey question ${i}`,
          '  definition: Foster carers who said they were satisfied, out of those who answered.',
          '  unit: percentage',
          '  polarity: higher is better',
          '  source: Foster carer survey',
          '  objective: stable-homes',
          `  lead: ${LEAD}`,
          '  counts_children: false',
          '  frequency: annual',
        ]).join('\n') + '\n',
      );
      // Green, amber and red in turn (target 70, amber within 10 points), none the same.
      appendFileSync(
        file('scorecards/2025-26.yaml'),
        lines(MORE_INDICATORS, (i) => [
          `  - indicator: carer-survey-${i}`,
          '    target: 70',
          '    tolerance: { points: 10 }',
          '    values:',
          '      - period: year',
          `        value: ${[75, 64, 48][i % 3]! + (i % 5)}`,
        ]).join('\n') + '\n',
      );

      const firstId = 3;
      appendFileSync(
        file('actions/stable-homes.yaml'),
        [
          ...lines(COMPLETED, (i) =>
            action(`1.${firstId + i - 1}`, {
              action: `Hold support session ${i} for foster carers.`,
              timescale: '2026-03-31',
              status: 'complete',
              updates: [[after('2025-04-01', i * 3), 'The session was held.']],
            }),
          ),
          ...lines(OVERDUE, (i) =>
            action(`1.${firstId + COMPLETED + i - 1}`, {
              action: `Update foster carer handbook chapter ${i}.`,
              timescale: '2026-01-31',
              status: 'off track',
              updates: [
                [after('2025-09-01', i), 'Drafting began.'],
                ['2026-11-02', 'Still being drafted.'],
              ],
            }),
          ),
          ...action(`1.${firstId + COMPLETED + OVERDUE}`, {
            action: 'Move the foster carer handbook online.',
            timescale: '2026-06-30',
            status: 'on track',
            updates: [
              ['2025-10-01', 'A supplier was chosen.'],
              ['2026-11-02', 'The supplier is late.'],
            ],
          }),
          ...action(`1.${firstId + COMPLETED + OVERDUE + 1}`, {
            action: 'Open a foster carers’ drop-in.',
            timescale: '2026-06-30',
            status: 'complete',
            updates: [
              ['2025-11-03', 'A room was found.'],
              ['2026-05-11', 'The drop-in opened.'],
            ],
          }),
        ].join('\n') + '\n',
      );

      MEETINGS.forEach((date, m) => {
        writeFileSync(
          file('meetings', `${date}-board.yaml`),
          [
            `date: ${date}`,
            'time: "14:00"',
            'body: board',
            'agenda:',
            ...lines(PER_MEETING, (i) => [`  - title: Fostering report ${m * PER_MEETING + i}`, `    lead: ${LEAD}`]),
            'arising:',
            ...lines(PER_MEETING, (i) => [
              `  - what: Follow up fostering report ${m * PER_MEETING + i}.`,
              `    owner: ${LEAD}`,
              `    due: ${after(date, 28)}`,
              ...(i <= 2 ? ['    done: true'] : []),
            ]),
            '',
          ].join('\n'),
        );
      });
    },
  });
}

if (import.meta.main) console.log(longCouncil());
