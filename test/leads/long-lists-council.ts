/**
 * A small council with a lead whose lists run over more than a page (test/leads/long-lists.test.ts):
 * `node test/leads/long-lists-council.ts` writes one and prints its content folder, to build and
 * verify it in a browser as any council's build.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyCouncil } from '../support/fixture-council.ts';

const items = (n: number, line: (i: number) => string[]): string[] =>
  Array.from({ length: n }, (_, i) => line(i + 1)).flat();

/**
 * The minimal council as of 22 November 2026, with a meeting on 15 June 2026 whose 45 agenda items
 * the fostering manager presents and which gave it 45 actions (10 done, 20 due in September, so
 * overdue, and 15 due in January 2027), a meeting still to come with 2 more agenda items, and 44
 * more indicators it leads. With its 2 actions, it has 37 things to do, 48 agenda items, 46 actions
 * from meetings (the minimal council gives it one more, done) and 45 indicators.
 */
export function longListsCouncil(): string {
  return copyCouncil({
    prepare: (content) => {
      writeFileSync(
        path.join(content, 'meetings/2026-06-15-board.yaml'),
        [
          'date: 2026-06-15',
          'body: board',
          'agenda:',
          ...items(45, (i) => [`  - title: Fostering report ${i}`, '    lead: fostering-manager']),
          'arising:',
          ...items(45, (i) => [
            `  - what: Fostering task ${i}.`,
            '    owner: fostering-manager',
            `    due: ${i <= 30 ? '2026-09-01' : '2027-01-15'}`,
            ...(i <= 10 ? ['    done: true'] : []),
          ]),
          '',
        ].join('\n'),
      );
      writeFileSync(
        path.join(content, 'meetings/2026-12-10-board.yaml'),
        [
          'date: 2026-12-10',
          'body: board',
          'agenda:',
          ...items(2, (i) => [`  - title: Coming report ${i}`, '    lead: fostering-manager']),
          '',
        ].join('\n'),
      );
      appendFileSync(
        path.join(content, 'indicators.yaml'),
        items(44, (i) => [
          `- id: fostering-measure-${i}`,
          `  title: Fostering measure ${i}`,
          '  definition: A measure of fostering.',
          '  unit: count',
          '  polarity: higher is better',
          '  source: Fostering records',
          '  objective: stable-homes',
          '  lead: fostering-manager',
          '  counts_children: false',
          '  frequency: annual',
        ])
          .map((line) => `${line}\n`)
          .join(''),
      );
    },
  });
}

if (import.meta.main) console.log(longListsCouncil());
