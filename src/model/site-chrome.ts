/**
 * What the frame of every page shows (header, navigation, footer, page dates), worked out once from
 * site.yaml and the young-person pages. The layouts receive it as a prop and read nothing else.
 */
import type { Site, YoungPeoplePage } from '../loader/model.ts';
import { words } from '../i18n/index.ts';
import type { ObjectiveTerm } from '../i18n/en.ts';
import * as urls from './urls.ts';

export interface NavItem {
  label: string;
  href: string;
}

export interface SectionNavItem extends NavItem {
  /** Address prefixes the section covers, so it stays marked on its sub-pages. */
  within: string[];
}

export interface SiteChrome {
  council: string;
  /** What the council calls its objectives (site.yaml's words.objectives): "objective", "pledge"… */
  term: ObjectiveTerm;
  /** The short name in page titles and charts (site.yaml's branding.display_name). */
  displayName: string;
  logo: string | undefined;
  contact: {
    team: string;
    email: string;
    emailHref: string;
    /** As written, with non-breaking spaces so it does not wrap, and as a tel: link. */
    phone: { text: string; href: string } | undefined;
    address: string | undefined;
  };
  /** The dates a page shows when it has none of its own: the strategy's. */
  lastReviewed: string;
  nextReview: string;
  navigation: SectionNavItem[];
  footerLinks: NavItem[];
  /** The sections pages sit in, named as the navigation names them: breadcrumbs are made of these. */
  sections: Record<
    'home' | 'strategy' | 'actionPlan' | 'scorecards' | 'leads' | 'governance' | 'annualReports',
    NavItem
  >;
  /** The young-person edition's short menu. */
  youngPeopleNavigation: NavItem[];
}

/** The young-person edition's menu: few links, so it fits a phone screen without a toggle. */
function youngPeopleNavigation(pages: readonly YoungPeoplePage[]): NavItem[] {
  const first = (kind: YoungPeoplePage['data']['kind']): YoungPeoplePage | undefined =>
    pages.find((p) => p.data.kind === kind);
  const promises = first('promises');
  const help = first('help');
  const labels = words.youngPeople.navigation;
  // Start, the promises, who can help, how it is going, the word list (the MDX ones only if they
  // exist): short labels, in an order that fits two rows on a 375px-wide phone.
  return [
    { href: urls.youngPeopleHref, label: labels.start },
    ...(promises ? [{ href: urls.youngPersonHref(promises), label: labels.promises }] : []),
    ...(help ? [{ href: urls.youngPersonHref(help), label: labels.help }] : []),
    { href: urls.youngPeopleGeneratedHref('progress'), label: labels.progress },
    { href: urls.youngPeopleGeneratedHref('glossary'), label: labels.glossary },
  ];
}

export function siteChrome(site: Site, youngPeople: readonly YoungPeoplePage[]): SiteChrome {
  // The council's own labels (site.yaml's words.navigation), each with its default.
  const labels = site.words.navigation;
  const footer = words.chrome.footerLinks;
  const { phone } = site.contact;
  return {
    council: site.council,
    term: site.words.objectives,
    displayName: site.branding.display_name,
    logo: site.branding.logo,
    contact: {
      team: site.contact.team,
      email: site.contact.email,
      emailHref: urls.mailtoHref(site.contact.email),
      phone: phone === undefined ? undefined : { text: phone.replace(/ /g, '\u00a0'), href: urls.telHref(phone) },
      address: site.contact.address,
    },
    lastReviewed: site.last_reviewed,
    nextReview: site.next_review,
    navigation: [
      { label: labels.strategy, href: urls.strategyHref, within: [urls.strategyHref, urls.objectivesFolder] },
      { label: labels.action_plan, href: urls.actionPlanHref, within: [urls.actionPlanHref, urls.actionsFolder] },
      { label: labels.scorecards, href: urls.scorecardsHref, within: [urls.scorecardsHref, urls.indicatorsHref] },
      { label: labels.leads, href: urls.leadsHref, within: [urls.leadsHref] },
      { label: labels.governance, href: urls.governanceHref, within: [urls.governanceHref] },
      { label: labels.meetings, href: urls.meetingsHref, within: [urls.meetingsHref] },
      { label: labels.updates, href: urls.updatesHref, within: [urls.updatesHref] },
      { label: labels.young_people, href: urls.youngPeopleHref, within: [urls.youngPeopleHref] },
    ],
    footerLinks: [
      { label: footer.accessibility, href: urls.accessibilityHref },
      { label: footer.glossary, href: urls.glossaryPageHref },
      { label: footer.openData, href: urls.openDataHref },
      { label: footer.updatesFeed, href: urls.updatesFeedHref },
      { label: footer.meetingsCalendar, href: urls.meetingsCalendarHref },
      { label: footer.sitemap, href: urls.sitemapPageHref },
    ],
    sections: {
      home: { label: words.chrome.home, href: urls.homeHref },
      strategy: { label: labels.strategy, href: urls.strategyHref },
      actionPlan: { label: labels.action_plan, href: urls.actionPlanHref },
      scorecards: { label: labels.scorecards, href: urls.scorecardsHref },
      leads: { label: labels.leads, href: urls.leadsHref },
      governance: { label: labels.governance, href: urls.governanceHref },
      annualReports: { label: words.pages.annualReports.title, href: urls.annualReportsHref },
    },
    youngPeopleNavigation: youngPeopleNavigation(youngPeople),
  };
}
