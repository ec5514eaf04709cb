/**
 * Links in MDX bodies to pages on the site ("/young-people/promises/") must go to a page the site
 * will build from this content: otherwise the build succeeds and readers follow a link to nothing
 * (npm run verify would find it only after building). The pages are worked out from the same
 * content and the same address functions the site uses (src/model/urls.ts), and a file under
 * public/ counts too. Anchors (#…) are left to npm run verify, which sees the built pages.
 */
import { keyedActionRows } from '../action-rows.ts';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Definition, Nodes } from 'mdast';
import { ACTION_STATUSES } from '../../schemas/actions.ts';
import { GENERATED_PAGES } from '../../lib/young-people/addresses.ts';
import { readProseAddress } from '../../lib/addresses.ts';
import * as urls from '../../model/urls.ts';
import type { Problem } from '../problems.ts';
import type { ContentRule, LoadedFiles } from '../types.ts';
import { didYouMean } from '../suggest.ts';

/** Every page and file the site builds from `files`, as paths ending in "/" for pages. */
export function siteAddresses(files: LoadedFiles): Set<string> {
  const data = <K extends keyof LoadedFiles>(key: K) => files[key].flatMap((f) => (f.data ? [f] : []));
  const one = <K extends 'objectives' | 'roles' | 'indicators'>(key: K) => data(key)[0]?.data ?? [];
  const years = data('scorecards').map((f) => f.data!.year);
  const fixed = [
    urls.homeHref,
    urls.strategyHref,
    urls.actionPlanHref,
    urls.overdueHref,
    urls.planChangesHref,
    urls.scorecardsHref,
    urls.indicatorsHref,
    urls.leadsHref,
    urls.governanceHref,
    urls.meetingsHref,
    urls.updatesHref,
    urls.annualReportsHref,
    urls.glossaryPageHref,
    urls.accessibilityHref,
    urls.openDataHref,
    urls.searchHref,
    urls.updatesFeedHref,
    urls.meetingsCalendarHref,
    urls.sitemapHref,
    urls.brandStylesHref,
    urls.indicatorsCsvHref,
    urls.indicatorsJsonHref,
    urls.actionsCsvHref,
    urls.actionsJsonHref,
    urls.youngPeopleHref,
    ...(Object.keys(GENERATED_PAGES) as (keyof typeof GENERATED_PAGES)[]).map(urls.youngPeopleGeneratedHref),
  ];
  return new Set([
    ...fixed,
    ...ACTION_STATUSES.map(urls.statusHref),
    // An action's address comes from its key: its id, else its reference, else its objective's number and place.
    ...keyedActionRows(files).map((a) => urls.actionHref(a.key)),
    ...one('objectives').map((o) => urls.objectiveHref(o.id)),
    ...one('roles').map((r) => urls.leadHref(r.id)),
    ...one('indicators').map((i) => urls.indicatorHref(i.id)),
    ...years.flatMap((y) => [urls.scorecardHref(y), urls.scorecardCsvHref(y), urls.scorecardJsonHref(y)]),
    ...data('annualReports').map((f) => urls.annualReportHref(f.data!.year)),
    ...data('youngPeople').map((f) => urls.youngPersonHref({ id: f.id, data: f.data! })),
  ]);
}

/** The path a site link goes to, without its anchor or query, or undefined for a link that stays on the page. */
function pathOf(url: string): string | undefined {
  const bare = url.trim().split(/[#?]/)[0]!;
  return bare.startsWith('/') ? bare : undefined;
}

/** "/young-people/promises/" → "/young-people/": suggestions stay in the folder the link went to. */
const folderOf = (address: string): string => address.replace(/[^/]+\/?$/, '');

function isPublicFile(publicDir: string, address: string): boolean {
  const file = path.join(publicDir, ...decodeURIComponent(address).split('/').filter(Boolean));
  return file.startsWith(path.resolve(publicDir)) && existsSync(file) && statSync(file).isFile();
}

export const internalLinks: ContentRule = {
  id: 'internal-links',
  needs: ['objectives', 'actions', 'roles', 'indicators', 'scorecards', 'annualReports', 'youngPeople'],
  run(files, { publicDir }) {
    const addresses = siteAddresses(files);
    const pages = [...addresses].filter((a) => a.endsWith('/'));
    const problems: Problem[] = [];
    for (const file of [...files.strategy, ...files.annualReports, ...files.youngPeople]) {
      const tree = file.source.tree;
      if (!tree) continue;
      const definitions = new Map<string, Definition>();
      const check = (url: string, node: Nodes): void => {
        if (readProseAddress(url).kind !== 'site') return;
        const address = pathOf(url);
        if (address === undefined) return;
        const asPage = address.endsWith('/') || /\.[a-z0-9]+$/i.test(address) ? address : `${address}/`;
        if (addresses.has(asPage) || addresses.has(address) || isPublicFile(publicDir, address)) return;
        const start = node.position?.start;
        problems.push({
          file: file.source.file,
          line: start?.line ?? file.source.bodyLine,
          col: start?.column ?? 1,
          severity: 'error',
          message: `the link "${url}" goes to no page: the site makes nothing at ${asPage} from this content.${didYouMean(
            asPage,
            pages.filter((p) => p.startsWith(folderOf(asPage))),
          )} Link to a page the site has, or add the page it should go to`,
        });
      };
      const walk = (node: Nodes): void => {
        if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
        if ('children' in node) node.children.forEach(walk);
      };
      walk(tree);
      const visit = (node: Nodes): void => {
        if (node.type === 'link') check(node.url, node);
        else if (node.type === 'linkReference') {
          const definition = definitions.get(node.identifier);
          if (definition) check(definition.url, node);
        }
        if ('children' in node) node.children.forEach(visit);
      };
      visit(tree);
    }
    return problems;
  },
};
