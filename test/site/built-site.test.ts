/**
 * The engine's pages as a council's readers meet them, over a built fixture council (the second
 * council, shaped unlike the example): every action can be found where people look for it, every
 * lead has a page, every page has the site's frame, abbreviations are explained once per page, and
 * the feeds and sitemap list what was built. Links, budgets and the policy are `npm run verify`'s.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../src/lib/actions.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { actionAnchor, actionSlug, glossaryAnchor } from '../../src/model/urls.ts';
import { htmlPages, page as pageIn } from '../support/built-site.ts';
import { loadValid } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { TEST_TODAY as today } from '../support/test-date.ts';
import { testSite } from '../support/test-sites.ts';
import { xmlProblem } from './well-formed-xml.ts';

const SITE = await testSite('second-council');
const content = loadValid(SECOND_COUNCIL);
const page = (url: string): Document => pageIn(SITE, url);
const pages = htmlPages(SITE);
const hrefs = (doc: Document, selector = 'a[href]'): string[] =>
  [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);

describe('every action can be found', () => {
  it.each(content.actions.map((a) => [a.id, a] as const))('action %s', (id, action) => {
    // The action plan's summary links each objective's page, which holds its rows with their anchors.
    expect(hrefs(page('/action-plan/'), 'main .plan-objectives a')).toContain(`/objectives/${action.objective}/`);
    const plan = page(`/objectives/${action.objective}/`);
    const row = plan.getElementById(actionAnchor(id));
    expect(row?.tagName, `row on /objectives/${action.objective}/`).toBe('TR');
    expect(row!.textContent).toContain(action.action);
    expect(row!.getAttribute('data-status')).toBe(action.status);
    expect(hrefs(plan), 'objective page').toContain(`/actions/${actionSlug(id)}/`);

    const own = page(`/actions/${actionSlug(id)}/`);
    expect(own.querySelector('h1')!.textContent).toBe(action.action);
    expect(hrefs(own, 'main a')).toContain(`/objectives/${action.objective}/#${actionAnchor(id)}`);
    for (const lead of action.lead) {
      expect(hrefs(page(`/leads/${lead}/`)), `lead page of ${lead}`).toContain(`/actions/${actionSlug(id)}/`);
    }
  });

  it('gives each action page the search filters for its objective, leads and status', () => {
    for (const action of content.actions) {
      const doc = page(`/actions/${actionSlug(action.id)}/`);
      const filters = [...doc.querySelectorAll('[data-pagefind-body] [data-pagefind-filter]')].map(
        (f) => `${f.getAttribute('data-pagefind-filter')}: ${f.textContent}`,
      );
      const objective = content.objectives.find((o) => o.id === action.objective)!;
      expect(filters).toEqual([
        'edition: Full',
        'type: Action',
        `objective: ${objective.title}`,
        ...action.lead.map((id) => `lead: ${content.roles.find((r) => r.id === id)!.title}`),
        `status: ${action.status}`,
      ]);
    }
  });

  it('shows overdue actions as "Overdue" in words, judged on the build date', () => {
    for (const action of content.actions) {
      const plan = page(`/objectives/${action.objective}/`);
      const words = [...plan.getElementById(actionAnchor(action.id))!.querySelectorAll('.tag')].map(
        (t) => t.textContent,
      );
      expect(words.includes('Overdue'), action.id).toBe(isOverdue(action, today));
    }
  });

  it('offers a page per status holding exactly the actions with that status', () => {
    for (const status of ['not started', 'on track', 'at risk', 'off track', 'complete'] as const) {
      const doc = page(`/action-plan/status/${status.replaceAll(' ', '-')}/`);
      const listed = [...doc.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-status'));
      expect(listed).toEqual(content.actions.filter((a) => a.status === status).map(() => status));
    }
  });

  it('lists exactly the overdue actions on /action-plan/overdue/', () => {
    const listed = hrefs(page('/action-plan/overdue/'), 'tbody th a');
    expect(listed).toEqual(
      content.actions.filter((a) => isOverdue(a, today)).map((a) => `/actions/${actionSlug(a.id)}/`),
    );
    expect(listed.length).toBeGreaterThan(0);
  });
});

describe('leads', () => {
  it('gives every role with anything to lead a page, listed on /leads/', () => {
    const leading = buildSiteModel(content, today).responsibilities.map((r) => r.role.id);
    expect(leading.length).toBeGreaterThan(0);
    const listed = hrefs(page('/leads/'));
    for (const id of leading) {
      expect(existsSync(path.join(SITE, 'leads', id, 'index.html')), id).toBe(true);
      expect(listed, id).toContain(`/leads/${id}/`);
      const role = content.roles.find((r) => r.id === id)!;
      expect(hrefs(page(`/leads/${id}/`)), id).toContain(`mailto:${role.mailbox}`);
    }
  });

  it('opens each lead page with what the role has still to do: every unfinished action it leads, in one table', () => {
    for (const action of content.actions.filter((a) => a.status !== 'complete')) {
      for (const lead of action.lead) {
        const doc = page(`/leads/${lead}/`);
        expect(doc.querySelector('h2#to-do')?.textContent, lead).toBe('To do, overdue first');
        const rows = [...doc.querySelectorAll('table.worklist tbody tr a')].map((a) => a.getAttribute('href'));
        expect(rows, `${lead}: action ${action.id}`).toContain(`/actions/${actionSlug(action.id)}/`);
      }
    }
  });
});

describe('every page', () => {
  const isErrorPage = (url: string): boolean => url === '/404.html';
  const isYoungPeople = (url: string): boolean => url.startsWith('/young-people/');

  it.each(pages.map((p) => [p.url]))('%s has a skip link, search, dates, a heading and the footer links', (url) => {
    const doc = page(url);
    expect(doc.querySelector('a.skip-link[href="#main-content"]')).not.toBeNull();
    expect(doc.querySelector('header form[role="search"] input[type="search"][name="q"]')).not.toBeNull();
    // Every page is searchable except "page not found", the search pages themselves, and each year's
    // board pack and its sections (a print copy of the year’s scorecard, which search finds instead).
    const isSearchPage = url === '/search/' || url === '/young-people/search/';
    const isBoardPack = /^\/scorecards\/[^/]+\/board-pack\//.test(url);
    expect(doc.querySelector('main > [data-pagefind-body]') === null).toBe(
      isErrorPage(url) || isSearchPage || isBoardPack,
    );
    expect(doc.querySelector('.page-dates')!.textContent).toMatch(/Last updated .+ Next review/);
    expect(hrefs(doc, 'footer a')).toContain('/accessibility/');
    expect(doc.querySelector('h1')).not.toBeNull();
    // The young people's edition has its own short menu instead of breadcrumbs.
    if (url !== '/' && !isErrorPage(url) && !isYoungPeople(url)) {
      expect(doc.querySelector('nav[aria-label="Breadcrumb"] a[href="/"]'), 'breadcrumbs').not.toBeNull();
    }
    if (isYoungPeople(url)) expect(doc.querySelector('nav[aria-label="Young people"]')).not.toBeNull();
  });

  // An abbreviation's plural ("PEPs") is the one place a letter may follow a closing link.
  it('never runs a word into a link or tag (spaces lost between text and markup)', () => {
    const runTogether = pages.flatMap(({ file, url }) => {
      const html = readFileSync(file, 'utf8');
      return [
        ...html.matchAll(
          /[a-z,:;]<(a|strong|time) |(?<!<\/abbr>)<\/(a|strong|time)>[A-Za-z(]|<\/(span|strong|a|time)><(?!span data-pagefind-filter)(strong|a|span|time)[ >]/g,
        ),
      ].map((m) => `${url}: …${html.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
    });
    expect(runTogether).toEqual([]);
  });

  it('has a title of its own', () => {
    const titles = pages.map(({ url }) => page(url).title);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });
});

describe('glossary and abbreviations', () => {
  it('gives every term an anchor, in both editions’ word lists', () => {
    for (const glossary of ['/glossary/', '/young-people/glossary/']) {
      const doc = page(glossary);
      for (const term of content.glossary)
        expect(doc.getElementById(glossaryAnchor(term.term)), `${glossary} ${term.term}`).not.toBeNull();
    }
  });

  it('explains an abbreviation on its first use on a page, linked to its edition’s word list, and only once', () => {
    let pagesWithAbbreviations = 0;
    const glossaries = ['/glossary/', '/young-people/glossary/'];
    for (const { url } of pages.filter((p) => !glossaries.includes(p.url))) {
      const glossary = url.startsWith('/young-people/') ? '/young-people/glossary/' : '/glossary/';
      const doc = page(url);
      const marked = [...doc.querySelectorAll('main abbr[title]')].map((a) => a.textContent);
      expect(new Set(marked).size, url).toBe(marked.length);
      for (const abbr of doc.querySelectorAll('main abbr[title]')) {
        const term = content.glossary.find((g) => g.abbreviation === abbr.textContent)!;
        expect(abbr.getAttribute('title')).toBe(term.term);
        expect(abbr.parentElement!.getAttribute('href'), url).toBe(`${glossary}#${glossaryAnchor(term.term)}`);
      }
      if (marked.length > 0) pagesWithAbbreviations++;
    }
    expect(pagesWithAbbreviations).toBeGreaterThan(0);
  });
});

describe('feeds and sitemap', () => {
  it('lists every page but the 404 page in sitemap.xml', () => {
    const xml = readFileSync(path.join(SITE, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(locs).toEqual(
      pages
        .map((p) => p.url)
        .filter((url) => url !== '/404.html')
        .sort(),
    );
  });

  it('writes meetings.ics with CRLF line endings, folded at 75 octets', () => {
    const ics = readFileSync(path.join(SITE, 'meetings.ics'), 'utf8');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.filter((l) => l.startsWith('UID:'))).toHaveLength(
      new Set(lines.filter((l) => l.startsWith('UID:'))).size,
    );
  });

  it('writes updates.xml and sitemap.xml as well-formed XML', () => {
    for (const file of ['updates.xml', 'sitemap.xml']) {
      expect(xmlProblem(readFileSync(path.join(SITE, file), 'utf8')), file).toBeUndefined();
    }
  });

  it('publishes every meeting in meetings.ics and every update in updates.xml', () => {
    const ics = readFileSync(path.join(SITE, 'meetings.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(content.meetings.length);
    const atom = readFileSync(path.join(SITE, 'updates.xml'), 'utf8');
    expect(atom.match(/<entry>/g) ?? []).toHaveLength(content.actions.reduce((n, a) => n + a.updates.length, 0));
  });
});
