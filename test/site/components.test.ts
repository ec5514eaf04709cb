/** The site's building blocks, rendered alone with the Astro Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import ActionCounts from '../../src/components/site/ActionCounts.astro';
import ActionTable from '../../src/components/site/ActionTable.astro';
import ArisingTag from '../../src/components/site/ArisingTag.astro';
import Breadcrumbs from '../../src/components/site/Breadcrumbs.astro';
import LeadLinks from '../../src/components/site/LeadLinks.astro';
import StatusTag from '../../src/components/site/StatusTag.astro';
import SummaryRow from '../../src/components/site/SummaryRow.astro';
import BaseLayout from '../../src/layouts/BaseLayout.astro';
import type { Action, Role } from '../../src/loader/model.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const dom = (html: string): Document => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const roles: Role[] = [
  {
    id: 'fostering-manager',
    title: 'Fostering Service Manager',
    team: 'Fostering',
    mailbox: 'f@x.gov.uk',
    senior: false,
  },
  { id: 'dcs', title: "Director of Children's Services", team: 'CS', mailbox: 'd@x.gov.uk', senior: true },
  { id: 'vsh', title: 'Virtual School Head', team: 'VS', mailbox: 'v@x.gov.uk', senior: true },
];
const roleOf = (id: string): Role => roles.find((r) => r.id === id)!;
const today = new Date(Date.UTC(2026, 10, 22));

const action = (overrides: Partial<Action>): Action => ({
  id: '3.4',
  action: 'Recruit foster carers.',
  outcome: 'Children stay local.',
  lead: ['fostering-manager'],
  partners: [],
  plans: [],
  timescale: '2027-03',
  status: 'on track',
  indicators: [],
  updates: [],
  objective: 'stable-homes',
  file: 'content/actions/stable-homes.yaml',
  ...overrides,
});

describe('StatusTag', () => {
  it('says the status in words, with a class for its colour', async () => {
    const html = await container.renderToString(StatusTag, { props: { status: 'at risk' } });
    const tags = dom(html).querySelectorAll('strong.tag');
    expect([...tags].map(text)).toEqual(['At risk']);
    expect(tags[0]!.getAttribute('class')).toBe('tag tag--at-risk');
  });

  it('adds "Overdue" in words when the action is overdue', async () => {
    const html = await container.renderToString(StatusTag, { props: { status: 'on track', overdue: true } });
    expect([...dom(html).querySelectorAll('strong.tag')].map(text)).toEqual(['On track', 'Overdue']);
  });
});

describe('LeadLinks', () => {
  it('links each role by job title and joins them in words', async () => {
    const html = await container.renderToString(LeadLinks, { props: { roles } });
    const doc = dom(html);
    expect(text(doc.body)).toBe("Fostering Service Manager, Director of Children's Services and Virtual School Head");
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/leads/fostering-manager/',
      '/leads/dcs/',
      '/leads/vsh/',
    ]);
  });
});

describe('Breadcrumbs', () => {
  it('lists the ancestors in a labelled navigation landmark', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: {
        items: [
          { label: 'Home', href: '/' },
          { label: 'Action plan', href: '/action-plan/' },
        ],
      },
    });
    const nav = dom(html).querySelector('nav[aria-label="Breadcrumb"]');
    expect([...nav!.querySelectorAll('li a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Action plan', '/action-plan/'],
    ]);
  });

  it('renders nothing without ancestors', async () => {
    expect((await container.renderToString(Breadcrumbs, { props: { items: [] } })).trim()).toBe('');
  });
});

describe('SummaryRow', () => {
  it('pairs a key with its value', async () => {
    const html = await container.renderToString(SummaryRow, {
      props: { key: 'Timescale' },
      slots: { default: 'March 2027' },
    });
    const doc = dom(html);
    expect(text(doc.querySelector('dt'))).toBe('Timescale');
    expect(text(doc.querySelector('dd'))).toBe('March 2027');
  });
});

describe('ArisingTag', () => {
  it('says whether an action agreed at a meeting is done, overdue or not done yet', async () => {
    const render = async (due: string, done: boolean): Promise<string> =>
      text(dom(await container.renderToString(ArisingTag, { props: { arising: { due, done }, today } })).body);
    expect(await render('2026-01-01', true)).toBe('Done');
    expect(await render('2026-01-01', false)).toBe('Overdue');
    expect(await render('2027-01-01', false)).toBe('Not done yet');
  });
});

describe('ActionCounts', () => {
  it('counts actions by status in words, leaving out statuses with none, and counts overdue ones', async () => {
    const html = await container.renderToString(ActionCounts, {
      props: {
        actions: [
          action({ status: 'on track', timescale: '2026-01' }),
          action({ status: 'on track' }),
          action({ status: 'complete', timescale: '2025-01' }),
        ],
        today,
      },
    });
    expect(text(dom(html).body)).toBe('3 actions 2 on track 1 complete 1 overdue');
  });
});

describe('ActionTable', () => {
  const actions = [
    action({
      id: '3.4',
      lead: ['fostering-manager', 'dcs'],
      timescale: '2026-Q1',
      updates: [
        { date: '2026-01-10', text: 'Older update.' },
        { date: '2026-02-10', text: 'Newest update.' },
      ],
    }),
    action({ id: '3.10', status: 'complete', timescale: '2025-12-31' }),
  ];

  it('gives each row its permalink id and the data a filter needs, when asked', async () => {
    const html = await container.renderToString(ActionTable, {
      props: { actions, caption: 'Objective 3', roleOf, today, anchors: true },
    });
    const rows = [...dom(html).querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('id'))).toEqual(['action-3-4', 'action-3-10']);
    expect(rows[0]!.getAttribute('data-status')).toBe('on track');
    expect(rows[0]!.getAttribute('data-lead')).toBe('fostering-manager dcs');
    expect(rows[0]!.getAttribute('data-objective')).toBe('stable-homes');
  });

  it('shows number, action, linked leads, timescale, status in words and the latest update', async () => {
    const html = await container.renderToString(ActionTable, {
      props: { actions, caption: 'Objective 3', roleOf, today },
    });
    const doc = dom(html);
    expect([...doc.querySelectorAll('thead th')].map(text)).toEqual([
      'No.',
      'Action',
      'Lead',
      'Timescale',
      'Status',
      'Latest update',
    ]);
    const cells = [...doc.querySelectorAll('tbody tr')[0]!.children].map(text);
    expect(cells).toEqual([
      'Action 3.4',
      'Recruit foster carers.',
      "Fostering Service Manager and Director of Children's Services",
      'January to March 2026',
      'On track Overdue',
      '10 February 2026 Newest update.',
    ]);
    expect(doc.querySelector('tbody tr th a')!.getAttribute('href')).toBe('/actions/3-4/');
    expect(doc.querySelectorAll('tbody tr[id]')).toHaveLength(0);
    const complete = [...doc.querySelectorAll('tbody tr')[1]!.children].map(text);
    expect(complete.slice(3)).toEqual(['By 31 December 2025', 'Complete', 'No update yet']);
  });
});

describe('BaseLayout', () => {
  const render = (props: Record<string, unknown>): Promise<string> =>
    container.renderToString(BaseLayout, {
      props: { title: 'A page', ...props },
      slots: { default: '<h1>A page</h1>' },
    });

  it('frames the page with a skip link, search, breadcrumbs, dates and footer outside the indexed region', async () => {
    const doc = parseHTML(
      await render({
        breadcrumbs: [{ label: 'Home', href: '/' }],
        search: { type: 'action', lead: ['Head, Children in Care'], status: 'on track', objective: 'Homes' },
      }),
    ).document;
    expect(doc.querySelector('a.skip-link')!.getAttribute('href')).toBe('#main-content');
    const form = doc.querySelector('header form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method')).toBe('get');
    const input = form.querySelector('input[type="search"][name="q"]')!;
    expect(text(doc.querySelector(`label[for="${input.getAttribute('id')}"]`))).toBe('Search');
    expect(form.querySelector('input[name="edition"]')).toBeNull();
    expect(doc.querySelector('nav[aria-label="Breadcrumb"]')).not.toBeNull();

    const main = doc.querySelector('main#main-content')!;
    expect(main.children).toHaveLength(1);
    const indexed = main.children[0]!;
    expect(indexed.hasAttribute('data-pagefind-body')).toBe(true);
    expect(text(indexed.querySelector('h1'))).toBe('A page');
    const filters = [...indexed.querySelectorAll('[data-pagefind-filter]')].map((f) => [
      f.getAttribute('data-pagefind-filter'),
      text(f),
    ]);
    expect(filters).toEqual([
      ['edition', 'Full'],
      ['type', 'Action'],
      ['objective', 'Homes'],
      ['lead', 'Head, Children in Care'],
      ['status', 'on track'],
    ]);
    expect(indexed.querySelector('[data-pagefind-filter]')!.closest('[hidden]')).not.toBeNull();
    expect(text(doc.querySelector('.page-dates'))).toMatch(
      /^Last updated \d+ \w+ \d{4}\. Next review \d+ \w+ \d{4}\.$/,
    );
    expect(doc.querySelector('main .page-dates, main nav, main footer, main header')).toBeNull();
    expect(doc.querySelector('footer a[href="/accessibility/"]')).not.toBeNull();
    expect(doc.querySelector('footer a[href^="mailto:"]')).not.toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('[style]')).toBeNull();
  });

  it('keeps young people in their edition when they search, and marks the body for its style', async () => {
    const doc = parseHTML(await render({ edition: 'young-people' })).document;
    expect(doc.querySelector('form[role="search"] input[type="hidden"][name="edition"]')!.getAttribute('value')).toBe(
      'young-people',
    );
    expect(doc.body.getAttribute('class')).toBe('edition-young-people');
    expect(text(doc.querySelector('[data-pagefind-filter="edition"]'))).toBe('Young people');
  });

  it("shows the page's own dates when it has them", async () => {
    const doc = parseHTML(await render({ updated: '2026-03-01', nextReview: '2027-03-01' })).document;
    expect(text(doc.querySelector('.page-dates'))).toBe('Last updated 1 March 2026. Next review 1 March 2027.');
  });
});
