/**
 * Each schema accepts what editors are told they may write and turns it into what pages expect.
 * Rejections with their exact messages are pinned in bad-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { actionsFileSchema } from '../../src/schemas/actions.ts';
import { boardSchema } from '../../src/schemas/board.ts';
import { glossaryFileSchema } from '../../src/schemas/glossary.ts';
import { indicatorSchema } from '../../src/schemas/indicators.ts';
import { meetingSchema } from '../../src/schemas/meetings.ts';
import { objectiveSchema } from '../../src/schemas/objectives.ts';
import {
  annualReportFrontMatterSchema,
  strategyFrontMatterSchema,
  youngPeopleFrontMatterSchema,
} from '../../src/schemas/pages.ts';
import { roleSchema } from '../../src/schemas/roles.ts';
import { scorecardSchema, valueSchema } from '../../src/schemas/scorecards.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const action = {
  id: '3.4',
  action: 'Offer every care leaver a dental check.',
  outcome: 'Care leavers keep healthy teeth.',
  lead: 'designated-nurse',
  timescale: '2026-Q2',
  status: 'on track',
};

describe('actions', () => {
  it('turns a single lead into a list and fills in empty lists', () => {
    const parsed = actionsFileSchema.parse({ objective: 'health', actions: [action] });
    expect(parsed.actions[0]).toMatchObject({
      lead: ['designated-nurse'],
      partners: [],
      plans: [],
      updates: [],
      indicators: [],
    });
  });
  it('accepts joint leads, links to plans and dated updates', () => {
    const row = {
      ...action,
      lead: ['a', 'b'],
      plans: [{ title: 'Sufficiency strategy', url: '/strategy/' }],
      updates: [{ date: '2026-01-05', text: 'Started.' }],
    };
    expect(actionsFileSchema.safeParse({ objective: 'health', actions: [row] }).success).toBe(true);
  });
  it('refuses a link to a script', () => {
    const row = { ...action, plans: [{ title: 'x', url: 'javascript:alert(1)' }] };
    expect(actionsFileSchema.safeParse({ objective: 'health', actions: [row] }).success).toBe(false);
  });
  it.each(['2026-03-31', '2026-03', '2026-Q1', 'ongoing'])('accepts the timescale %s', (timescale) => {
    expect(actionsFileSchema.safeParse({ objective: 'h', actions: [{ ...action, timescale }] }).success).toBe(true);
  });
  it.each(['not started', 'on track', 'at risk', 'off track', 'complete'])('accepts the status %s', (status) => {
    expect(actionsFileSchema.safeParse({ objective: 'h', actions: [{ ...action, status }] }).success).toBe(true);
  });
});

describe('roles', () => {
  const role = {
    id: 'virtual-school-head',
    title: 'Virtual School Head',
    team: 'Virtual School',
    mailbox: 'vs@example.gov.uk',
  };
  it('is not senior, and so not named, unless it says so', () => {
    expect(roleSchema.parse(role)).toEqual({ ...role, senior: false });
    expect(roleSchema.safeParse({ ...role, senior: true, post_holder: 'A Person' }).success).toBe(true);
    expect(roleSchema.safeParse({ ...role, post_holder: 'A Person' }).success).toBe(false);
  });
});

describe('objectives', () => {
  it('may leave out success measures (the check warns instead)', () => {
    const objective = { id: 'health', number: 2, title: 'Health', summary: 'Healthy.', lead: 'dcs' };
    expect(objectiveSchema.parse(objective).success_measures).toEqual([]);
    expect(objectiveSchema.parse({ ...objective, success_measures: ['More checks.'] }).indicators).toEqual([]);
  });
});

describe('indicators', () => {
  const indicator = {
    id: 'care-leavers-eet',
    title: 'Care leavers in education, employment or training',
    definition: 'Care leavers aged 19 to 21 in education, employment or training.',
    unit: 'percentage',
    polarity: 'higher is better',
    source: 'SSDA903 return',
    objective: 'leaving-care',
    lead: 'head-of-leaving-care',
    counts_children: true,
    frequency: 'annual',
  };
  it('accepts every unit and polarity', () => {
    for (const unit of ['count', 'percentage', 'rate per 10,000', 'days', 'weeks']) {
      for (const polarity of ['higher is better', 'lower is better', 'context only']) {
        expect(indicatorSchema.safeParse({ ...indicator, unit, polarity }).success).toBe(true);
      }
    }
  });
  it('must say whether it counts children, so small numbers are never shown by accident', () => {
    const withoutFlag: Partial<typeof indicator> = { ...indicator };
    delete withoutFlag.counts_children;
    expect(indicatorSchema.safeParse(withoutFlag).success).toBe(false);
  });
});

describe('scorecards', () => {
  it('takes a figure as a value, a fraction or a symbol, but only one way', () => {
    expect(valueSchema.safeParse({ period: 'Q1', value: 12.5 }).success).toBe(true);
    expect(valueSchema.safeParse({ period: 'Q1', numerator: 4, denominator: 9 }).success).toBe(true);
    expect(valueSchema.safeParse({ period: 'year', symbol: 'x' }).success).toBe(true);
    expect(valueSchema.safeParse({ period: 'Q1', value: 1, symbol: 'x' }).success).toBe(false);
    expect(valueSchema.safeParse({ period: 'Q1' }).success).toBe(false);
    expect(valueSchema.safeParse({ period: 'Q5', value: 1 }).success).toBe(false);
  });
  it('accepts a real zero', () => {
    expect(valueSchema.parse({ period: 'Q1', value: 0 })).toEqual({ period: 'Q1', value: 0 });
  });
  it('defaults comparators to none and checks the reporting year', () => {
    const card = {
      year: '2024-25',
      updated: '2025-05-01',
      indicators: [{ indicator: 'x', values: [{ period: 'year', value: 1 }] }],
    };
    expect(scorecardSchema.parse(card).indicators[0]!.comparators).toEqual({});
    expect(scorecardSchema.safeParse({ ...card, year: '2024-26' }).success).toBe(false);
  });
});

describe('board, meetings, glossary, site and pages', () => {
  it('board sub-groups default to none', () => {
    const board = {
      name: 'Board',
      purpose: 'Purpose.',
      responsibilities: ['One.'],
      chair: 'lead-member',
      membership: [{ representative: 'Foster carers', seats: 2 }],
      frequency: 'Quarterly',
      quorum: 'Three.',
      reporting: ['Council.'],
      last_reviewed: '2026-01-01',
      next_review: '2027-01-01',
    };
    expect(boardSchema.parse(board).subgroups).toEqual([]);
  });
  it('a meeting item defaults to reviewing nothing, and an arising action to not done', () => {
    const meeting = meetingSchema.parse({
      date: '2026-01-20',
      body: 'board',
      agenda: [{ title: 'Item', lead: 'dcs' }],
      arising: [{ what: 'Report back.', owner: 'dcs', due: '2026-03-01' }],
    });
    expect(meeting.agenda[0]).toMatchObject({ lead: ['dcs'], actions: [], indicators: [] });
    expect(meeting.arising[0]!.done).toBe(false);
  });
  it('glossary abbreviations are short', () => {
    expect(
      glossaryFileSchema.safeParse([
        { term: 'Personal Education Plan', abbreviation: 'PEP', meaning: 'm', young_meaning: 'y' },
      ]).success,
    ).toBe(true);
    expect(
      glossaryFileSchema.safeParse([{ term: 'T', abbreviation: 'P.E.P.', meaning: 'm', young_meaning: 'y' }]).success,
    ).toBe(false);
  });
  it('the site must be on https and its colour a hex value', () => {
    const site = {
      council: 'C',
      url: 'https://example.gov.uk',
      strategy: { title: 'S', from: 2025, to: 2028 },
      contact: { team: 'T', email: 't@example.gov.uk' },
      last_reviewed: '2026-01-01',
      next_review: '2027-01-01',
      branding: { display_name: 'C', accent_colour: '#1d4f6e' },
    };
    expect(siteSchema.safeParse(site).success).toBe(true);
    expect(siteSchema.safeParse({ ...site, url: 'http://example.gov.uk' }).success).toBe(false);
  });
  it('pages: strategy principles, annual report lists, young-person kinds', () => {
    expect(strategyFrontMatterSchema.safeParse({ title: 'S', vision: 'V', principles: [] }).success).toBe(false);
    expect(
      annualReportFrontMatterSchema.safeParse({
        year: '2024-25',
        title: 'T',
        summary: 'S',
        considered: ['a'],
        strengths: ['b'],
        development: ['c'],
        priorities: ['d'],
      }).success,
    ).toBe(true);
    expect(youngPeopleFrontMatterSchema.parse({ title: 'T', summary: 'S', kind: 'help' }).order).toBe(100);
    expect(youngPeopleFrontMatterSchema.safeParse({ title: 'T', summary: 'S', kind: 'objective' }).success).toBe(false);
  });
});
