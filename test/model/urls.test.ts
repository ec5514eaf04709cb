/** Addresses are permalinks: these pin the ones other sites, feeds and bookmarks point at. */
import { describe, expect, it } from 'vitest';
import * as urls from '../../src/model/urls.ts';

describe('addresses', () => {
  it('turn action numbers, statuses and terms into the forms used in addresses and anchors', () => {
    expect(urls.actionHref('3.10')).toBe('/actions/3-10/');
    expect(urls.actionInPlanHref('3.4', '/objectives/stable-homes/')).toBe('/objectives/stable-homes/#action-3-4');
    expect(urls.statusHref('on track')).toBe('/action-plan/status/on-track/');
    expect(urls.glossaryHref('Personal Education Plan (PEP)')).toBe('/glossary/#term-personal-education-plan-pep');
    expect(urls.glossaryAnchor('Café à la carte')).toBe('term-cafe-a-la-carte');
    expect(urls.meetingHref({ id: '2026-01-20-board', date: '2026-01-20' })).toBe(
      '/meetings/2026/#meeting-2026-01-20-board',
    );
    expect(urls.meetingHref({ id: '2026-01-20-board', date: '2026-01-20' }, 2)).toBe(
      '/meetings/2026/page-2/#meeting-2026-01-20-board',
    );
  });

  it('keep the first page of a long list at its own address and number the rest', () => {
    expect([1, 2, 3].map((n) => urls.pageHref('/objectives/education/', n))).toEqual([
      '/objectives/education/',
      '/objectives/education/page-2/',
      '/objectives/education/page-3/',
    ]);
    expect([1, 2].map(urls.pageParam)).toEqual([undefined, 'page-2']);
  });

  it('give each thing its page', () => {
    expect([
      urls.objectiveHref('stable-homes'),
      urls.leadHref('virtual-school-head'),
      urls.indicatorHref('care-leavers-eet'),
      urls.scorecardHref('2025-26'),
      urls.annualReportHref('2025-26'),
      urls.annualListHref('2025-26', 'started'),
      urls.scorecardCsvHref('2025-26'),
    ]).toEqual([
      '/objectives/stable-homes/',
      '/leads/virtual-school-head/',
      '/indicators/care-leavers-eet/',
      '/scorecards/2025-26/',
      '/annual-reports/2025-26/',
      '/annual-reports/2025-26/started/',
      '/data/scorecards/2025-26.csv',
    ]);
  });

  it('place young-person pages by kind: home, objective, generated, or slug and file name', () => {
    const page = (id: string, data: Record<string, unknown>) =>
      ({ id, data: { title: 't', summary: 's', order: 1, ...data } }) as Parameters<typeof urls.youngPersonHref>[0];
    expect(urls.youngPersonHref(page('index', { kind: 'home' }))).toBe('/young-people/');
    expect(urls.youngPersonHref(page('homes', { kind: 'objective', objective: 'stable-homes' }))).toBe(
      '/young-people/stable-homes/',
    );
    expect(urls.youngPersonHref(page('our-promises', { kind: 'promises' }))).toBe('/young-people/our-promises/');
    expect(urls.youngPersonHref(page('help', { kind: 'help', slug: 'who-can-help' }))).toBe(
      '/young-people/who-can-help/',
    );
    expect(urls.youngPeopleProgressHref('stable-homes')).toBe('/young-people/how-are-we-doing/#stable-homes');
  });

  it('dial a phone number without its spaces', () => {
    expect(urls.telHref('01632 960 400')).toBe('tel:01632960400');
  });
});
