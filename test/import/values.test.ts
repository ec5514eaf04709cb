/** Values as trackers write them, each read the way the tracker means it. */
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../src/cli/import/cells.ts';
import { RoleMatcher } from '../../src/cli/import/leads.ts';
import { readPercent } from '../../src/cli/import/percent.ts';
import { ragOfFill, readStatus } from '../../src/cli/import/rag.ts';
import { statusScale } from '../../src/lib/action-plan/status-scale.ts';
import { quarterEnd, readDay, readTimescale } from '../../src/cli/import/when.ts';
import { council } from './helpers.ts';

const text = (t: string): GridCell => ({ value: t, text: t });
const number = (n: number, numFmt?: string): GridCell => ({ value: n, text: String(n), ...(numFmt ? { numFmt } : {}) });
const shown = (r: { ok: unknown } | { problem: string } | { empty: true }): unknown =>
  'ok' in r ? r.ok : 'problem' in r ? `✗ ${r.problem}` : 'empty';

describe('timescales', () => {
  it.each([
    ['30/09/2025', '2025-09-30'],
    ['1/4/26', '2026-04-01'],
    ['30 September 2025', '2025-09-30'],
    ['September 2025', '2025-09'],
    ['Sept 2025', '2025-09'],
    ['Mar-26', '2026-03'],
    ['By end of March 2027', '2027-03'],
    ['Q1 2025/26', '2025-Q2'],
    ['Q3 2025/26', '2025-Q4'],
    ['Q4 2025/26', '2026-Q1'],
    ['2025/26 Q2', '2025-Q3'],
    ['2026/27', '2027-03'],
    ['Ongoing', 'ongoing'],
    ['on-going', 'ongoing'],
    ['2026-03', '2026-03'],
  ])('"%s" is %s', (written, timescale) => {
    expect(shown(readTimescale(text(written)))).toEqual({ kind: 'timescale', timescale });
  });

  it('reads Excel dates and date serials', () => {
    expect(shown(readTimescale({ value: new Date(Date.UTC(2026, 2, 31)), text: '2026-03-31' }))).toEqual({
      kind: 'timescale',
      timescale: '2026-03-31',
    });
    expect(shown(readTimescale(number(45930)))).toEqual({ kind: 'timescale', timescale: '2025-09-30' });
    expect(shown(readTimescale(text('45930')))).toEqual({ kind: 'timescale', timescale: '2025-09-30' });
  });

  it('keeps "TBC" apart, and refuses what is not a time', () => {
    expect(shown(readTimescale(text('TBC')))).toEqual({ kind: 'to be confirmed' });
    expect(shown(readTimescale(text('soon')))).toBe('✗ "soon" is not a timescale the importer can read');
    expect(shown(readTimescale(text('Q5 2025/26')))).toBe('✗ "Q5 2025/26" is not a timescale the importer can read');
    expect(shown(readTimescale(text('Q2 2025/27')))).toBe(
      '✗ "Q2 2025/27" names a quarter, but not a reporting year such as 2025/26',
    );
    expect(shown(readTimescale(number(12)))).toBe('✗ "12" is not a timescale the importer can read');
  });

  it('dates updates by the day, and ends quarters of the reporting year', () => {
    expect(shown(readDay(text('05/01/2026')))).toBe('2026-01-05');
    expect(shown(readDay(text('January 2026')))).toBe('✗ "January 2026" is not a date');
    expect([
      quarterEnd('2025-26', 'Q1'),
      quarterEnd('2025-26', 'Q3'),
      quarterEnd('2025-26', 'Q4'),
      quarterEnd('2027-28', 'Q4'),
    ]).toEqual(['2025-06-30', '2025-12-31', '2026-03-31', '2028-03-31']);
  });
});

describe('percent complete', () => {
  it.each([
    [number(0.75), 75],
    [number(0.75, '0%'), 75],
    [number(1, '0%'), 100],
    [number(40), 40],
    [text('75%'), 75],
    [text('75 % complete'), 75],
    [text('3 of 4'), 75],
    [text('1 out of 3'), 33],
    [text('2/8'), 25],
    [text('0.5'), 50],
  ])('%o is %s per cent', (cell, percent) => {
    expect(shown(readPercent(cell))).toBe(percent);
  });

  it('refuses a share over the whole and words', () => {
    expect(shown(readPercent(number(1.5, '0%')))).toBe('✗ "150%" is not a percentage from 0 to 100');
    expect(shown(readPercent(text('5 of 4')))).toBe('✗ "5 of 4" is not a share of a whole');
    expect(shown(readPercent(text('most')))).toBe('✗ "most" is not a percentage');
  });
});

