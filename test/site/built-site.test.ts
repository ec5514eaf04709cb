/**
 * Tests over the built example site (.test-dist/, built once as of the fixed test date): every action
 * can be found where people look for it, every lead has a page, every internal link resolves, and no
 * page of the public site carries JavaScript.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/loader/load-content.ts';
import { isOverdue } from '../../src/lib/actions.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { actionAnchor, actionSlug, glossaryAnchor } from '../../src/model/urls.ts';
import { TEST_BUILD_DATE, TEST_DIST } from '../setup/build-site.ts';
import { xmlProblem } from './well-formed-xml.ts';

const content = getContent();
const today = new Date(`${TEST_BUILD_DATE}T00:00:00Z`);

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, ext);
    return name.endsWith(ext) ? [path.relative(TEST_DIST, full).split(path.sep).join('/')] : [];
  });
}

const htmlFiles = files(TEST_DIST, '.html').filter((f) => !f.startsWith('pagefind/'));
const cache = new Map<string, Document>();
/** The parsed page at a site path such as `/actions/3-4/`. */
function page(sitePath: string): Document {
  const file = sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1);
  let doc = cache.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(path.join(TEST_DIST, file), 'utf8')).document;
    cache.set(file, doc);
  }
  return doc;
}
const pathOf = (file: string): string => (file === 'index.html' ? '/' : `/${file.replace(/index\.html$/, '')}`);
const hrefs = (doc: Document, selector = 'a[href]'): string[] =>
  [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);

/** The pages this issue builds (other parts of the site build the rest). */
const OWN_PAGES = htmlFiles.filter(
  (f) => !/^(scorecards|indicators|annual-reports|data|young-people|search)\//.test(f),
);

describe('every action can be found', () => {
  it.each(content.actions.map((a) => [a.id, a] as const))('action %s', (id, action) => {
    const plan = page('/action-plan/');
    const row = plan.getElementById(actionAnchor(id));
    expect(row?.tagName, 'row on /action-plan/').toBe('TR');
    expect(row!.textContent).toContain(action.action);
    expect(row!.getAttribute('data-status')).toBe(action.status);

    expect(hrefs(page(`/objectives/${action.objective}/`)), 'objective page').toContain(`/actions/${actionSlug(id)}/`);
    const own = page(`/actions/${actionSlug(id)}/`);
    expect(own.querySelector('h1')!.textContent).toBe(action.action);
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
    const plan = page('/action-plan/');
    for (const action of content.actions) {
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
      expect(existsSync(path.join(TEST_DIST, 'leads', id, 'index.html')), id).toBe(true);
      expect(listed, id).toContain(`/leads/${id}/`);
      const role = content.roles.find((r) => r.id === id)!;
      expect(hrefs(page(`/leads/${id}/`)), id).toContain(`mailto:${role.mailbox}`);
    }
  });
});

