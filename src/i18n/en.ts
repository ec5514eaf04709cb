/**
 * Every word the engine itself puts on a page, in English (UK). Content supplies the council's own
 * words; these are the interface's: navigation, headings, labels, status words, notes. A Welsh
 * edition copies this file as `cy.ts` with the same shape (the type is `InterfaceWords`).
 *
 * Words a council changes (nav labels, home-page text, the footer's contact team, its comparators'
 * names) are not here: they are content, in site.yaml's `words:`, `contact:` and `comparators:`.
 */
import type { ActionStatus } from '../schemas/actions.ts';

/** "1 action", "3 actions". */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** A percentage as the site shows it: to one decimal place at most. */
const round = (percent: number): number => Math.round(percent * 10) / 10;
/** An action as the annual report names it: "3.4 Recruit foster carers.". */
const actionName = (id: string, action: string): string => `${id} ${action}`;
/** "(lead: Head of Fostering, Virtual School Head)". */
const leadNote = (leads: readonly string[]): string => `(lead: ${leads.join(', ')})`;
/** "on track" → "On track". */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What the council calls its objectives, in lower case: objective(s), pledge(s), priority(ies)… (site.yaml's words.objectives). */
export interface ObjectiveTerm {
  singular: string;
  plural: string;
  /** "to the child" when they are pledges written to the child ("We promise to…"); "about" otherwise. */
  voice?: 'about' | 'to the child' | undefined;
}
/** What the young-person edition calls the objectives, when the council says (words.objectives.young_people). */
export interface YoungPeopleTerm {
  singular: string;
  plural: string;
}
const toTheChild = (term: ObjectiveTerm): boolean => term.voice === 'to the child';

const symbolMeanings = {
  c: 'hidden to protect children’s privacy',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to zero but is not zero',
  r: 'revised since it was first published',
  p: 'provisional: it may change when final figures are published',
};
/** The council's small-number rule (policy.small_numbers in site.yaml), as limits. */
interface SmallNumberRule {
  hide_counts_up_to: number;
  hide_percentage_when_numerator_up_to: number;
  hide_percentage_when_denominator_up_to: number;
  hide_counts_when_difference_up_to: number;
  hide_percentage_when_difference_up_to: number;
}
/** Which figures [c] hides: the council's small-number rule in words. */
const smallNumbers = (rule: SmallNumberRule): string => {
  const percentage = `a percentage of ${rule.hide_percentage_when_numerator_up_to} or fewer children or of a group of ${rule.hide_percentage_when_denominator_up_to} or fewer`;
  const most = Math.max(rule.hide_counts_when_difference_up_to, rule.hide_percentage_when_difference_up_to);
  const differs = `differ by 1 to ${most}`;
  // Secondary suppression: "46 of 47" would say that 1 child is not counted.
  const byDifference =
    most < 1
      ? ''
      : rule.hide_percentage_when_difference_up_to >= rule.hide_counts_when_difference_up_to
        ? `, or a percentage whose children counted and group ${differs}, which would give away how many are not counted`
        : `, or the children counted and the group when they ${differs}, which would give away how many are not counted (the percentage is still shown)`;
  return `a count of 1 to ${rule.hide_counts_up_to} children, or ${percentage}${byDifference}`;
};

export const en = {
  language: 'en-GB',
  count,
  capitalise,

  /** The frame around every page. */
  chrome: {
    pageTitle: (title: string, displayName: string): string => `${title} - ${displayName} corporate parenting`,
    feedTitle: 'Progress updates',
    skipLink: 'Skip to main content',
    searchLabel: 'Search',
    searchButton: 'Search',
    mainNavigation: 'Main',
    breadcrumbs: 'Breadcrumb',
    home: 'Home',
    pageDates: 'Page dates',
    lastUpdated: 'Last updated',
    nextReview: 'Next review',
    supportLinks: 'Support links',
    /** The heading of a long page's list of its own sections. */
    contents: 'Contents',
    /** A list that runs over several pages (src/components/site/Pager.astro). */
    pager: {
      /** The pager's label for screen readers: "Pages of Actions: on track". */
      label: (title: string): string => `Pages of ${title}`,
      previous: 'Previous page',
      next: 'Next page',
      page: (n: number): string => `Page ${n}`,
      /** After a page's heading and in its title: "page 2 of 4". */
      pageOf: (n: number, of: number): string => `page ${n} of ${of}`,
      /** "Actions 31 to 60 of 112." */
      showing: (what: string, from: number, to: number, total: number): string =>
        from === to ? `${capitalise(what)} ${from} of ${total}.` : `${capitalise(what)} ${from} to ${to} of ${total}.`,
    },
    footerLinks: {
      accessibility: 'Accessibility statement',
      glossary: 'Glossary',
      openData: 'Open data',
      updatesFeed: 'Updates feed',
      meetingsCalendar: 'Meetings calendar',
      sitemap: 'Sitemap',
    },
    publishedBy: (council: string): string => `Published by ${council}.`,
    contactThe: (team: string): string => `Contact the ${team}:`,
    or: 'or',
  },

  /** Action statuses and the words around them. */
  actions: {
    status: (status: ActionStatus): string => capitalise(status),
    /** An action with no status yet: never "overdue" for that alone. */
    notReported: 'Not yet reported',
    /**
     * A council's label with its meaning in words, so colour is never the only signal: "Green: on
     * track", or "Blue: complete, delivered and signed off" when it explains its label. The state's own
     * name ("On track") stands alone.
     */
    labelled: (label: string, state: ActionStatus, meaning?: string): string => {
      const plain = label.toLowerCase() === state;
      const explained = meaning === undefined ? state : meaning.charAt(0).toLowerCase() + meaning.slice(1);
      return plain && meaning === undefined ? capitalise(state) : `${label}: ${explained}`;
    },
    /** A state named by the council's labels for it: "Green (on track)", or "on track" when they are the same. */
    stateWithLabels: (state: ActionStatus, labels: readonly string[]): string => {
      const own = labels.filter((l) => l.toLowerCase() !== state);
      return own.length === 0 ? state : `${own.join(', ')} (${state})`;
    },
    /** A state's name at the start of a label: "Green (on track)", "On track". */
    stateLabel: (name: string): string => capitalise(name),
    notReportedCount: (n: number): string => `${n} not yet reported`,
    /** "75% complete": the figure in words beside the bar. */
    percentComplete: (percent: number): string => `${round(percent)}% complete`,
    overdue: 'Overdue',
    /** Status over time: what a step or a span changed, from what to what. */
    history: {
      /** The day a change is dated: a step no update dates came after the newest one that recorded a status. */
      after: 'After',
      notRecorded: 'Date not recorded',
      /** Said beside an undated change, so that a reader knows the day is not known. */
      undatedNote: 'no update records the day',
      firstStatus: 'First reported as',
      statusFrom: 'Status changed from',
      to: 'to',
      /** Percent complete, from what to what: "20% to 40% complete". */
      percentFrom: (from: number, to: number): string => `${round(from)}% to ${round(to)}% complete`,
      noneYet: 'none reported',
    },
    actionCount: (n: number): string => count(n, 'action', 'actions'),
    statusCount: (n: number, status: string): string => `${n} ${status}`,
    overdueCount: (n: number): string => `${n} overdue`,
    table: {
      number: 'No.',
      action: 'Action',
      lead: 'Lead',
      timescale: 'Timescale',
      status: 'Status',
      latestUpdate: 'Latest update',
      hiddenActionWord: 'Action ',
      noUpdate: 'No update yet',
      progress: 'Progress',
      more: 'Outcome, partners and related plans',
      /** The row that opens: "More about action 3.4" (screen readers hear which one). */
      moreAbout: (label: string): string => `More about ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
      outcome: 'Outcome',
      partners: 'Partners',
      plans: 'Related plans',
      none: 'None',
      directorate: 'Directorate',
      team: 'Team',
    },
    views: { label: 'Filter the action plan', all: 'All' },
    filters: {
      heading: 'Filter the actions',
      lead: 'Lead',
      anyLead: 'Any lead',
      status: 'Status',
      anyStatus: 'Any status',
      objective: (term: ObjectiveTerm): string => capitalise(term.singular),
      anyObjective: (term: ObjectiveTerm): string => `Any ${term.singular}`,
      due: 'Due',
      anyTime: 'Any time',
      overdue: 'Overdue',
      nextThreeMonths: 'Due in the next 3 months',
      order: 'Order',
      planOrder: 'As in the plan',
      soonestFirst: 'Soonest due first',
      submit: 'Show matching actions',
      reset: 'Clear filters',
    },
    arising: { done: 'Done', overdue: 'Overdue', open: 'Not done yet' },
    /** "Action 3.4". */
    named: (id: string): string => `Action ${id}`,
    /** "action 3.4", mid-sentence. */
    namedInText: (id: string): string => `action ${id}`,
  },

  /** Lists of people or things in a sentence: "A", "A and B", "A, B and C". */
  list: { separator: ', ', lastSeparator: ' and ', or: ' or ' },

  meetings: {
    at: (time: string): string => `At ${time}`,
    agenda: 'Agenda',
    ledBy: 'Led by',
    reviews: '. Reviews ',
    agreed: 'Actions agreed',
    what: 'What',
    owner: 'Owner',
    due: 'Due',
    done: 'Done?',
  },

  /** The strategy's objectives, called by the council's own word. */
  objectives: {
    /** "Objective 3", "Pledge 3". */
    named: (term: ObjectiveTerm, n: number): string => `${capitalise(term.singular)} ${n}`,
    /** "3. Stable homes". */
    numbered: (n: number, title: string): string => `${n}. ${title}`,
    /** "Objective 3: Stable homes", "Pledge 9: We promise to listen to you". */
    heading: (term: ObjectiveTerm, n: number, title: string): string => `${capitalise(term.singular)} ${n}: ${title}`,
    /** Above an objective's title: "Objective 3", or "Pledge 9: our promise to you" for pledges written to the child. */
    caption: (term: ObjectiveTerm, n: number): string =>
      `${capitalise(term.singular)} ${n}${toTheChild(term) ? ': our promise to you' : ''}`,
    /** The caption of an objective's table in the action plan. */
    sectionCaption: (term: ObjectiveTerm, n: number, title: string): string =>
      `${capitalise(term.singular)} ${n}: ${title}`,
  },

  strategy: {
    /** "2025 to 2028". */
    years: (from: number, to: number): string => `${from} to ${to}`,
    contents: 'Contents',
    objectives: (term: ObjectiveTerm): string => `Our ${term.plural}`,
    principles: 'Our principles',
  },

  updates: {
    title: 'Progress updates',
    description: 'Progress updates on the action plan, newest first.',
    lead: 'What has happened on each action, newest first.',
    follow: 'Follow these updates in a feed reader:',
    feedLink: 'updates feed (Atom)',
    none: 'No progress updates yet.',
    /** Before the status of an update that has no words: "Reported with no commentary: Amber". */
    statusOnly: 'Reported with no commentary:',
    /** "Action 3.4: Recruit foster carers." */
    /** "Action 3.4: …", or the action alone when the plan shows no reference. */
    entryTitle: (id: string | undefined, action: string): string =>
      id === undefined ? action : `Action ${id}: ${action}`,
    byYear: 'Updates by year',
    latest: 'The latest updates',
    /** "23 updates", after the year. */
    yearCount: (n: number): string => count(n, 'update', 'updates'),
    yearTitle: (year: string): string => `Progress updates in ${year}`,
    yearDescription: (year: string): string => `Progress updates on the action plan in ${year}, newest first.`,
  },

  feeds: {
    updatesTitle: (displayName: string): string => `${displayName} corporate parenting: progress updates`,
    calendarName: (displayName: string): string => `${displayName} corporate parenting meetings`,
  },

  formats: { csv: 'CSV', json: 'JSON' },

  pages: {
    home: {
      readStrategy: 'Read the strategy in full',
      objectives: (term: ObjectiveTerm): string => `Our ${term.plural}`,
      everyAction: 'See every action in the action plan',
      orSee: ', or see',
      howWeAreDoing: 'how we are doing against our targets',
      latestUpdates: 'Latest updates',
      allUpdates: 'All progress updates',
    },
    actionPlan: {
      title: 'Action plan',
      description: (strategyTitle: string): string =>
        `Every action in the ${strategyTitle.toLowerCase()}, who leads it, when it is due and how it is going.`,
      lead: (term: ObjectiveTerm): string =>
        `What we will do for each ${term.singular}, who leads it, when it is due and how it is going.`,
      overdueRule: 'An action is overdue when its timescale has passed and it is not complete, as of',
      /** A plan published as at a date says so: its own date, or its latest update's. */
      judgedOn: (source: 'as at' | 'latest update' | 'build date'): string =>
        source === 'latest update' ? 'This plan stands as at its latest update, on' : 'This plan stands as it was on',
      judgedOnEnd: ': statuses and overdue actions are as they stood that day, not as of today.',
      toSeeOneRole: 'To see what one role leads, go to',
      whoLeadsWhat: 'who leads what',
      /** The contents list's heading: the plan's actions are on each objective's page. */
      byObjective: (term: ObjectiveTerm): string => `Actions by ${term.singular}`,
      byObjectiveNote: (term: ObjectiveTerm): string =>
        `Each ${term.singular}’s page lists its actions, with each one’s outcome, partners and related plans.`,
      /** "8 actions" after an objective's link. */
      objectiveCount: (n: number): string => count(n, 'action', 'actions'),
    },
    overdue: {
      title: 'Overdue actions',
      description: 'Actions past their timescale that are not complete.',
      heading: 'Overdue',
      count: (n: number): string =>
        `${count(n, 'action is', 'actions are')} past their timescale and not complete, as of`,
      none: 'No actions are overdue.',
    },
    changes: {
      title: 'What changed',
      description: 'Actions whose status or percent complete changed in the last reporting period.',
      /** "Actions whose status or percent complete changed in the quarter July to September 2025, from 1 July 2025 to" */
      lead: (length: string, period: string, from: string): string =>
        `Actions whose status or percent complete changed in the ${length} ${period}, from ${from} to`,
      periods: { quarter: 'quarter', month: 'month', 'half-year': 'half-year', year: 'year' },
      count: (n: number): string => `${count(n, 'action', 'actions')} changed.`,
      none: 'No action’s status or percent complete changed in this period.',
      howJudged:
        'Each change is from where the action stood when the period began to where it stands at the end. Dates are those of the progress updates that recorded them.',
      groups: {
        worse: 'Got worse',
        improved: 'Improved',
        completed: 'Completed',
        new: 'Reported for the first time',
        other: 'Other changes: percent complete, or a status that changed and changed back',
      },
      groupHeading: (group: string, n: number): string => `${group}: ${count(n, 'action', 'actions')}`,
      table: { action: 'Action', from: 'Was', to: 'Now', date: 'When' },
      link: 'What changed in the last period',
    },
    status: {
      title: (status: string): string => `Actions: ${status}`,
      description: (status: string): string => `Actions in the action plan whose status is "${status}".`,
      count: (n: number, status: string): string => `${count(n, 'action is', 'actions are')} ${status}.`,
      none: 'No actions have this status.',
    },
    action: {
      searchTitle: (id: string, action: string): string => `Action ${id}: ${action}`,
      status: 'Status',
      progress: 'Progress',
      timescale: 'Timescale',
      lead: 'Lead',
      contact: 'Contact',
      partners: 'Partners',
      objective: (term: ObjectiveTerm): string => capitalise(term.singular),
      outcome: 'What difference it should make',
      inThePlan: 'See this action in the action plan',
      relatedPlans: 'Related plans',
      progressUpdates: 'Progress updates',
      indicators: 'Indicators',
      noIndicators: 'No indicators are linked to this action.',
      reviewedBy: 'Meetings that review it',
      noReviews: 'No meeting has this action on its agenda yet.',
      timeline: 'Status over time',
      timelineNone: 'No progress update has recorded a status or percent complete yet.',
      timelineCaption: 'Each date its status or percent complete changed, oldest first.',
      statusSince: 'The status last changed on',
      statusSinceUndated: (after: string): string =>
        `The status last changed after ${after}, on a day no progress update records.`,
    },
    objective: {
      lead: 'Lead',
      progress: 'Progress',
      youngPeople: (term: ObjectiveTerm): string => `Read about this ${term.singular} in the young people’s plan`,
      successMeasures: (term: ObjectiveTerm): string =>
        toTheChild(term) ? `How you will know we have kept this ${term.singular}` : 'How we will know it is working',
      actions: 'Actions',
      noActions: (term: ObjectiveTerm): string => `This ${term.singular} has no actions yet.`,
      actionsCaption: (term: ObjectiveTerm, n: number): string => `Actions for ${term.singular} ${n}`,
      indicators: 'Indicators',
      noIndicators: (term: ObjectiveTerm): string => `No indicators track this ${term.singular} yet.`,
      seeScorecards: 'See the scorecards',
    },
    leads: {
      title: 'Who leads what',
      description: 'Every role that leads part of the strategy, with what it leads and its team mailbox.',
      lead: 'Each part of the strategy has a lead. We list roles by job title, with a team mailbox you can write to.',
      caption: 'Roles and what they lead',
      role: 'Role',
      mailbox: 'Team mailbox',
      leads: 'Leads',
      /** "1 objective, 3 actions, chairs 1 group, 2 agenda items". */
      summary: (
        term: ObjectiveTerm,
        r: {
          objectives: unknown[];
          actions: unknown[];
          indicators: unknown[];
          board: unknown[];
          subgroups: unknown[];
          agendaItems: unknown[];
          arising: unknown[];
        },
      ): string =>
        [
          r.objectives.length > 0 && count(r.objectives.length, term.singular, term.plural),
          r.actions.length > 0 && count(r.actions.length, 'action', 'actions'),
          r.indicators.length > 0 && count(r.indicators.length, 'indicator', 'indicators'),
          r.board.length + r.subgroups.length > 0 &&
            `chairs ${count(r.board.length + r.subgroups.length, 'group', 'groups')}`,
          r.agendaItems.length > 0 && count(r.agendaItems.length, 'agenda item', 'agenda items'),
          r.arising.length > 0 && count(r.arising.length, 'meeting action', 'meeting actions'),
        ]
          .filter(Boolean)
          .join(', '),
    },
    lead: {
      description: (role: string): string => `What the ${role} leads in the corporate parenting strategy.`,
      caption: 'Lead',
      team: 'Team',
      mailbox: 'Team mailbox',
      postHolder: 'Post holder',
      objectives: (term: ObjectiveTerm): string => capitalise(term.plural),
      actions: 'Actions',
      actionsCaption: (role: string): string => `Actions the ${role} leads`,
      indicators: 'Indicators',
      boards: 'Boards and sub-groups',
      /** "Corporate Parenting Board (vice chair)". */
      chairing: (group: string, what: 'chair' | 'vice chair'): string => `${group} (${what})`,
      agendaItems: 'Agenda items',
      reviews: ': reviews ',
      arising: 'Actions from meetings',
      due: (date: string): string => `Due ${date}.`,
      /** Above a to-do list cut short on the lead's page. */
      toDoShown: (n: number): string => `The ${n} most urgent are below.`,
      /** Above a list of indicators cut short on the lead's page. */
      indicatorsShown: (n: number, total: number): string => `The first ${n} of ${total} are below.`,
      /** "220 agenda items at 44 meetings, 12 of them at meetings still to come." */
      agendaSummary: (items: number, meetings: number, toCome: number): string =>
        `${count(items, 'agenda item', 'agenda items')} at ${count(meetings, 'meeting', 'meetings')}` +
        (toCome === 0
          ? ''
          : toCome === 1
            ? ', 1 of them at a meeting still to come'
            : `, ${toCome} of them at meetings still to come`) +
        '.',
      /** "100 actions agreed at meetings: 12 overdue, 30 not done yet, 58 done." */
      arisingSummary: (n: number, by: { overdue: number; open: number; done: number }): string =>
        `${count(n, 'action', 'actions')} agreed at meetings: ` +
        [
          by.overdue > 0 && `${by.overdue} overdue`,
          by.open > 0 && `${by.open} not done yet`,
          by.done > 0 && `${by.done} done`,
        ]
          .filter(Boolean)
          .join(', ') +
        '.',
      /** A list too long for the lead's page, on pages of its own (src/model/lead-lists.ts). */
      lists: {
        'to-do': {
          title: (role: string): string => `${role}: to do`,
          description: (role: string): string => `Everything the ${role} has still to do, overdue first.`,
          what: 'things to do',
          all: (n: number): string => `All ${n} things to do`,
        },
        'agenda-items': {
          title: (role: string): string => `${role}: agenda items`,
          description: (role: string): string => `The meeting agenda items the ${role} leads.`,
          what: 'agenda items',
          all: (n: number): string => `All ${n} agenda items`,
        },
        arising: {
          title: (role: string): string => `${role}: actions from meetings`,
          description: (role: string): string => `What meetings have asked the ${role} to do, and whether it is done.`,
          what: 'actions from meetings',
          all: (n: number): string => `All ${n} actions from meetings`,
        },
        indicators: {
          title: (role: string): string => `${role}: indicators`,
          description: (role: string): string => `The indicators the ${role} leads.`,
          what: 'indicators',
          all: (n: number): string => `All ${n} indicators`,
        },
      },
      worklist: {
        heading: 'To do, overdue first',
        intro: (n: number, overdue: number, stale: number): string =>
          `${count(n, 'thing', 'things')} not yet done` +
          (overdue > 0 ? `, ${count(overdue, 'overdue', 'overdue')}` : '') +
          (stale > 0 ? `; ${count(stale, 'action needs', 'actions need')} a progress update` : '') +
          '.',
        caption: (role: string): string => `What the ${role} has still to do, overdue first, then by due date`,
        what: 'What',
        from: 'From',
        due: 'Due',
        status: 'Status',
        lastUpdate: 'Last update',
        ongoing: 'Ongoing',
        fromPlan: (id: string | undefined): string => (id === undefined ? 'Action plan' : `Action plan, action ${id}`),
        fromMeeting: (body: string, date: string): string => `${body}, ${date}`,
        noUpdate: 'No progress update yet',
        updated: (date: string, days: number): string => `${date} (${count(days, 'day', 'days')} ago)`,
        stale: 'Update needed',
        notApplicable: 'Not applicable',
        none: 'Nothing is waiting: every action and every action from a meeting is done.',
      },
    },
    governance: {
      title: 'Governance',
      description: (board: string): string => `The terms of reference of the ${board}.`,
      caption: 'Terms of reference',
      chair: 'Chair',
      viceChair: 'Vice chair',
      meets: 'Meets',
      quorum: 'Quorum',
      lastReviewed: 'Last reviewed',
      nextReview: 'Next review',
      responsibilities: 'What the board does',
      membership: 'Membership',
      seats: (n: number): string => ` (${n} seats)`,
      subgroups: 'Sub-groups',
      noSubgroups: 'The board has no sub-groups.',
      reporting: 'Reporting',
      seeMeetings: 'See the meetings and forward plan',
    },
    meetings: {
      title: 'Meetings',
      description: (board: string): string => `The ${board}'s forward plan and past meetings.`,
      lead: (board: string): string => `When the ${board} and its sub-groups meet, and what they look at.`,
      calendarLink: 'Add the meetings to your calendar',
      calendarNote: '(iCalendar file you can subscribe to).',
      forwardPlan: 'Forward plan',
      noneUpcoming: 'No meetings are planned yet.',
      past: 'Past meetings',
      nonePast: 'No meetings have taken place yet.',
      byYear: 'Meetings by year',
      byYearNote: 'Each year’s page has every meeting’s agenda, and for past meetings the actions agreed.',
      yearCount: (n: number): string => count(n, 'meeting', 'meetings'),
      yearTitle: (year: string): string => `Meetings in ${year}`,
      yearDescription: (board: string, year: string): string =>
        `The ${board}'s meetings in ${year}: agendas and the actions agreed.`,
      /** "8 December 2026: Corporate Parenting Board", in a contents list. */
      entry: (date: string, body: string): string => `${date}: ${body}`,
    },
    sitemap: {
      title: 'Sitemap',
      description: 'Every page of this website, in one list.',
      lead: 'Every page of this website, grouped by section.',
      forMachines: 'For search engines, the same list is in',
      site: 'About the strategy',
      youngPeople: 'For young people',
      statusViews: 'The action plan by status',
      help: 'About this website',
    },
    scorecards: {
      title: 'Scorecards',
      description:
        'How the council is doing against its corporate parenting strategy, year by year, with figures anyone can check and reuse.',
      lead: 'How we are doing, in numbers. Each year’s scorecard shows every indicator with its target, rating, direction of travel and how we compare.',
      /** ": 18 indicators; at the latest figure 7 green, 5 amber, 2 red and 4 not rated. Updated 10 November 2026." */
      summary: (total: number, green: number, amber: number, red: number, updated: string): string =>
        `: ${total} ${total === 1 ? 'indicator' : 'indicators'}; at the latest figure ${green} green, ${amber} amber, ${red} red and ${total - green - amber - red} not rated. Updated ${updated}.`,
      downloads: 'The figures can be downloaded as CSV and JSON from the',
      openDataLink: 'open data page',
    },
    scorecard: {
      title: (year: string): string => `Scorecard ${year}`,
      description: (year: string, months: string): string =>
        `Every corporate parenting indicator for ${year}, ${months}, with targets, ratings, direction of travel and comparators.`,
      updated: (date: string): string => `Figures updated ${date}.`,
      /** What each card shows, naming the comparators. */
      explanation: (comparators: readonly { label: string; inASentence?: string | undefined }[]): string => {
        const against = comparators.map((c) => c.inASentence ?? c.label);
        const list =
          against.length <= 1 ? (against[0] ?? '') : `${against.slice(0, -1).join(', ')} and ${against.at(-1)!}`;
        const compared = list ? `, and how it compares with ${list}` : '';
        return `Each indicator shows its latest figure in the year, its target and rating, whether it is improving since the period before${compared}.`;
      },
      download: 'Download this scorecard:',
      /** The year's page as the board reads it: the summary, the tables and their key. */
      board: {
        lead: 'One table for each objective: each indicator’s figure for every period of the year, its target and rating, the change since the period before, and how it compares.',
        summaryHeading: 'Summary',
        /** "2 indicators are red (off target):" */
        redHeading: (n: number): string => `Red, off target: ${count(n, 'indicator', 'indicators')}`,
        amberHeading: (n: number): string => `Amber, near target: ${count(n, 'indicator', 'indicators')}`,
        changedHeading: (n: number): string =>
          `Rating changed since the last period: ${count(n, 'indicator', 'indicators')}`,
        none: 'None.',
        /** "was green in Q1 2026-27, now red" */
        ratingMove: (was: string, when: string, now: string): string => `${was} in ${when}, now ${now}`,
        unrated: 'no rating',
        tableLabel: (objective: string): string => `Scorecard table: ${objective}`,
        caption: (objective: string, year: string): string => `${objective}: indicators in ${year}`,
        indicator: 'Indicator',
        target: 'Target',
        rating: 'Rating',
        change: 'Change since the last period',
        noTarget: 'None',
        /** "Since Q1 2026-27: improving." */
        since: (when: string): string => `Since ${when}:`,
        ratingWas: (rag: string): string => `(rating was ${rag})`,
        noPrevious: 'No earlier figure',
        /** The year a comparator figure is for, read after it. */
        comparatorYear: (year: string): string => `(${year})`,
        noFigure: '–',
        commentary: 'Commentary on these indicators',
        keyHeading: 'Key to the tables',
        key: {
          ratings: 'Ratings',
          noRating:
            'No rating: the indicator gives context only, has no target for the year, or its figure is not available or hidden.',
          ratingRule:
            'Each indicator’s page states its rule in words. Green is on or better than the target; amber is within the tolerance the year sets; red is beyond it.',
          change: 'Change since the last period',
          changeRule:
            'Improving or worsening compares the latest figure with the period before, judged by which way is better for the indicator. A change smaller than the indicator’s threshold is “no change”: unless an indicator states its own, 1 percentage point for percentages, 1 for counts, 1 for rates per 10,000, 1 week, or 5 days.',
          noFigure:
            '– means there is no figure for that period: the indicator is reported once a year, or the period has not been reported yet.',
          comparators: 'Comparators',
          comparatorRule: 'Each comparator figure is followed by the reporting year it is for.',
          symbols: 'Symbols',
        },
      },
      /** A year too long for one page: its summary, and a page per objective (src/model/scorecard-sections.ts). */
      sections: {
        lead: 'How the year went for each objective, counted by each indicator’s rating at its latest figure. Each objective’s page has its table: every indicator’s figure for every period of the year, its target and rating, the change since the period before, and how it compares.',
        heading: 'By objective',
        caption: (year: string): string => `Indicators in ${year} by rating, for each objective`,
        objective: 'Objective',
        indicators: 'Indicators',
        notRated: 'Not rated',
        changed: 'Rating changed',
        /** "Scorecard 2025-26: Objective 4": a section page's title, with the objective named by number. */
        title: (year: string, objective: string): string => `Scorecard ${year}: ${objective}`,
        description: (year: string, objective: string): string =>
          `The corporate parenting indicators for ${objective} in ${year}, with targets, ratings, direction of travel and comparators.`,
        /** The pager's label. */
        pagerTitle: (objective: string): string => `Indicators: ${objective}`,
      },
    },
    /** The board pack: the year's scorecard and the action plan's exceptions, printed for committee papers. */
    boardPack: {
      title: (year: string): string => `Board pack ${year}`,
      description: (year: string): string =>
        `The corporate parenting scorecard for ${year} and the action plan's exceptions, laid out for the board's papers.`,
      asOf: (date: string): string => `As of ${date}.`,
      link: 'Board pack for printing',
      linkNote: '(the scorecard and the action plan’s exceptions, one landscape page per objective).',
      scorecardHeading: 'Scorecard',
      exceptionsHeading: 'Action plan exceptions',
      exceptionsLead: (date: string, since: string): string =>
        `Actions overdue on ${date}, actions off track, and actions whose status or percent complete changed from ${since} to ${date}, from what to what. Statuses are as they stand now.`,
      overdue: (n: number): string => `Overdue: ${count(n, 'action', 'actions')}`,
      offTrack: (n: number): string => `Off track: ${count(n, 'action', 'actions')}`,
      changed: (n: number): string => `Changed since the last period: ${count(n, 'action', 'actions')}`,
      none: 'None.',
      /** A year too long for one page: the pack's contents, and its pages (src/model/board-pack-sections.ts). */
      sections: {
        lead: 'This year’s pack is in sections: each objective’s indicators, then the action plan’s exceptions. The printed pack holds every section, in this order.',
        contentsHeading: 'Contents',
        /** "Objective 1: Education: 64 indicators, on 2 pages". */
        pages: (n: number): string => (n === 1 ? '' : `, on ${n} pages`),
        /** "Board pack 2025-26: Objective 4": a section page's title, with the objective named by number. */
        objectiveTitle: (year: string, objective: string): string => `Board pack ${year}: ${objective}`,
        objectiveDescription: (year: string, objective: string): string =>
          `The corporate parenting indicators for ${objective} in ${year}, laid out for the board's papers.`,
        exceptionsTitle: (year: string): string => `Board pack ${year}: action plan exceptions`,
        exceptionsDescription: (year: string): string =>
          `The action plan's exceptions in ${year}: actions overdue, off track, and changed in the last period, laid out for the board's papers.`,
        /** A group's heading on the pages after the one it starts on. */
        continued: (heading: string): string => `${heading} (continued)`,
      },
    },
    indicators: {
      title: 'Indicators',
      description: 'Every measure the council uses to track its corporate parenting strategy, with its latest figure.',
      lead: 'The measures we use to track the strategy, each at its latest figure. Each indicator’s page shows how it is rated, its trend over the years and every figure.',
      seeThem: 'See them year by year in the',
      scorecardsLink: 'scorecards',
      orDownload: ', or download them from the',
    },
    indicator: {
      latest: 'Latest figure',
      rating: 'Rating',
      direction: 'Direction',
      howRated: 'How it is rated',
      directionRule:
        'Direction of travel compares each figure with the period before, and says whether it is improving or worsening by which way is better, not by whether the number went up or down.',
      trend: 'Trend',
      noFigures: 'No figures have been published for this indicator yet.',
      commentary: 'Commentary',
      about: 'About this indicator',
      measuredAs: 'Measured as',
      /** "per cent, reported every quarter". */
      measured: (unit: string, frequency: 'quarterly' | 'annual'): string =>
        `${unit}, reported ${frequency === 'annual' ? 'once a year' : 'every quarter'}`,
      whichWay: 'Which way is better',
      polarity: {
        'higher is better': 'Higher is better.',
        'lower is better': 'Lower is better.',
        'context only': 'Neither: it is shown for context and is not rated.',
      },
      source: 'Source',
      objective: (term: ObjectiveTerm): string => capitalise(term.singular),
      lead: 'Lead',
      download: 'Download every indicator’s figures from the',
    },
    annualReports: {
      title: 'Annual reports',
      description: 'The corporate parenting board’s report on each year, with what the data says of it.',
    },
    annualReport: {
      inBrief: 'The year in brief',
      considered: 'What the board considered',
      strengths: 'What went well',
      development: 'What needs to improve',
      priorities: 'Priorities for next year',
      data: 'What the data says',
      assembled: (asOf: string): string =>
        `Assembled from the action plan, the scorecard and the meeting records, as of ${asOf}. Action statuses are as they stand now.`,
      actions: 'Actions',
      completed: 'Completed',
      overdue: 'Overdue',
      started: 'Started',
      noneCompleted: 'No actions were completed.',
      noneOverdue: 'No actions were overdue.',
      noneStarted: 'No actions were started.',
      /** "3.4 Recruit foster carers. (lead: Head of Fostering)". */
      actionLine: (id: string, action: string, leads: string[]): string =>
        `${actionName(id, action)} ${leadNote(leads)}`,
      /** A long list summed up (src/model/annual-lists.ts): its count, the few that tell most, a link to it all. */
      summary: {
        completed: (n: number, year: string): string =>
          `${count(n, 'action was', 'actions were')} completed in ${year}.`,
        completedFew: (n: number): string =>
          n === 1 ? 'The one completed most recently:' : `The ${n} completed most recently:`,
        overdue: (n: number, date: string): string =>
          `${count(n, 'action was past its', 'actions were past their')} due date and not complete on ${date}.`,
        overdueFew: (n: number): string => (n === 1 ? 'The one overdue longest:' : `The ${n} overdue longest:`),
        started: (n: number, year: string): string =>
          `${count(n, 'action had its', 'actions had their')} first progress update in ${year}. How they stand now:`,
        /** Before a named action: "Completed on 12 March 2026", "Due 31 December 2025". */
        completedOn: (date: string): string => `Completed on ${date}`,
        dueOn: (date: string): string => `Due ${date}`,
        /** The link to the whole list: its own pages, or the action plan's page of the same actions. */
        all: {
          completed: (n: number, year: string): string => `All ${count(n, 'action', 'actions')} completed in ${year}`,
          overdue: (n: number, year: string): string => `All ${count(n, 'action', 'actions')} overdue in ${year}`,
          started: (n: number, year: string): string => `All ${count(n, 'action', 'actions')} started in ${year}`,
        },
        red: (n: number, shown: number): string =>
          `${count(n, 'indicator was', 'indicators were')} rated red at the year end${shown < n ? `; the first ${shown} in the scorecard’s order:` : ':'}`,
        redCaption: (year: string): string => `Each red indicator’s latest figure in ${year}`,
        redLabel: (year: string): string => `Indicators rated red at the end of ${year}`,
        scorecard: (year: string): string => `Every indicator in the ${year} scorecard`,
        meetings: (n: number, year: string, items: number): string =>
          `${count(n, 'meeting was', 'meetings were')} held in ${year}, with ${count(items, 'agenda item', 'agenda items')}:`,
        bodyCount: (body: string, n: number): string => `${body}: ${count(n, 'meeting', 'meetings')}`,
        /** Before the links to the calendar years' pages of meetings. */
        meetingsOn: 'Each meeting, with its agenda and the actions it agreed, is on',
      },
      /** A year's whole list of actions, on pages of its own (`/annual-reports/<year>/<list>/`). */
      list: {
        title: {
          completed: (year: string): string => `Actions completed in ${year}`,
          overdue: (year: string): string => `Actions overdue in ${year}`,
          started: (year: string): string => `Actions started in ${year}`,
        },
        description: {
          completed: (year: string): string => `The action plan’s actions completed in ${year}, for the annual report.`,
          overdue: (year: string): string =>
            `The action plan’s actions past their due date and not complete in ${year}, for the annual report.`,
          started: (year: string): string =>
            `The action plan’s actions whose first progress update was in ${year}, for the annual report.`,
        },
        lead: {
          completed: (n: number, year: string, date: string): string =>
            `${count(n, 'action was', 'actions were')} completed in ${year}, up to ${date}.`,
          overdue: (n: number, _year: string, date: string): string =>
            `${count(n, 'action was past its', 'actions were past their')} due date and not complete on ${date}.`,
          started: (n: number, year: string, date: string): string =>
            `${count(n, 'action had its', 'actions had their')} first progress update in ${year}, up to ${date}.`,
        },
        actionName: (id: string, action: string): string => actionName(id, action),
        leadNote: (leads: string[]): string => leadNote(leads),
      },
      indicators: 'Indicators at the year end',
      noScorecard: (year: string): string => `There is no scorecard for ${year}.`,
      tableLabel: (year: string): string => `Indicators at the end of ${year}`,
      tableCaption: (year: string): string => `Each indicator’s latest figure in ${year}`,
      indicator: 'Indicator',
      meetings: 'Meetings held',
      noMeetings: (year: string): string => `No meetings were held in ${year}.`,
      meetingHeld: (date: string, body: string): string => `${date}, ${body}. Reviewed:`,
      reviewedActions: (ids: string[]): string => ` (actions ${ids.join(', ')})`,
      reviewedIndicators: (titles: string[]): string => ` (indicators: ${titles.join(', ')})`,
    },
    openData: {
      title: 'Open data',
      description:
        'Download the scorecards, indicators and action plan as CSV and JSON, with a description of every column.',
      lead: 'Every figure on this site, ready to check and reuse.',
      formats:
        'CSV files are UTF-8 with a byte-order mark, so that Excel opens them with the right characters; every field is in double quotes and lines end with CRLF. JSON files hold the same rows, with a list of the columns.',
      symbols: (rule: SmallNumberRule): string =>
        `Where a figure cannot be given, the files use the Government Statistical Service symbols: [c] ${symbolMeanings.c} (${smallNumbers(rule)}), [x] ${symbolMeanings.x}, [z] ${symbolMeanings.z}, [low] ${symbolMeanings.low}.`,
      /** "Scorecard 2025-26 (CSV)". */
      file: (what: string, format: string): string => `${what} (${format})`,
      indicators: 'Indicators',
      actionPlan: 'Action plan',
      allFigures: 'Every figure, every year',
      perIndicator: 'Each indicator’s figures, every year (CSV)',
      zip: 'Everything on this page in one ZIP file',
      /** Before a link to the open data page, on each scorecard and on the action plan. */
      everyYear: 'Every year’s figures, and each indicator’s, are on the',
      planToo: 'The action plan can be downloaded as CSV and JSON from the',
      columns: (dataset: string): string => `Columns: ${dataset}`,
      column: 'Column',
      holds: 'What it holds',
    },
    glossary: {
      title: 'Glossary',
      description: 'What the terms and abbreviations on this site mean.',
      lead: 'What the words and abbreviations on this site mean.',
    },
    search: {
      title: 'Search',
      description: "Search the strategy, action plan, scorecards, meetings and young people's pages.",
      needsJavaScript: 'Search needs JavaScript, which is turned off or has not loaded in your browser.',
      stillFind: 'You can still find everything from these pages:',
      fallback: {
        actionPlan: 'the action plan',
        actionPlanBy: (term: ObjectiveTerm): string => `, by ${term.singular}, lead and status`,
        strategy: (term: ObjectiveTerm): string => `the strategy and its ${term.plural}`,
        leads: 'who leads what',
        scorecards: 'the scorecards',
        meetings: 'meetings',
        youngPeople: 'the young people’s edition',
      },
      placeholder: 'For example: dental, education, care leavers',
    },
    notFound: {
      title: 'Page not found',
      typed: 'If you typed the web address, check it is correct.',
      pasted: 'If you pasted the web address, check you copied the entire address.',
      tryThese: 'You might find what you need here:',
      home: 'the home page',
      actionPlan: 'the action plan',
      actionAddresses: (example: string): string => `(actions have addresses like ${example})`,
      leads: 'who leads what',
      youngPeople: 'the plan for young people',
      search: 'search the site',
      shouldBeHere: (team: string): string => `If the page should be here, email the ${team} at`,
    },
  },

  /** Scorecards: ratings, directions, symbols, comparators. */
  scorecards: {
    rag: {
      green: 'On target',
      amber: 'Near target',
      red: 'Off target',
    },
    ragName: (rag: string): string => capitalise(rag),
    noRating: 'No rating',
    direction: (direction: string): string => capitalise(direction),
    notCompared: 'Not compared',
    indicatorCount: (n: number): string => count(n, 'indicator', 'indicators'),
    ragCount: (n: number, rag: string): string => `${n} ${rag}`,
    notRatedCount: (n: number): string => `${n} not rated`,
    symbolMeanings,
    smallNumbers,
    /** What each symbol means, under the council's small-number rule. */
    symbolNotes: (rule: SmallNumberRule): Record<'c' | 'x' | 'z' | 'low' | 'r' | 'p', string> => ({
      c: `[c] means the figure is ${symbolMeanings.c}: it is ${smallNumbers(rule)}. Hidden figures get no direction. A hidden count gets a rating only when it says nothing more: when every figure it could be gets the same rating, or red when none of them meets the target (a hidden count against a target of 0 is red).`,
      x: `[x] means the figure is ${symbolMeanings.x}.`,
      z: '[z] means the figure does not apply.',
      low: `[low] means the figure ${symbolMeanings.low}.`,
      r: `[r] means the figure was ${symbolMeanings.r}: the latest revision is shown, and charts use it too.`,
      p: `[p] means the figure is ${symbolMeanings.p}.`,
    }),
    /** "71%", "70% (2024-25)", "71.4% [r] (2024-25)": a comparator figure with its mark, and its year when not the scorecard's. */
    comparatorFigure: (figure: string, period: string | undefined, revised: boolean): string =>
      `${figure}${revised ? ' [r]' : ''}${period ? ` (${period})` : ''}`,
    /** A figure with its marks: "64% [p]", "71% [r]". */
    markedFigure: (figure: string, marks: readonly string[]): string =>
      [figure, ...marks.map((m) => `[${m}]`)].join(' '),
    /** One revision in words, below a table that shows [r]. */
    revisionNote: (what: string, when: string, first: string, now: string): string =>
      `${what}, ${when}: first published as ${first}, revised to ${now}.`,
    /** Said when comparator figures come from an earlier year than the scorecard's. */
    earlierYearNote:
      'A comparator figure with a year in brackets is the latest published, for that year: figures for England and other areas come out after the year ends.',
    /** Said under a chart when a figure it draws was revised. */
    chartUsesRevisions: 'Where a figure was revised [r], the chart uses the latest revision.',
    table: {
      period: 'Period',
      figure: 'Figure',
      childrenCounted: 'Children counted',
      outOf: 'Out of',
      target: 'Target',
      rating: 'Rating',
      direction: 'Direction',
    },
    card: {
      latestFigure: 'Latest figure',
      target: 'Target',
      noTarget: 'None: context only',
      rating: 'Rating',
      direction: 'Direction',
    },
    glance: { noFigures: 'No figures yet.', direction: 'Direction:' },
    figuresCaption: (caption: string): string => `Figures: ${caption}`,
  },

  /** Site search: the filters pages carry, and the menus on /search/. */
  search: {
    types: {
      action: 'Action',
      objective: (term: ObjectiveTerm): string => capitalise(term.singular),
      indicator: 'Indicator',
      meeting: 'Meeting',
      page: 'Page',
    },
    editions: { full: 'Full', 'young-people': 'Young people' },
    filterMenus: {
      label: 'Filter the results',
      type: 'Type of page',
      edition: 'Edition',
      objective: (term: ObjectiveTerm): string => capitalise(term.singular),
      lead: 'Lead',
      status: 'Status',
      year: 'Year',
    },
  },

  youngPeople: {
    navigationLabel: 'Young people',
    navigation: {
      start: 'Start',
      promises: 'Promises',
      help: 'Who can help',
      progress: 'How are we doing?',
      glossary: 'Word list',
    },
    adultsLink: 'The full plan, written for adults',
    /** "How it is going", in short sentences a child can read. */
    actionsInWords: {
      nothingYet: 'We have not written down the things we will do for this yet.',
      said: (n: number): string => `We said we would do ${n === 1 ? '1 thing' : `${n} things`}.`,
      /** A sentence ends with a colon when the things it counts are listed under it. */
      allDone: (n: number, listed = false): string =>
        `${n === 1 ? 'It is done' : `All ${n} are done`}${listed ? ':' : '.'}`,
      /** How each status reads, for one thing and for several, in the order they are said. */
      statuses: [
        ['complete', 'is done', 'are done'],
        ['on track', 'is going to plan', 'are going to plan'],
        ['at risk', 'might be late', 'might be late'],
        ['off track', 'is behind', 'are behind'],
        ['not started', 'has not started yet', 'have not started yet'],
      ] as [ActionStatus, string, string][],
      line: (n: number, one: string, several: string, listed = false): string =>
        `${n} ${n === 1 ? one : several}${listed ? ':' : '.'}`,
    },
    /** A figure in words: never a hidden number, periods as months. */
    figuresInWords: {
      /** "From July to September 2026, it was 94%." */
      value: (period: string, what: string): string => `From ${period}, ${what}.`,
      itWas: (shown: string): string => `it was ${shown}`,
      rate: (shown: string): string => `${shown} in every 10,000 children`,
      hiddenCount: (fewerThan: number): string =>
        `it was fewer than ${fewerThan} children, so we do not show the exact number to keep them private`,
      hiddenShare: 'it was about a small number of children, so we do not show the exact number to keep them private',
      notApplicable: 'this did not apply',
      roundsToZero: 'it was so small that it rounds down to 0',
      notYet: 'we do not have this number yet',
      goal: {
        green: (goal: string): string => `We met our goal of ${goal}.`,
        amber: (goal: string): string => `We are close to our goal of ${goal}.`,
        red: (goal: string): string => `We have not met our goal of ${goal} yet.`,
      },
      direction: {
        improving: 'It is getting better.',
        worsening: 'It is getting worse.',
        'no change': 'It is the same as last time.',
      },
      /** "We also keep track of 6 numbers. Here is what they show:" */
      summary: (n: number): string => `We also keep track of ${count(n, 'number', 'numbers')}. Here is what they show:`,
      summaryLines: {
        green: ['met our goal', 'met our goal'],
        amber: ['is close to our goal', 'are close to our goal'],
        red: ['has not met our goal yet', 'have not met our goal yet'],
        improving: ['is getting better', 'are getting better'],
        worsening: ['is getting worse', 'are getting worse'],
        hidden: [
          'is about very few children, so we keep it private',
          'are about very few children, so we keep them private',
        ],
      } as Record<'green' | 'amber' | 'red' | 'improving' | 'worsening' | 'hidden', [string, string]>,
    },
    objectivePage: {
      soFar: 'What we have done so far',
      said: (said: string): string => `${said} Here is how it is going:`,
      numbers: 'What the numbers say',
      /** "How we are doing on all 7 goals", or in the council's word for the edition ("all 7 promises"). */
      allGoals: (n: number, term?: YoungPeopleTerm): string =>
        `How we are doing on all ${n} ${term?.plural ?? 'goals'}`,
      /** "This part of the plan, written for adults", or "This promise, written for adults". */
      forAdults: (term?: YoungPeopleTerm): string => `This ${term?.singular ?? 'part of the plan'}, written for adults`,
      /** Under co-produced text: "Written with the Children in Care Council. Signed off by its chair on 10 March 2026." */
      writtenWith: (who: string, by: string, on: string): string =>
        `Written with ${who}, word for word. Signed off by ${by} on ${on}.`,
    },
    progressPage: {
      title: 'How are we doing?',
      description: 'What we said we would do for you, and how it is going.',
      lead: 'We said we would do things to make your life better. Here is how it is going.',
      /** "More about a good home": "A good home" → "a good home", but "CiCC news" stays as it is. */
      more: (title: string): string =>
        `More about ${/^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title}`,
    },
    searchPage: {
      title: 'Search our pages for young people',
      description: 'Search the pages written for young people.',
      placeholder: 'For example: help, school, money',
      needsJavaScript: 'Search needs JavaScript, which is turned off in your browser.',
      wordList: 'Look up a word in the word list',
    },
    glossaryPage: {
      title: 'Word list',
      description: 'What the words and short forms in this plan mean.',
      lead: 'Adults use a lot of special words and short forms. Here is what they mean.',
      letters: 'Words by first letter',
    },
  },
};

export type InterfaceWords = typeof en;
