/**
 * A lead's work in one list (issue 14, staff): the unfinished actions a role leads and what meetings
 * asked of it, overdue first, then by due date, then ongoing, with stale progress updates flagged,
 * as the model gives it and as the lead page's table shows it.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import type { WorkItem } from '../../src/model/types.ts';
import { copyCouncil, loadValid } from '../support/fixture-council.ts';
import { TEST_TODAY } from '../support/test-date.ts';

// Imported by path: tsc has no types for .astro files (astro check covers the component itself).
const COMPONENT = '../../src/components/site/Worklist.astro';
type Component = Parameters<AstroContainer['renderToString']>[0];
const { default: Worklist } = (await import(/* @vite-ignore */ COMPONENT)) as { default: Component };

// The minimal council as of 22 November 2026: the fostering manager leads 1.1 (due by 31 March 2026,
// on track, last updated 10 January 2026) and 1.2 (ongoing, not started, never updated). The board
// meeting of 20 January 2026 gave it a done action; two more are added here, one overdue, one not yet due.
const dir = copyCouncil({
  prepare: (content) =>
    appendFileSync(
      path.join(content, 'meetings/2026-01-20-board.yaml'),
      [
        '  - what: Report on carers who left.',
        '    owner: fostering-manager',
        '    due: 2026-12-15',
        '  - what: Write to every foster carer about the new allowances.',
        '    owner: fostering-manager',
        '    due: 2026-06-01',
        '',
      ].join('\n'),
    ),
});
const model = buildSiteModel(loadValid(dir), TEST_TODAY);
const fostering = model.responsibilities.find((r) => r.role.id === 'fostering-manager')!;
const summary = (item: WorkItem): string =>
  [item.kind, item.action?.id ?? item.what, item.overdue ? 'overdue' : 'not overdue', item.stale ? 'stale' : ''].join(
    ' | ',
  );

describe('a role’s work list', () => {
  it('puts the overdue first (longest overdue at the top), then what is due soonest, then the ongoing; leaves out what is done', () => {
    expect(fostering.worklist.map(summary)).toMatchInlineSnapshot(`
      [
        "action | 1.1 | overdue | stale",
        "meeting | Write to every foster carer about the new allowances. | overdue | ",
        "meeting | Report on carers who left. | not overdue | ",
        "action | 1.2 | not overdue | stale",
      ]
    `);
  });

  it('flags an action as needing an update by the council’s staleness period, not a fixed one', () => {
    const lenient = copyCouncil({
      prepare: (content) =>
        appendFileSync(
          path.join(content, 'site.yaml'),
          'policy:\n  staleness:\n    update_overdue_actions_every_days: 400\n',
        ),
    });
    const role = buildSiteModel(loadValid(lenient), TEST_TODAY).responsibilities.find(
      (r) => r.role.id === 'fostering-manager',
    )!;
    // 1.1 was updated 316 days before: stale after 90 days (the default), not after 400.
    expect(role.worklist.find((i) => i.action?.id === '1.1')?.stale).toBe(false);
    expect(role.worklist.find((i) => i.action?.id === '1.2')?.stale).toBe(true);
  });

  it('is shown as one table, each row saying where it comes from, when it is due, its status and its last update in words', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Worklist, {
      props: { items: fostering.worklist, roleTitle: fostering.role.title },
    });
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(text(document.querySelector('h2'))).toBe('To do, overdue first');
    expect(text(document.querySelector('p'))).toBe(
      '4 things not yet done, 2 overdue; 2 actions need a progress update.',
    );
    expect([...document.querySelectorAll('thead th')].map(text)).toEqual([
      'What',
      'From',
      'Due',
      'Status',
      'Last update',
    ]);
    expect([...document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toMatchInlineSnapshot(`
      [
        [
          "Recruit more foster carers who live in the borough.",
          "Action plan, action 1.1",
          "January to March 2026",
          "On track Overdue",
          "10 January 2026 (316 days ago) Update needed",
        ],
        [
          "Write to every foster carer about the new allowances.",
          "Corporate Parenting Board, 20 January 2026",
          "1 June 2026",
          "Overdue",
          "Not applicable",
        ],
        [
          "Report on carers who left.",
          "Corporate Parenting Board, 20 January 2026",
          "15 December 2026",
          "Not done yet",
          "Not applicable",
        ],
        [
          "Review every placement that has broken down.",
          "Action plan, action 1.2",
          "Ongoing",
          "Not started",
          "No progress update yet Update needed",
        ],
      ]
    `);
  });
});
