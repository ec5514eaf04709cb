/** What the data says of a year (annual reports) and the actions download: judged from content and the build date. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import type { Content } from '../../src/loader/model.ts';
import type { SpreadsheetText } from '../../src/lib/open-data/csv.ts';
import { actionRows } from '../../src/lib/open-data/action-dataset.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { reportingYear } from '../../src/lib/calendar/index.ts';
import { buildFigureIndex } from '../../src/lib/scorecards/index.ts';
import { yearReview } from '../../src/lib/scorecards/year-review.ts';
import { MINIMAL } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

const content: Content = loadContent(MINIMAL, { today: TODAY }).content!;
const figures = buildFigureIndex(content);
const ids = (actions: { id: string }[]): string[] => actions.map((a) => a.id);

describe('the year in data', () => {
  it('counts actions completed and started in a finished year, and the meetings held', () => {
    const review = yearReview(content, figures, reportingYear('2025-26'), TODAY);
    expect(review.asOf.toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(ids(review.completed)).toEqual(['2.1']);
    // 1.1 is due on 31 March 2026, the last day of the year: not yet overdue at the year end.
    expect(ids(review.overdue)).toEqual([]);
    expect(ids(review.started)).toEqual(['1.1', '2.1']);
    expect(review.meetings.map((m) => [m.meeting.date, m.bodyName])).toEqual([
      ['2026-01-20', 'Corporate Parenting Board'],
    ]);
    expect(review.figures.map((f) => [f.indicator.id, f.display, f.rag])).toEqual([
      ['placement-moves', '[c]', undefined],
      ['pep-up-to-date', '93.8%', 'amber'],
    ]);
  });

  it('judges a year still under way as of the build date', () => {
    const review = yearReview(content, figures, reportingYear('2026-27'), TODAY);
    expect(review.asOf).toEqual(TODAY);
    expect(ids(review.overdue)).toEqual(['1.1']);
    expect(ids(review.completed)).toEqual([]);
    expect(review.meetings).toEqual([]);
    expect(review.figures).toEqual([]);
  });
});

describe('the actions download', () => {
  it('gives due dates, overdue as of the build date and the latest update', () => {
    expect(
      actionRows(buildSiteModel(content, TODAY).actions.all).map((r) => [
        (r['id'] as SpreadsheetText).spreadsheetText,
        r['due_date'],
        r['overdue'],
        r['last_update_date'],
        r['lead'],
      ]),
    ).toEqual([
      ['1.1', '2026-03-31', true, '2026-01-10', 'Fostering Service Manager'],
      ['1.2', undefined, false, undefined, expect.stringContaining('; ')],
      ['2.1', '2025-12-31', false, '2025-12-15', expect.any(String)],
    ]);
  });
});
