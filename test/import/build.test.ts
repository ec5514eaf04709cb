/**
 * Import, check and build: two trackers and two DfE releases imported into a fixture council with its
 * own status scale, then the site built from it as `npm run build` builds it, showing what was imported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/run-build.ts';
import { withBuildLock } from '../support/test-sites.ts';
import { councilCopy, DFE, run } from './helpers.ts';
import { actionPlanWorkbook, councilPlanWorkbook } from './workbooks.ts';

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('an imported council builds', () => {
  it('with the imported actions and comparators on its pages', async () => {
    const dir = councilCopy(true);
    const root = path.dirname(dir);
    const figures = [
      '--indicator',
      'children-in-care-rate',
      '--column',
      'rate_per_10000',
      '--filter',
      'population_type=Children looked after',
    ];
    const runs = [
      await run(['actions', await actionPlanWorkbook(), '--objective', 'stable-homes'], dir),
      await run(['actions', await councilPlanWorkbook(), '--objective', 'education', '--year', '2025-26'], dir),
      await run(['comparators', path.join(DFE, 'cla-2024.csv'), ...figures], dir),
      await run(['comparators', path.join(DFE, 'cla-2025.csv'), ...figures, '--mapping', 'cla-2025'], dir),
    ];
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0, 0]);
    const out = path.join(root, 'dist');
    const build = await withBuildLock(async () => runBuild({ CONTENT_DIR: dir, OUT_DIR: out }));
    expect(build.status, build.output).toBe(0);
    const page = (file: string): string => readFileSync(path.join(out, file), 'utf8');
    expect(page('actions/1-3/index.html')).toContain('Match children with carers near their school.');
    // The council plan's reference, the council's label with its meaning, the percent, the plans by
    // name, and the quarters as dated updates: one reported with a RAG and no words.
    const action = parseHTML(page('actions/4-01-02/index.html')).document;
    const main = text(action.querySelector('main'));
    expect(main).toContain('Action 4.01.02');
    expect(main).toContain('Amber: some risk to delivery');
    expect(main).toContain('75% complete');
    expect([...action.querySelectorAll('ol.update-list[reversed] > li')].map(text)).toEqual([
      '30 September 2025 Fewer tutors than planned.',
      '30 June 2025 Reported with no commentary: Green: on track to be delivered on time, 25% complete',
    ]);
    // The quarters' statuses and percents make the action's timeline, oldest first.
    expect([...action.querySelectorAll('.action-timeline li')].map(text)).toEqual([
      '30 June 2025: First reported as Green: on track to be delivered on time; 25% complete',
      '30 September 2025: Status changed from Green: on track to be delivered on time to Amber: some risk to delivery; 25% to 75% complete',
    ]);
    const trained = text(parseHTML(page('actions/4-02-01/index.html')).document.querySelector('main'));
    expect(trained).toContain('Red: off track');
    expect(trained).toMatch(/Education plan.*SEND strategy/);
    expect(page('actions/a3/index.html')).toContain('Hold a yearly celebration of achievement.');
    // The action plan is a summary (issue 15): each objective's page lists its actions.
    expect(page('objectives/stable-homes/index.html')).toContain('Open a new children’s home.');
    const scorecard = page('scorecards/2023-24/index.html');
    expect(scorecard).toContain('69.1');
  }, 300_000);
});
