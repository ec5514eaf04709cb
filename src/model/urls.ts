/**
 * Every address on the site, and every in-page anchor that other pages link to, in one place. These
 * URLs are permalinks: pages, feeds, the sitemap, the search filters and the tests all build them
 * here, so an address changes in one line or not at all. Nothing here reads content.
 */
import type { ActionStatus } from '../schemas/actions.ts';
import { keySlug } from '../lib/action-plan/keys.ts';
import { GENERATED_PAGES, youngPersonSlug, type YoungPersonAddressable } from '../lib/young-people/addresses.ts';

/** "3.4" → "3-4", "A3" → "a3": the form an action's key takes in addresses and anchors. */
export function actionSlug(id: string): string {
  return keySlug(id);
}

/** "on track" → "on-track". */
export function statusSlug(status: ActionStatus): string {
  return status.replaceAll(' ', '-');
}

/** Lower-case words joined by hyphens: "Personal Education Plan" → "personal-education-plan". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// Anchors: the ids that pages give elements other pages link to.

/** The id of an action's row on its objective's page: `action-3-4`. */
export const actionAnchor = (id: string): string => `action-${actionSlug(id)}`;
/** The anchor of a term on /glossary/ and on the young people's word list. */
export const glossaryAnchor = (term: string): string => `term-${slugify(term)}`;
/** The anchor of a meeting on /meetings/: `meeting-2026-01-20-board`. */
export const meetingAnchor = (meetingId: string): string => `meeting-${meetingId}`;
/** A month's heading on a year's page of updates: `month-2026-11`. */
export const updatesMonthAnchor = (yearMonth: string): string => `month-${yearMonth}`;
/** The heading of an objective's section on the status, overdue, scorecards and indicators pages. */
export const objectiveSectionAnchor = (objectiveId: string): string => `objective-${objectiveId}`;

// Pages with one address each.

export const homeHref = '/';
export const strategyHref = '/strategy/';
export const actionPlanHref = '/action-plan/';
export const overdueHref = '/action-plan/overdue/';
/** "What changed": the actions whose status or percent changed in the last reporting period. */
export const planChangesHref = '/action-plan/changes/';
export const scorecardsHref = '/scorecards/';
export const indicatorsHref = '/indicators/';
export const leadsHref = '/leads/';
export const governanceHref = '/governance/';
export const meetingsHref = '/meetings/';
export const updatesHref = '/updates/';
export const annualReportsHref = '/annual-reports/';
export const glossaryPageHref = '/glossary/';
export const accessibilityHref = '/accessibility/';
export const openDataHref = '/data/';
export const searchHref = '/search/';
/** Every page, listed for people (sitemap.xml is the same list for search engines). */
export const sitemapPageHref = '/sitemap/';

// Files: feeds, downloads and assets.

export const updatesFeedHref = '/updates.xml';
export const meetingsCalendarHref = '/meetings.ics';
export const sitemapHref = '/sitemap.xml';
export const brandStylesHref = '/brand.css';
export const faviconHref = '/favicon.svg';
export const searchBundleHref = '/pagefind/';
/** Every figure of every year, tidy, in the DfE's open data layout. */
export const figuresCsvHref = '/data/figures.csv';
export const figuresJsonHref = '/data/figures.json';
/** One indicator's figures, every year, in the same layout. */
export const indicatorCsvHref = (id: string): string => `/data/indicators/${id}.csv`;
/** Every open data file in one archive. */
export const openDataZipHref = '/data/open-data.zip';
export const indicatorsCsvHref = '/data/indicators.csv';
export const indicatorsJsonHref = '/data/indicators.json';
export const actionsCsvHref = '/data/actions.csv';
export const actionsJsonHref = '/data/actions.json';
export const scorecardCsvHref = (year: string): string => `/data/scorecards/${year}.csv`;
export const scorecardJsonHref = (year: string): string => `/data/scorecards/${year}.json`;

/**
 * Page `n` of a list that runs over several pages (src/model/paging.ts): the first page keeps the
 * list's own address, later ones follow it, `/objectives/education/page-2/`.
 */