describe('every page', () => {
  it.each(OWN_PAGES)('%s has no script, a skip link, search, dates and the footer links', (file) => {
    const doc = page(pathOf(file));
    // The one exception: /action-plan/'s filters, an external module script that enhances the static plan.
    const scripts = [...doc.querySelectorAll('script')].map(
      (s) => `${s.getAttribute('type')} ${s.hasAttribute('src')}`,
    );
    expect(scripts).toEqual(file === 'action-plan/index.html' ? ['module true'] : []);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    expect(doc.querySelector('a.skip-link[href="#main-content"]')).not.toBeNull();
    expect(doc.querySelector('header form[role="search"] input[type="search"][name="q"]')).not.toBeNull();
    // Every page is searchable except "page not found".
    expect(doc.querySelector('main > [data-pagefind-body]') === null).toBe(file === '404.html');
    expect(doc.querySelector('.page-dates')!.textContent).toMatch(/Last updated .+ Next review/);
    expect(hrefs(doc, 'footer a')).toContain('/accessibility/');
    expect(doc.querySelector('h1')).not.toBeNull();
    if (file !== 'index.html' && file !== '404.html') {
      expect(doc.querySelector('nav[aria-label="Breadcrumb"] a[href="/"]'), 'breadcrumbs').not.toBeNull();
    }
  });

  // An abbreviation's plural ("PEPs") is the one place a letter may follow a closing link.
  it('never runs a word into a link or tag (spaces lost between text and markup)', () => {
    const runTogether = OWN_PAGES.flatMap((file) => {
      const html = readFileSync(path.join(TEST_DIST, file), 'utf8');
      return [
        ...html.matchAll(
          /[a-z,:;]<(a|strong|time) |(?<!<\/abbr>)<\/(a|strong|time)>[A-Za-z(]|<\/(span|strong|a|time)><(?!span data-pagefind-filter)(strong|a|span|time)[ >]/g,
        ),
      ].map((m) => `${file}: …${html.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
    });
    expect(runTogether).toEqual([]);
  });

  it('has a unique title', () => {
    const titles = OWN_PAGES.map((f) => page(pathOf(f)).title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

/**
 * Other parts of the site (scorecards, indicators, annual reports, the young-person edition and the
 * search page) are built on other branches. Until they are merged, links to them cannot resolve:
 * a link under one of these prefixes is allowed only while nothing at all exists under it.
 */
const PENDING_PREFIXES = ['/indicators/', '/scorecards/', '/annual-reports/', '/young-people/', '/search/'];
const pending = (href: string): boolean =>
  PENDING_PREFIXES.some((prefix) => href.startsWith(prefix) && !existsSync(path.join(TEST_DIST, prefix.slice(1))));

describe('links', () => {
  it('every internal link and fragment resolves', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const doc = page(pathOf(file));
      for (const href of [...hrefs(doc), ...hrefs(doc, 'link[href]')]) {
        if (!href.startsWith('/') && !href.startsWith('#')) continue;
        const [target = '', fragment] = href.split('#') as [string, string | undefined];
        const sitePath = target === '' ? pathOf(file) : target.split('?')[0]!;
        if (pending(sitePath)) continue;
        const onDisk = path.join(TEST_DIST, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
        if (!existsSync(onDisk)) {
          broken.push(`${file}: ${href}`);
          continue;
        }
        if (fragment && sitePath.endsWith('/') && !page(sitePath).getElementById(fragment)) {
          broken.push(`${file}: ${href} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('glossary and abbreviations', () => {
  it('gives every term an anchor', () => {
    const doc = page('/glossary/');
    for (const term of content.glossary)
      expect(doc.getElementById(glossaryAnchor(term.term)), term.term).not.toBeNull();
  });

  it('explains an abbreviation on its first use on a page, linked to the glossary, and only once', () => {
    let pagesWithAbbreviations = 0;
    for (const file of OWN_PAGES.filter((f) => f !== 'glossary/index.html')) {
      const doc = page(pathOf(file));
      const marked = [...doc.querySelectorAll('main abbr[title]')].map((a) => a.textContent);
      expect(new Set(marked).size, file).toBe(marked.length);
      for (const abbr of doc.querySelectorAll('main abbr[title]')) {
        const term = content.glossary.find((g) => g.abbreviation === abbr.textContent)!;
        expect(abbr.getAttribute('title')).toBe(term.term);
        expect(abbr.parentElement!.getAttribute('href')).toBe(`/glossary/#${glossaryAnchor(term.term)}`);
      }
      if (marked.length > 0) pagesWithAbbreviations++;
    }
    expect(pagesWithAbbreviations).toBeGreaterThan(0);
  });
});

describe('feeds and sitemap', () => {
  it('lists every page but the 404 page in sitemap.xml', () => {
    const xml = readFileSync(path.join(TEST_DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(locs).toEqual(
      htmlFiles
        .filter((f) => f !== '404.html')
        .map(pathOf)
        .sort(),
    );
  });

  it('writes meetings.ics with CRLF line endings, folded at 75 octets', () => {
    const ics = readFileSync(path.join(TEST_DIST, 'meetings.ics'), 'utf8');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.filter((l) => l.startsWith('UID:'))).toHaveLength(
      new Set(lines.filter((l) => l.startsWith('UID:'))).size,
    );
  });

  it('writes updates.xml and sitemap.xml as well-formed XML', () => {
    for (const file of ['updates.xml', 'sitemap.xml']) {
      expect(xmlProblem(readFileSync(path.join(TEST_DIST, file), 'utf8')), file).toBeUndefined();
    }
  });

  it('publishes every meeting in meetings.ics and every update in updates.xml', () => {
    const ics = readFileSync(path.join(TEST_DIST, 'meetings.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(content.meetings.length);
    const atom = readFileSync(path.join(TEST_DIST, 'updates.xml'), 'utf8');
    expect(atom.match(/<entry>/g) ?? []).toHaveLength(content.actions.reduce((n, a) => n + a.updates.length, 0));
  });
});

describe('size budgets', () => {
  it('keeps each page at 14 kB or less gzipped, and all CSS at 10 kB or less', () => {
    const over = OWN_PAGES.map((f) => [f, gzipSync(readFileSync(path.join(TEST_DIST, f))).length] as const).filter(
      ([, size]) => size > 14 * 1024,
    );
    expect(over).toEqual([]);
    // Pagefind's own stylesheets load only on /search/, and only with JavaScript: not the site's CSS.
    const css = files(TEST_DIST, '.css')
      .filter((f) => !f.startsWith('pagefind/'))
      .reduce((n, f) => n + gzipSync(readFileSync(path.join(TEST_DIST, f))).length, 0);
    expect(css).toBeLessThanOrEqual(10 * 1024);
  });
});
