/**
 * Status over time, on the plan-shapes council built (test/fixtures/plan-shapes/, a Green, Amber,
 * Red, Blue, Grey scale, as at 30 September 2025, reported by quarter): each action's page lists its
 * timeline in words, and "What changed" lists the actions whose status or percent changed in July
 * to September 2025, grouped, each linked, from what to what, with the date.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../support/built-site.ts';
import { testSite } from '../support/test-sites.ts';

const DIST = await testSite('plan-shapes');
const words = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('an action’s page', () => {
  it('lists its status over time in the council’s words, oldest first, with the date the status last changed', () => {
    const doc = page(DIST, '/actions/1-1/');
    const section = doc.querySelector('main .action-timeline')!;
    expect(words(section.querySelector('h2'))).toBe('Status over time');
    expect(section.querySelector('ol')).toBeTruthy();
    expect([...section.querySelectorAll('ol > li')].map(words)).toEqual([
      '30 June 2025: First reported as Green: on track; 20% complete',
      '15 September 2025: Status changed from Green: on track to Amber: some risk to delivery on time; 20% to 40% complete',
    ]);
    expect([...section.querySelectorAll('ol time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2025-06-30',
      '2025-09-15',
    ]);
    expect(words(section)).toContain('The status last changed on 15 September 2025.');
  });

  it('shows a status set after the newest update as after that update, never on a day it invents', () => {
    const section = page(DIST, '/actions/1-2/').querySelector('main .action-timeline')!;
    expect([...section.querySelectorAll('ol > li')].map(words)).toEqual([
      '30 June 2025: First reported as Amber: some risk to delivery on time; 10% complete',
      'After 30 June 2025 (no update records the day): Status changed from Amber: some risk to delivery on time to Red: off track',
    ]);
    expect(words(section)).toContain(
      'The status last changed after 30 June 2025, on a day no progress update records.',
    );
  });

  it('says when no update has recorded a status', () => {
    expect(words(page(DIST, '/actions/2-01-02/').querySelector('main .action-timeline p'))).toBe(
      'No progress update has recorded a status or percent complete yet.',
    );
  });
});

describe('What changed', () => {
  const doc = page(DIST, '/action-plan/changes/');

  it('is linked from the action plan, with its period and how many changed', () => {
    const plan = page(DIST, '/action-plan/');
    const link = plan.querySelector('main a[href="/action-plan/changes/"]')!;
    expect(words(link)).toBe('What changed in the last period');
    expect(words(link.parentElement)).toContain('July to September 2025: 2 actions changed.');
  });

  it('says which period it covers, judged on the plan’s date', () => {
    expect(words(doc.querySelector('h1'))).toBe('What changed');
    expect(words(doc.querySelector('main .lead'))).toBe(
      'Actions whose status or percent complete changed in the quarter July to September 2025, from 1 July 2025 to 30 September 2025. 2 actions changed.',
    );
  });

  it('lists the action that went from Green to Amber under "Got worse", linked, with its date; the completed one under "Completed"', () => {
    const groups = [...doc.querySelectorAll('main section')].map((section) => ({
      heading: words(section.querySelector('h2')),
      rows: [...section.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map(words).join(' | '),
      ),
      links: [...section.querySelectorAll('tbody a')].map((a) => a.getAttribute('href')),
    }));
    expect(groups).toEqual([
      {
        heading: 'Got worse: 1 action',
        rows: [
          'Recruit more foster carers who live in the borough. | Green: on track 20% complete | Amber: some risk to delivery on time 40% complete | 15 September 2025',
        ],
        links: ['/actions/1-1/'],
      },
      {
        heading: 'Completed: 1 action',
        rows: [
          'Action 2.01.01: Check every Personal Education Plan each term. | Green: on track 60% complete | Blue: complete 100% complete | 20 July 2025',
        ],
        links: ['/actions/2-01-01/'],
      },
    ]);
  });
});

describe('the board pack', () => {
  it('says, for each action that changed in the last period, from what to what and when', () => {
    const doc = page(DIST, '/scorecards/2025-26/board-pack/');
    const section = doc.querySelector('#exceptions-changed')!.parentElement!;
    expect(words(section.querySelector('h3'))).toBe('Changed since the last period: 2 actions');
    expect(
      [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(words).join(' | ')),
    ).toEqual([
      'Recruit more foster carers who live in the borough. | Green: on track 20% complete | Amber: some risk to delivery on time 40% complete | 15 September 2025',
      'Action 2.01.01: Check every Personal Education Plan each term. | Green: on track 60% complete | Blue: complete 100% complete | 20 July 2025',
    ]);
    expect(words(doc.querySelector('.board-exceptions > p'))).toBe(
      'Actions overdue on 30 September 2025, actions off track, and actions whose status or percent complete changed from 1 July 2025 to 30 September 2025, from what to what. Statuses are as they stand now.',
    );
  });
});
