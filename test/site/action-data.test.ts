/**
 * The action plan's open data as people who reuse it get it, over the plan-shapes council's build
 * (test/fixtures/plan-shapes/): three-level references ("2.01.01") and an unnumbered objective, a
 * Green/Amber/Red/Blue/Grey scale with percent complete, related plans given by name only (and one
 * with a link), joint leads, a plan as at 30 September 2025. Every field the content holds is in
 * the CSV and the JSON; references stay text in a spreadsheet; /data/ describes each column in the
 * council's own terms.
 */
import { describe, expect, it } from 'vitest';
import { page, parseCsv, readBuilt, text } from '../support/built-site.ts';
import { testSite } from '../support/test-sites.ts';

const SITE = await testSite('plan-shapes');
const csv = readBuilt(SITE, '/data/actions.csv');
const rows = parseCsv(csv);
const json = JSON.parse(readBuilt(SITE, '/data/actions.json')) as {
  columns: { name: string; description: string }[];
  rows: Record<string, unknown>[];
};

const COLUMNS = [
  'id',
  'reference',
  'ref',
  'objective',
  'action',
  'young_people_title',
  'outcome',
  'lead',
  'lead_roles',
  'partners',
  'plans',
  'plan_links',
  'timescale',
  'due_date',
  'status',
  'status_label',
  'percent_complete',
  'overdue',
  'indicators',
  'last_update_date',
  'last_update',
];

describe('/data/actions.csv', () => {
  it('has a column for every field an action holds', () => {
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
  });

  it('carries a three-level reference as shown and as written, kept as text for a spreadsheet', () => {
    const row = rows.find((r) => r['action']!.startsWith('Check every Personal Education Plan'))!;
    expect(row).toMatchObject({
      id: '="2.01.01"',
      reference: '="2.01.01"',
      ref: '="2.01.01"',
      objective: 'education',
      status: 'complete',
      status_label: 'Blue',
      percent_complete: '100',
      plans: 'Virtual School improvement plan; SEND strategy',
      plan_links: '; https://www.lowbridge.gov.uk/send-strategy',
      due_date: '2025-07-31',
      last_update_date: '2025-07-20',
      last_update: 'All plans checked.',
    });
  });

  it('gives an unnumbered action its address id and no reference, with its plans by name, partners and indicators', () => {
    expect(rows[0]).toEqual({
      id: '="1.1"',
      reference: '',
      ref: '',
      objective: 'stable-homes',
      action: 'Recruit more foster carers who live in the borough.',
      young_people_title: '',
      outcome: 'More children can stay near their school and friends.',
      lead: 'Fostering Service Manager',
      lead_roles: 'fostering-manager',
      partners: 'Local fostering network',
      plans: 'Sufficiency strategy 2025-28',
      plan_links: '',
      timescale: '2025-12-31',
      due_date: '2025-12-31',
      status: 'at risk',
      status_label: 'Amber',
      percent_complete: '40',
      // Judged as at 30 September 2025, as the site judges it, not on the build day.
      overdue: 'false',
      indicators: 'placement-moves',
      last_update_date: '2025-09-15',
      last_update: 'Twelve households started assessment, fewer than planned.',
    });
  });

  it('lists joint leads, "Not applicable" plans as none, and an action with no status yet as empty', () => {
    const byAction = (start: string): Record<string, string> => rows.find((r) => r['action']!.startsWith(start))!;
    expect(byAction('Review every placement')).toMatchObject({
      lead: "Fostering Service Manager; Director of Children's Services",
      lead_roles: 'fostering-manager; director-childrens-services',
      plans: '',
      status: 'off track',
      status_label: 'Red',
      overdue: 'true',
    });
    expect(byAction('Open a second children')).toMatchObject({
      status: '',
      status_label: '',
      percent_complete: '',
      overdue: 'false',
      last_update_date: '',
    });
    expect(byAction('Offer every care leaver')).toMatchObject({ status: 'not started', status_label: 'Grey' });
  });
});

describe('/data/actions.json', () => {
  it('has the same rows, with numbers as numbers, references as plain text and empty cells left out', () => {
    expect(json.columns.map((c) => c.name)).toEqual(COLUMNS);
    expect(json.rows[3]).toEqual({
      id: '2.01.01',
      reference: '2.01.01',
      ref: '2.01.01',
      objective: 'education',
      action: 'Check every Personal Education Plan each term.',
      outcome: 'Plans stay current.',
      lead: 'Virtual School Head',
      lead_roles: 'virtual-school-head',
      plans: 'Virtual School improvement plan; SEND strategy',
      plan_links: '; https://www.lowbridge.gov.uk/send-strategy',
      timescale: '2025-07-31',
      due_date: '2025-07-31',
      status: 'complete',
      status_label: 'Blue',
      percent_complete: 100,
      overdue: false,
      last_update_date: '2025-07-20',
      last_update: 'All plans checked.',
    });
    expect(json.rows.map((r) => r['id'])).toEqual(rows.map((r) => r['id']!.replace(/^="(.*)"$/, '$1')));
  });
});

describe('/data/ describes the columns', () => {
  const doc = page(SITE, '/data/');
  const described = Object.fromEntries(
    [...doc.querySelectorAll('section:has(> #data-actions) tbody tr')].map((tr) => [text(tr, 'th'), text(tr, 'td')]),
  );

  it('lists every column of the download', () => {
    expect(Object.keys(described)).toEqual(COLUMNS);
  });

  it("in the council's terms: its status scale and its references as written", () => {
    expect(described['status_label']).toBe(
      'The status as the council reports it, on its own scale: Green (on track), Amber (at risk), Red (off track), Blue (complete) or Grey (not started); empty when none has been reported yet.',
    );
    expect(described['reference']).toBe(
      'The action’s reference as the site shows it: the council’s own reference, such as 4.01.01 or A3; empty when it has none.',
    );
  });
});
