/**
 * A lead with more to do than a page holds (issue 15): the lead's page stays a summary (the most
 * urgent things to do, the first indicators, and how many agenda items and actions from meetings
 * there are, each with a link), and the long lists have pages of their own under the role's
 * address, linked by a pager, in the sitemap and in search. A role whose lists are short keeps them
 * all on its page, with no pages of their own.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { leadListPages } from '../../src/model/lead-lists.ts';
import { pageList } from '../../src/model/page-list.ts';
import { PER_PAGE } from '../../src/model/paging.ts';
import { loadValid } from '../support/fixture-council.ts';
import { TEST_TODAY } from '../support/test-date.ts';
import { longListsCouncil } from './long-lists-council.ts';

// Imported by path: tsc has no types for .astro files (astro check covers the pages themselves).
type Component = Parameters<AstroContainer['renderToString']>[0];
const load = async (file: string): Promise<Component> =>
  ((await import(/* @vite-ignore */ file)) as { default: Component }).default;
const LeadPage = await load('../../src/pages/leads/[role]/[...page].astro');
const ListPage = await load('../../src/pages/leads/[role]/[list]/[...page].astro');

const dir = longListsCouncil();
const model = buildSiteModel(loadValid(dir), TEST_TODAY);
const lead = model.responsibilities.find((r) => r.role.id === 'fostering-manager')!;
const short = model.responsibilities.find((r) => r.role.id === 'virtual-school-head')!;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const links = (el: Element | null | undefined): string[] =>
  [...(el?.querySelectorAll('a') ?? [])].map((a) => `${text(a)} → ${a.getAttribute('href')}`);
/** What follows the h2 whose text is `heading`, up to the next h2. */
function section(doc: Document, heading: string): Element[] {
  const h2 = [...doc.querySelectorAll('main h2')].find((h) => text(h) === heading);
  const out: Element[] = [];
  for (let el = h2?.nextElementSibling; el && el.localName !== 'h2'; el = el.nextElementSibling) out.push(el);
  return out;
}

async function leadPage(r = lead): Promise<Document> {
  const html = await container.renderToString(LeadPage, {
    props: { responsibilities: r, page: r.actionPages[0], chrome: model.chrome, boardName: model.content.board.name },
    request: new Request(`https://example.org${r.role.href}`),
  });
  return parseHTML(html).document;
}

async function listPage(list: string, number: number): Promise<Document> {
  const shown = leadListPages(lead.longLists).find((s) => s.list === list && s.page.number === number)!;
  const html = await container.renderToString(ListPage, {
    props: { r: lead, shown, chrome: model.chrome },
    request: new Request(`https://example.org${shown.page.href}`),
  });
  return parseHTML(html).document;
}