describe('RAG', () => {
  it('reads words and letters, in any case, and the council’s own words', () => {
    const statuses = [
      'Green',
      'g',
      'AMBER',
      'Red - off track',
      'Blue',
      'Complete',
      'On track',
      'grey',
      'Not started',
    ].map((w) => (readStatus(text(w)) as { ok: { status: string } }).ok.status);
    expect(statuses).toEqual([
      'on track',
      'on track',
      'at risk',
      'off track',
      'complete',
      'complete',
      'on track',
      'not started',
      'not started',
    ]);
    expect(readStatus(text('Purple'), undefined, { purple: 'complete' })).toEqual({
      ok: { status: 'complete', label: 'complete', from: 'word' },
    });
  });

  it('reads a fill colour when the cell is empty, and ignores white', () => {
    expect(
      ['FF0000', 'C00000', 'FFC000', 'FFFF00', '00B050', '92D050', '0070C0', 'A6A6A6', 'FFFFFF', '000000'].map(
        ragOfFill,
      ),
    ).toEqual(['red', 'red', 'amber', 'amber', 'green', 'green', 'blue', 'grey', undefined, undefined]);
    expect(readStatus({ value: null, text: '', fill: 'FF0000' })).toEqual({
      ok: { status: 'off track', label: 'off track', rag: 'red', from: 'fill' },
    });
    expect(readStatus({ value: 'Green', text: 'Green', fill: 'FF0000' })).toEqual({
      ok: { status: 'on track', label: 'on track', rag: 'green', from: 'word' },
    });
    expect(readStatus({ value: null, text: '', fill: 'FFFFFF' })).toEqual({ empty: true });
  });
});

describe('RAG on the council’s own scale', () => {
  const scale = statusScale([
    { label: 'Green', means: 'on track' },
    { label: 'Amber', means: 'at risk' },
    { label: 'Red', means: 'off track' },
    { label: 'Complete', means: 'complete' },
  ]);
  const label = (cell: GridCell): unknown => {
    const r = readStatus(cell, scale, { purple: 'complete' });
    return 'ok' in r ? r.ok.label : 'problem' in r ? `✗ ${r.problem} — ${r.fix}` : 'empty';
  };

  it('writes each word, letter, state and fill as the council’s label for it', () => {
    expect(
      [text('green'), text('A'), text('Red - behind'), text('Blue'), text('on track'), text('Purple')].map(label),
    ).toEqual(['Green', 'Amber', 'Red', 'Complete', 'Green', 'Complete']);
    expect(label({ value: null, text: '', fill: '00B050' })).toBe('Green');
    expect(label({ value: null, text: '', fill: '0070C0' })).toBe('Complete');
  });

  it('refuses a state the scale has no label for, and a word it does not know, listing the labels', () => {
    expect(label(text('Grey'))).toBe(
      '✗ "Grey" means not started, but the council\'s status scale has no label for not started — write one of its labels ("Green" (on track), "Amber" (at risk), "Red" (off track), "Complete"), or add a label that means not started under action_plan: statuses: in site.yaml',
    );
    expect(label(text('Sideways'))).toBe(
      '✗ "Sideways" is not a status on the council\'s scale — write one of its labels ("Green" (on track), "Amber" (at risk), "Red" (off track), "Complete"); or list "Sideways" under statuses: in the mapping file',
    );
  });
});

describe('responsible officers', () => {
  const matcher = new RoleMatcher(council().roles, { 'Fostering lead': 'fostering-manager' });
  const read = (t: string): unknown => shown(matcher.read(t));

  it('matches job titles however they are written, and role ids', () => {
    expect(read('virtual school head')).toEqual(['virtual-school-head']);
    expect(read('Director of Childrens Services')).toEqual(['director-childrens-services']);
    expect(read('fostering-manager')).toEqual(['fostering-manager']);
    expect(read('Fostering lead')).toEqual(['fostering-manager']);
  });

  it('makes joint leads a list, but keeps a title that holds "and" whole', () => {
    expect(read('Head of Fostering and Adoption')).toEqual(['head-of-fostering-adoption']);
    expect(read("Head of Fostering & Adoption and Director of Children's Services")).toEqual([
      'head-of-fostering-adoption',
      'director-childrens-services',
    ]);
    expect(read('Virtual School Head / Fostering Service Manager')).toEqual([
      'virtual-school-head',
      'fostering-manager',
    ]);
    expect(read('Virtual School Head\nFostering Service Manager')).toEqual([
      'virtual-school-head',
      'fostering-manager',
    ]);
    expect(read('Virtual School and Team Manager: Family Placement')).toEqual([
      'virtual-school-head',
      'family-placement-manager',
    ]);
  });

  it('refuses an unknown title and names the nearest role', () => {
    expect(read('Virtual School Headteacher')).toBe(
      '✗ "Virtual School Headteacher" is not the title of a role in roles.yaml (nearest: "Virtual School Head")',
    );
    expect(read('Virtual School Head and Head of Adoptions')).toBe(
      '✗ "Head of Adoptions" is not the title of a role in roles.yaml (nearest: "Head of Fostering and Adoption")',
    );
  });
});