export const pageHref = (base: string, n: number): string => (n === 1 ? base : `${base}page-${n}/`);
/** The route parameter of page `n` under its list's address: none for the first page, `page-2` after. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `page-${n}`);

// Pages for one thing each, and the folders they live in.

export const actionsFolder = '/actions/';
export const objectivesFolder = '/objectives/';

export const actionHref = (id: string): string => `${actionsFolder}${actionSlug(id)}/`;
/** An action's row in the action plan: on its objective's page (`objectivePage` is that page's address). */
export const actionInPlanHref = (id: string, objectivePage: string): string => `${objectivePage}#${actionAnchor(id)}`;
export const statusHref = (status: ActionStatus): string => `${actionPlanHref}status/${statusSlug(status)}/`;
export const objectiveHref = (id: string): string => `${objectivesFolder}${id}/`;
export const leadHref = (roleId: string): string => `${leadsHref}${roleId}/`;
/** The lists a lead's page can move to pages of their own when they are long (src/model/lead-lists.ts). */
export const LEAD_LISTS = ['to-do', 'agenda-items', 'arising', 'indicators'] as const;
export type LeadList = (typeof LEAD_LISTS)[number];
/** One of a role's long lists, on pages of its own: `/leads/virtual-school-head/to-do/`. */
export const leadListHref = (roleId: string, list: LeadList): string => `${leadHref(roleId)}${list}/`;
export const indicatorHref = (id: string): string => `${indicatorsHref}${id}/`;
export const scorecardHref = (year: string): string => `${scorecardsHref}${year}/`;
/**
 * One objective's indicators in a year's scorecard, for a year too long for one page:
 * `/scorecards/2025-26/education/` (src/model/scorecard-sections.ts).
 */
export const scorecardSectionHref = (year: string, objectiveId: string): string =>
  `${scorecardHref(year)}${objectiveId}/`;
/** The year's board pack: the scorecard and the action plan's exceptions, laid out for print (`npm run pack`). */
export const boardPackHref = (year: string): string => `${scorecardsHref}${year}/board-pack/`;
/**
 * One objective's indicators in the board pack of a year too long for one page:
 * `/scorecards/2025-26/board-pack/education/` (src/model/board-pack-sections.ts).
 */
export const boardPackSectionHref = (year: string, objectiveId: string): string =>
  `${boardPackHref(year)}${objectiveId}/`;
/** The action plan's exceptions in the board pack of a year too long for one page. */
export const boardPackExceptionsHref = (year: string): string => `${boardPackHref(year)}exceptions/`;
/** The heading of a group of the board pack's exceptions: `exceptions-off-track`. */
export const exceptionsGroupAnchor = (group: 'overdue' | 'offTrack' | 'changed'): string =>
  `exceptions-${group === 'offTrack' ? 'off-track' : group}`;
/**
 * An anchor on page `n` of a list run over pages, for a heading every page repeats: unique when
 * `npm run pack` puts the pages into one document (`objective-education`, `objective-education-page-2`).
 */
export const pagedAnchor = (anchor: string, n: number): string => (n === 1 ? anchor : `${anchor}-page-${n}`);
export const annualReportHref = (year: string): string => `${annualReportsHref}${year}/`;
/**
 * A year's whole list of the actions completed, overdue or started, when it is too long for its annual
 * report (src/model/annual-lists.ts): `/annual-reports/2025-26/started/`.
 */
export const annualListHref = (year: string, list: 'completed' | 'overdue' | 'started'): string =>
  `${annualReportHref(year)}${list}/`;
export const glossaryHref = (term: string): string => `${glossaryPageHref}#${glossaryAnchor(term)}`;
/** A year's meetings (calendar years: a meeting's address never changes once it is listed). */
export const meetingsYearHref = (year: string): string => `${meetingsHref}${year}/`;
/**
 * A meeting on its year's page: `/meetings/2026/#meeting-2026-01-20-board` (`page`: the page of that
 * year it is on, when a year's meetings run over more than one page).
 */
export const meetingHref = (meeting: { id: string; date: string }, page = 1): string =>
  `${pageHref(meetingsYearHref(meeting.date.slice(0, 4)), page)}#${meetingAnchor(meeting.id)}`;
/** A calendar year's progress updates. */
export const updatesYearHref = (year: string): string => `${updatesHref}${year}/`;

// The young-person edition.

export const youngPeopleHref = '/young-people/';
/** An MDX page of the edition: the home page, an objective's page or any other page. */
export function youngPersonHref(page: YoungPersonAddressable): string {
  const slug = youngPersonSlug(page);
  return slug === undefined ? youngPeopleHref : `${youngPeopleHref}${slug}/`;
}
/** The young-person page for an objective, as the main edition links to it. */
export const youngPeopleObjectiveHref = (objectiveId: string): string => `${youngPeopleHref}${objectiveId}/`;
/** The pages the edition builds from the data: "How are we doing?" and the word list. */
export const youngPeopleGeneratedHref = (page: keyof typeof GENERATED_PAGES): string =>
  `${youngPeopleHref}${GENERATED_PAGES[page].slug}/`;

/** An objective's section on "How are we doing?". */
export const youngPeopleProgressHref = (objectiveId: string): string =>
  `${youngPeopleGeneratedHref('progress')}#${objectiveId}`;

// Addresses outside the site.

export const mailtoHref = (email: string): string => `mailto:${email}`;
/** A telephone link: "01632 960 000" → "tel:01632960000". */
export const telHref = (phone: string): string => `tel:${phone.replace(/\s/g, '')}`;
