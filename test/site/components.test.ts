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
import UpdateText from '../../src/components/site/UpdateText.astro';
import BaseLayout from '../../src/layouts/BaseLayout.astro';
import { loadContent } from '../../src/loader/load-content.ts';
import type { Role } from '../../src/loader/model.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { MINIMAL } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const dom = (html: string): Document => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The small fixture council's model, as of the test build date: components render what it gives them. */
const model = buildSiteModel(loadContent(MINIMAL, { today: TODAY }).content!, TODAY);

const roles: (Role & { href: string })[] = [
  {
    id: 'fostering-manager',
    title: 'Fostering Service Manager',
    team: 'Fostering',
    mailbox: 'f@x.gov.uk',
    senior: false,
    href: '/leads/fostering-manager/',
  },
  {
    id: 'dcs',
    title: "Director of Children's Services",
    team: 'CS',
    mailbox: 'd@x.gov.uk',
    senior: true,
    href: '/leads/dcs/',
  },
  { id: 'vsh', title: 'Virtual School Head', team: 'VS', mailbox: 'v@x.gov.uk', senior: true, href: '/leads/vsh/' },
];

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

describe('UpdateText', () => {
  it('shows an update’s words, or, for a quarter reported with no words, its status and percent', async () => {
    const render = async (update: Record<string, unknown>): Promise<string> =>
      text(
        dom(await container.renderToString(UpdateText, { props: { update: { date: '2025-06-30', ...update } } })).body,
      );
    expect(await render({ text: 'Campaign launched.', status: 'on track' })).toBe('Campaign launched.');
    expect(
      await render({
        status: 'at risk',
        statusLabel: { label: 'Amber', means: 'at risk', meaning: 'Some risk to delivery' },
        percent_complete: 40,
      }),
    ).toBe('Reported with no commentary: Amber: some risk to delivery, 40% complete');
    expect(await render({ percent_complete: 75 })).toBe('Reported with no commentary: 75% complete');
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
    const render = async (state: 'done' | 'overdue' | 'open'): Promise<string> =>
      text(dom(await container.renderToString(ArisingTag, { props: { state } })).body);
    expect(await render('done')).toBe('Done');
    expect(await render('overdue')).toBe('Overdue');
    expect(await render('open')).toBe('Not done yet');
  });
});

describe('ActionCounts', () => {
  it('counts actions by status in words, leaving out statuses with none, and counts overdue ones', async () => {
    const html = await container.renderToString(ActionCounts, { props: { tally: model.actionTally } });
    expect(text(dom(html).body)).toBe('3 actions 1 not started 1 on track 1 complete 1 overdue');
  });
});

describe('ActionTable', () => {
  const actions = model.actions.all;

  it('gives each row its permalink id and the data a filter needs, when asked', async () => {
    const html = await container.renderToString(ActionTable, {
      props: { actions, caption: 'Objective 1', anchors: true },
    });
    const rows = [...dom(html).querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('id'))).toEqual(['action-1-1', 'action-1-2', 'action-2-1']);
    expect(rows[1]!.getAttribute('data-status')).toBe('not started');
    expect(rows[1]!.getAttribute('data-lead')).toBe('fostering-manager director-childrens-services');
    expect(rows[1]!.getAttribute('data-objective')).toBe('stable-homes');
  });

  it('shows number, action, linked leads, timescale, status in words and the latest update', async () => {
    const html = await container.renderToString(ActionTable, { props: { actions, caption: 'Objective 1' } });
    const doc = dom(html);
    expect([...doc.querySelectorAll('thead th')].map(text)).toEqual([
      'No.',
      'Action',
      'Lead',
      'Timescale',
      'Status',
      'Latest update',
    ]);
    const cells = (row: number): string[] => [...doc.querySelectorAll('tbody tr')[row]!.children].map(text);
    const first = cells(0);
    expect([first[0], ...first.slice(2)]).toEqual([
      'Action 1.1',
      'Fostering Service Manager',
      'January to March 2026',
      'On track Overdue',
      '10 January 2026 Twelve households started assessment.',
    ]);
    // The action's cell: its text, then its outcome, partners and related plans, opened without JavaScript.
    const actionCell = doc.querySelectorAll('tbody tr')[0]!.children[1]!;
    expect(actionCell.firstChild?.textContent?.trim()).toBe('Recruit more foster carers who live in the borough.');
    const details = actionCell.querySelector('details')!;
    expect(text(details.querySelector('summary')!)).toBe('Outcome, partners and related plans: Action 1.1');
    expect([...details.querySelectorAll('dt')].map(text)).toEqual(['Outcome', 'Partners', 'Related plans']);
    expect([...details.querySelectorAll('dd')].map(text)).toEqual([
      'More children can stay near their school and friends.',
      'Local fostering network',
      'None',
    ]);
    expect(cells(1).slice(2)).toEqual([
      "Fostering Service Manager and Director of Children's Services",
      'Ongoing',
      'Not started',
      'No update yet',
    ]);
    expect(cells(2).slice(3)).toEqual(['By 31 December 2025', 'Complete', '15 December 2025 All plans checked.']);
    expect(doc.querySelector('tbody tr th a')!.getAttribute('href')).toBe('/actions/1-1/');
    expect(
      [...doc.querySelectorAll('tbody tr')[1]!.querySelectorAll('td a')].map((a) => a.getAttribute('href')),
    ).toEqual(['/leads/fostering-manager/', '/leads/director-childrens-services/']);
    expect(doc.querySelectorAll('tbody tr[id]')).toHaveLength(0);
  });
});

describe('BaseLayout', () => {
  const render = (props: Record<string, unknown>): Promise<string> =>
    container.renderToString(BaseLayout, {
      props: { chrome: model.chrome, title: 'A page', ...props },
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
    // The council's own name and contact team, from the fixture's site.yaml through the model's chrome.
    expect(text(doc.querySelector('.site-header__name'))).toBe('Testford Council');
    expect(text(doc.querySelector('footer p'))).toBe(
      'Published by Testford Council. Contact the Children in Care Service: childrenincare@testford.gov.uk.',
    );
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('[style]')).toBeNull();
  });

  it('keeps young people in their edition when they search, and marks the body for its style', async () => {
    const doc = parseHTML(await render({ edition: 'young-people' })).document;
    // The edition has its own search page, in its own look, over its own pages.
    expect(doc.querySelector('form[role="search"]')!.getAttribute('action')).toBe('/young-people/search/');
    expect(doc.body.getAttribute('class')).toBe('edition-young-people');
    expect(text(doc.querySelector('[data-pagefind-filter="edition"]'))).toBe('Young people');
  });

  it("shows the page's own dates when it has them", async () => {
    const doc = parseHTML(await render({ updated: '2026-03-01', nextReview: '2027-03-01' })).document;
    expect(text(doc.querySelector('.page-dates'))).toBe('Last updated 1 March 2026. Next review 1 March 2027.');
  });
});
