/**
 * The plan-shapes council built (test/fixtures/plan-shapes/): its pages show what its files say. An
 * unnumbered plan gets no invented numbers, three-level references show as written, a
 * Green/Amber/Red/Blue/Grey scale shows each label with its meaning and percent complete as a bar
 * with the figure in words, related plans given by name are names, and a plan as at a past date is
 * judged on that date and says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { testSite } from '../support/test-sites.ts';

const DIST = await testSite('plan-shapes');

function page(sitePath: string): Document {
  return parseHTML(readFileSync(path.join(DIST, sitePath, 'index.html'), 'utf8')).document as unknown as Document;
}
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A description list as "term: description" pairs. */
const pairs = (dl: Element | null): string[] =>
  [...(dl?.querySelectorAll('dt') ?? [])].map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);

describe('the action plan', () => {
  // The summary page; each objective's rows, with their anchors, are on the objective's page.
  const plan = page('action-plan');
  const objectivePage = { 'stable-homes': page('objectives/stable-homes'), education: page('objectives/education') };
  const row = (anchor: string): Element =>
    objectivePage[anchor.startsWith('action-2') ? 'education' : 'stable-homes'].querySelector(`#${anchor}`)!;
  const tableOf = (objective: keyof typeof objectivePage): Element =>
    objectivePage[objective].querySelector('main table.action-table')!;

  it('links each objective with actions to its page, with how many it has', () => {
    expect([...plan.querySelectorAll('main .plan-objectives li')].map(text)).toEqual([
      '1. Stable, loving homes 3 actions',
      '2. Doing well at school 2 actions',
    ]);
    expect([...plan.querySelectorAll('main .plan-objectives a')].map((a) => a.getAttribute('href'))).toEqual([
      '/objectives/stable-homes/',
      '/objectives/education/',
    ]);
  });

  it('shows an unnumbered plan without numbers: the action heads its row and links to its page', () => {
    const table = tableOf('stable-homes');
    expect([...table.querySelectorAll('thead th')].map(text)).toEqual([
      'Action',
      'Lead',
      'Timescale',
      'Status',
      'Latest update',
    ]);
    const header = row('action-1-1').querySelector('th[scope="row"] > a')!;
    expect(text(header)).toBe('Recruit more foster carers who live in the borough.');
    expect(header.getAttribute('href')).toBe('/actions/1-1/');
    expect(text(objectivePage['stable-homes'].querySelector('main'))).not.toMatch(/\b1\.1\b|Action 1\.\d/);
  });

  it('shows three-level references as written', () => {
    const table = tableOf('education');
    expect(text(table.querySelector('thead th'))).toBe('No.');
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map(text)).toEqual([
      'Action 2.01.01',
      'Action 2.01.02',
    ]);
    expect(row('action-2-01-01').querySelector('th a')!.getAttribute('href')).toBe('/actions/2-01-01/');
  });

  it("shows the council's label with its meaning in words, and percent complete as a bar with the figure", () => {
    const status = (anchor: string): string => text(row(anchor).querySelector('td[data-label="Status"]'));
    expect(status('action-1-1')).toBe('Amber: some risk to delivery on time 40% complete');
    expect(status('action-1-2')).toBe('Red: off track Overdue 10% complete');
    expect(status('action-2-01-01')).toBe('Blue: complete 100% complete');
    expect(status('action-2-01-02')).toBe('Grey: not started');
    const bar = row('action-1-1').querySelector('.percent-complete svg')!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect(bar.querySelector('.percent-complete__fill')!.getAttribute('width')).toBe('40');
  });

  it('says "not yet reported" for an action with no status, and never calls it overdue for that', () => {
    expect(text(row('action-1-3').querySelector('td[data-label="Status"]'))).toBe('Not yet reported');
    expect(row('action-1-3').hasAttribute('data-overdue')).toBe(false);
  });

  it('opens outcome, partners and related plans in the row without JavaScript; plans given by name are names', () => {
    const details = row('action-1-1').querySelector('details')!;
    expect(pairs(details.querySelector('dl'))).toEqual([
      'Outcome: More children can stay near their school and friends.',
      'Partners: Local fostering network',
      'Related plans: Sufficiency strategy 2025-28',
    ]);
    expect(details.querySelector('dl a')).toBeNull();
    expect(pairs(row('action-1-2').querySelector('details dl'))).toContain('Related plans: None');
    const links = [...row('action-2-01-01').querySelectorAll('details li')].map((li) => [
      text(li),
      li.querySelector('a')?.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Virtual School improvement plan', undefined],
      ['SEND strategy', 'https://www.lowbridge.gov.uk/send-strategy'],
    ]);
  });

  it('says which date it is judged on: the plan as at 30 September 2025, not the build day', () => {
    const hint = plan.querySelector('[data-plan-date]')!;
    expect(hint.getAttribute('data-plan-date')).toBe('as at');
    expect(text(hint)).toMatch(
      /^This plan stands as it was on 30 September 2025: statuses and overdue actions are as they stood that day/,
    );
    // Amber, due 31 December 2025: the build day (22 November 2026) is past it, the plan's date is not.
    expect(row('action-1-1').hasAttribute('data-overdue')).toBe(false);
    expect(row('action-1-2').hasAttribute('data-overdue')).toBe(true);
  });

  it("shows each lead's team and directorate", () => {
    expect(text(row('action-1-2').querySelector('td[data-label="Lead"]'))).toBe(
      "Fostering Service Manager and Director of Children's Services Fostering, People Directorate, Children's Services, People Directorate",
    );
  });

  it("counts and filters by the council's labels", () => {
    expect(text(plan.querySelector('[data-action-counts]'))).toBe(
      '5 actions 1 Grey (not started) 1 Amber (at risk) 1 Red (off track) 1 Blue (complete) 1 not yet reported 1 overdue',
    );
    expect([...plan.querySelectorAll('.status-views a')].map(text)).toContain('Amber (at risk) (1)');
  });
});

describe("an action's own page", () => {
  it('is titled by its text when the plan does not number it, with status, percent and plans', () => {
    const doc = page('actions/1-1');
    expect(text(doc.querySelector('h1'))).toBe('Recruit more foster carers who live in the borough.');
    expect(doc.querySelector('main .caption')).toBeNull();
    const rows = [...doc.querySelectorAll('main .summary-list__row')].map(
      (r) => `${text(r.querySelector('dt'))}: ${text(r.querySelector('dd'))}`,
    );
    expect(rows.slice(0, 2)).toEqual(['Status: Amber: some risk to delivery on time', 'Progress: 40% complete']);
    expect(text(doc.querySelector('.related-plans'))).toBe('Sufficiency strategy 2025-28');
  });

  it('carries its reference as written', () => {
    const doc = page('actions/2-01-01');
    expect(text(doc.querySelector('main .caption'))).toBe('Action 2.01.01');
    expect(doc.querySelector('title')!.textContent).toMatch(/^Action 2\.01\.01/);
  });
});