describe('a lead with long lists', () => {
  it('has pages of its own for each list longer than a page holds, at addresses under the role, every item on one', () => {
    const { longLists } = lead;
    expect(
      leadListPages(longLists).map(({ list, page }) => `${list} ${page.href} ${page.from}-${page.to} of ${page.total}`),
    ).toMatchInlineSnapshot(`
      [
        "to-do /leads/fostering-manager/to-do/ 1-30 of 37",
        "to-do /leads/fostering-manager/to-do/page-2/ 31-37 of 37",
        "agenda-items /leads/fostering-manager/agenda-items/ 1-40 of 48",
        "agenda-items /leads/fostering-manager/agenda-items/page-2/ 41-48 of 48",
        "arising /leads/fostering-manager/arising/ 1-40 of 46",
        "arising /leads/fostering-manager/arising/page-2/ 41-46 of 46",
        "indicators /leads/fostering-manager/indicators/ 1-40 of 45",
        "indicators /leads/fostering-manager/indicators/page-2/ 41-45 of 45",
      ]
    `);
    expect(longLists['to-do']!.flatMap((p) => p.items)).toEqual(lead.worklist);
    expect(longLists['agenda-items']!.flatMap((p) => p.items)).toEqual(lead.agendaItems);
    expect(longLists.arising!.flatMap((p) => p.items)).toEqual(lead.arising);
    expect(longLists.indicators!.flatMap((p) => p.items)).toEqual(lead.indicators);
    expect(PER_PAGE.toDo).toBe(30);
    expect(PER_PAGE.leadLists).toBe(40);
  });

  it('keeps a role’s short lists on its own page, with no pages of their own', async () => {
    expect(short.longLists).toEqual({});
    const doc = await leadPage(short);
    const below = [...doc.querySelectorAll('main a')].filter(
      (a) => a.getAttribute('href')!.startsWith(`${short.role.href}`) && a.getAttribute('href') !== short.role.href,
    );
    expect(below).toEqual([]);
    expect(section(doc, 'Indicators').map(text)).toEqual(['Personal Education Plans up to date']);
  });

  it('lists every page of every long list in the sitemap, titled as the page is', () => {
    const leads = pageList(model).find((g) => g.heading === model.chrome.sections.leads.label)!;
    const mine = leads.pages.filter((p) => p.href.startsWith(lead.role.href)).map((p) => `${p.label} → ${p.href}`);
    expect(mine).toMatchInlineSnapshot(`
      [
        "Fostering Service Manager → /leads/fostering-manager/",
        "Fostering Service Manager: to do → /leads/fostering-manager/to-do/",
        "Fostering Service Manager: to do, page 2 of 2 → /leads/fostering-manager/to-do/page-2/",
        "Fostering Service Manager: agenda items → /leads/fostering-manager/agenda-items/",
        "Fostering Service Manager: agenda items, page 2 of 2 → /leads/fostering-manager/agenda-items/page-2/",
        "Fostering Service Manager: actions from meetings → /leads/fostering-manager/arising/",
        "Fostering Service Manager: actions from meetings, page 2 of 2 → /leads/fostering-manager/arising/page-2/",
        "Fostering Service Manager: indicators → /leads/fostering-manager/indicators/",
        "Fostering Service Manager: indicators, page 2 of 2 → /leads/fostering-manager/indicators/page-2/",
      ]
    `);
  });

  it('opens its page with the most urgent things to do, the first indicators, and counts of the rest, each with a link', async () => {
    const doc = await leadPage();
    const toDo = section(doc, 'To do, overdue first');
    expect(toDo.slice(0, 2).map(text)).toEqual([
      '37 things not yet done, 21 overdue; 2 actions need a progress update.',
      'The 30 most urgent are below. All 37 things to do',
    ]);
    expect(links(toDo[1])).toEqual(['All 37 things to do → /leads/fostering-manager/to-do/']);
    const rows = [...doc.querySelectorAll('table.worklist tbody tr')];
    expect(rows).toHaveLength(PER_PAGE.toDo);
    expect(rows.map((tr) => text(tr.querySelector('th')))).toEqual(lead.worklist.slice(0, 30).map((i) => i.what));

    expect(section(doc, 'Agenda items').map(text)).toEqual([
      '48 agenda items at 3 meetings, 2 of them at meetings still to come. All 48 agenda items',
    ]);
    expect(links(section(doc, 'Agenda items')[0])).toEqual([
      'All 48 agenda items → /leads/fostering-manager/agenda-items/',
    ]);
    expect(section(doc, 'Actions from meetings').map(text)).toEqual([
      '46 actions agreed at meetings: 20 overdue, 15 not done yet, 11 done. All 46 actions from meetings',
    ]);
    expect(links(section(doc, 'Actions from meetings')[0])).toEqual([
      'All 46 actions from meetings → /leads/fostering-manager/arising/',
    ]);

    const indicators = section(doc, 'Indicators');
    expect(text(indicators[0])).toBe('The first 40 of 45 are below. All 45 indicators');
    expect(links(indicators[0])).toEqual(['All 45 indicators → /leads/fostering-manager/indicators/']);
    expect(indicators[1]!.querySelectorAll('li')).toHaveLength(40);
  });

  it('shows the rest of the rows on the later pages, with a pager between the pages', async () => {
    const first = await listPage('to-do', 1);
    const second = await listPage('to-do', 2);
    expect([first, second].map((doc) => [text(doc.querySelector('title')), text(doc.querySelector('h1'))])).toEqual([
      ['Fostering Service Manager: to do - Testford corporate parenting', 'To do, overdue first'],
      [
        'Fostering Service Manager: to do, page 2 of 2 - Testford corporate parenting',
        'To do, overdue first, page 2 of 2',
      ],
    ]);
    expect(text(second.querySelector('main .lead'))).toBe('Things to do 31 to 37 of 37.');
    const rows = (doc: Document): string[] =>
      [...doc.querySelectorAll('table.worklist tbody tr th')].map((th) => text(th));
    expect([...rows(first), ...rows(second)]).toEqual(lead.worklist.map((i) => i.what));
    expect(rows(second)).toHaveLength(7);

    const pager = (doc: Document): string[] =>
      [...doc.querySelectorAll('nav.pager a')].map(
        (a) => `${text(a)} → ${a.getAttribute('href')}${a.getAttribute('aria-current') ? ' (current)' : ''}`,
      );
    expect(pager(first)).toEqual([
      'Page 1 → /leads/fostering-manager/to-do/ (current)',
      'Page 2 → /leads/fostering-manager/to-do/page-2/',
      'Next page → /leads/fostering-manager/to-do/page-2/',
    ]);
    expect(pager(second)).toEqual([
      'Previous page → /leads/fostering-manager/to-do/',
      'Page 1 → /leads/fostering-manager/to-do/',
      'Page 2 → /leads/fostering-manager/to-do/page-2/ (current)',
    ]);
    expect(second.querySelector('nav.pager')!.getAttribute('aria-label')).toBe(
      'Pages of Fostering Service Manager: to do',
    );
  });

  it('puts every agenda item, action from a meeting and indicator on one of its list’s pages, found by search under the lead', async () => {
    const shown = async (list: string, selector: string): Promise<string[]> =>
      (await Promise.all([listPage(list, 1), listPage(list, 2)])).flatMap((doc) =>
        [...doc.querySelectorAll(selector)].filter((el) => !el.closest('nav')).map((el) => text(el)),
      );
    expect(await shown('agenda-items', 'main ul li')).toEqual(
      lead.agendaItems.map((e) => expect.stringContaining(e.item.title) as unknown as string),
    );
    const arising = await shown('arising', 'main ul li');
    expect(arising).toHaveLength(46);
    expect(arising.at(-1)).toBe('Fostering task 45. Due 15 January 2027. Not done yet (15 June 2026)');
    expect(await shown('indicators', 'main ul li a')).toEqual(lead.indicators.map((i) => i.title));

    const doc = await listPage('arising', 2);
    expect(text(doc.querySelector('h1'))).toBe('Actions from meetings, page 2 of 2');
    expect(text(doc.querySelector('main .lead'))).toBe('Actions from meetings 41 to 46 of 46.');
    expect(doc.querySelector('main [data-pagefind-body] h1')).not.toBeNull();
    expect([...doc.querySelectorAll('[data-pagefind-filter="lead"]')].map(text)).toEqual(['Fostering Service Manager']);
    expect(links(doc.querySelector('nav.breadcrumbs'))).toContain(
      'Fostering Service Manager → /leads/fostering-manager/',
    );
  });
});
