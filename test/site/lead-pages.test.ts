/**
 * Tests over the built site (.test-dist/): a lead page lists the role's actions and what meetings
 * asked of it in one table, with due dates, overdue first, and flags updates gone stale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/loader/load-content.ts';
import { rolesWithResponsibilities } from '../../src/lib/lookups.ts';
import { parseIsoDate } from '../../src/lib/dates.ts';
import { TEST_BUILD_DATE, TEST_DIST } from '../setup/build-site.ts';

const content = getContent();
const today = parseIsoDate(TEST_BUILD_DATE);
const roles = rolesWithResponsibilities(content).filter((r) => r.actions.length + r.arising.length > 0);
const rowsOf = (roleId: string) =>
  [
    ...parseHTML(readFileSync(path.join(TEST_DIST, 'leads', roleId, 'index.html'), 'utf8')).document.querySelectorAll(
      'table.lead-work tbody tr',
    ),
  ].map((tr) => ({
    kind: tr.getAttribute('data-kind'),
    what: tr.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim(),
    due: tr.querySelector('td[data-label="Due"]')!.textContent!.trim(),
    status: tr.querySelector('td[data-label="Status"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    update: tr.querySelector('td[data-label="Latest update"]')!.textContent!.replace(/\s+/g, ' ').trim(),
  }));

describe('lead pages, built', () => {
  it('there are roles with work to show, and some of it is overdue', () => {
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.some((r) => rowsOf(r.role.id).some((row) => /Overdue/.test(row.status)))).toBe(true);
  });

  it.each(roles.map((r) => [r.role.id, r]))('%s: every action and meeting ask is in the one table', (id, r) => {
    const rows = rowsOf(id);
    expect(rows).toHaveLength(r.actions.length + r.arising.length);
    for (const action of r.actions) expect(rows.some((row) => row.what.startsWith(`Action ${action.id} `))).toBe(true);
    for (const { arising } of r.arising) {
      expect(rows.some((row) => row.kind === 'meeting' && row.what.includes(arising.what))).toBe(true);
    }
  });

  it.each(roles.map((r) => [r.role.id]))('%s: overdue work comes first, then soonest due', (id) => {
    const rows = rowsOf(id);
    const overdue = rows.map((row) => /Overdue/.test(row.status));
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    const dated = rows.filter((row, i) => !overdue[i] && !/Done|Complete/.test(row.status) && /^\d/.test(row.due));
    const dates = dated.map((row) => parseIsoDate(toIso(row.due)).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('flags an action not yet done whose latest update is older than the council’s threshold', () => {
    const days = content.site.policy.staleness.update_overdue_actions_every_days;
    const stale = roles.flatMap((r) =>
      r.actions
        .filter((a) => a.status !== 'complete')
        .filter((a) => {
          const latest = a.updates
            .map((u) => u.date)
            .sort()
            .at(-1);
          return latest === undefined || (today.getTime() - parseIsoDate(latest).getTime()) / 86_400_000 >= days;
        })
        .map((a) => [r.role.id, a.id] as const),
    );
    expect(stale.length).toBeGreaterThan(0);
    for (const [roleId, actionId] of stale) {
      const row = rowsOf(roleId).find((r) => r.what.startsWith(`Action ${actionId} `))!;
      expect(row.update).toMatch(/No update for \d+ days|Needs an update/);
    }
  });
});

/** "31 March 2026" → "2026-03-31". */
function toIso(text: string): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const [day, month, year] = text.split(' ');
  return `${year}-${String(months.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
}
