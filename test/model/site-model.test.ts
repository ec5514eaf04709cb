/**
 * The site model over a small fixture council (test/fixtures/model/ laid over the minimal one): what
 * the pages would show, read from the model's indexes, as of 22 November 2026.
 */
import { describe, expect, it } from 'vitest';
import { fixtureContent, fixtureModel } from './fixture-model.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import { toIsoDate } from '../../src/lib/calendar/index.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';
import { words } from '../../src/i18n/index.ts';

const model = fixtureModel();
const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);
const iso = (date: Date | undefined): string | undefined => date && toIsoDate(date);

describe('maps by id', () => {
  it('finds every kind of thing by its id, with its references resolved', () => {
    const action = model.actions.get('1.2');
    expect(action.leadRoles.map((r) => r.title)).toEqual([
      'Fostering Service Manager',
      "Director of Children's Services",
    ]);
    expect(action.objectiveEntry.title).toBe('Stable, loving homes');
    expect(model.objectives.get('education').leadRoles.map((r) => r.href)).toEqual(['/leads/virtual-school-head/']);
    expect(model.indicators.get('placement-moves').objectiveEntry?.id).toBe('stable-homes');
    expect(model.scorecards.get('2024-25').href).toBe('/scorecards/2024-25/');
    expect(model.meetings.get('2026-01-20-board').bodyName).toBe('Corporate Parenting Board');
  });

  it('keeps content order, and fails loudly on an id the loader would have refused', () => {
    expect(ids(model.actions.all)).toEqual(['1.1', '1.2', '2.1']);
    expect(model.roles.find('no-such-role')).toBeUndefined();
    expect(() => model.roles.get('no-such-role')).toThrow('No role with id "no-such-role"');
  });
});

describe('actions', () => {
  it('know their due date, overdue as of the build date, latest update and address', () => {
    const rows = model.actions.all.map((a) => [
      a.id,
      iso(a.due),
      a.timescaleLabel,
      a.overdue,
      a.latestUpdate?.date,
      a.href,
      a.planHref,
    ]);
    expect(rows).toEqual([
      [
        '1.1',
        '2026-03-31',
        'January to March 2026',
        true,
        '2026-01-10',
        '/actions/1-1/',
        '/objectives/stable-homes/#action-1-1',
      ],
      ['1.2', undefined, 'Ongoing', false, undefined, '/actions/1-2/', '/objectives/stable-homes/#action-1-2'],
      [
        '2.1',
        '2025-12-31',
        'By 31 December 2025',
        false,
        '2025-12-15',
        '/actions/2-1/',
        '/objectives/education/#action-2-1',
      ],
    ]);
  });

  it('are not overdue on their last day', () => {
    expect(buildSiteModel(fixtureContent(), new Date('2026-03-31T00:00:00Z')).actions.get('1.1').overdue).toBe(false);
  });

  it('are counted by status, overdue ones too, for the whole plan and for each objective', () => {
    expect(model.actionTally).toEqual({
      total: 3,
      // The default status scale: each label is its canonical state.
      byStatus: [
        { status: 'not started', name: 'not started', count: 1 },
        { status: 'on track', name: 'on track', count: 1 },
        { status: 'at risk', name: 'at risk', count: 0 },
        { status: 'off track', name: 'off track', count: 0 },
        { status: 'complete', name: 'complete', count: 1 },
      ],
      notReported: 0,
      overdue: 1,
    });
    expect(model.objectives.get('stable-homes').actionTally.overdue).toBe(1);
    expect(ids(model.objectives.get('education').actions)).toEqual(['2.1']);
    expect(ids(model.overdueActions)).toEqual(['1.1']);
    expect(ids(model.actionsByStatus['not started'])).toEqual(['1.2']);
  });

  it('list every progress update newest first, with its action', () => {
    expect(model.updates.map((u) => [u.date, u.action.id])).toEqual([
      ['2026-01-10', '1.1'],
      ['2025-12-15', '2.1'],
    ]);
  });
});

describe('meeting items by action', () => {
  it('finds the agenda items that review each action, oldest meeting first', () => {
    const reviews = (id: string) => model.actions.get(id).reviews.map((r) => `${r.meeting.id}: ${r.item.title}`);
    expect(reviews('1.1')).toEqual([
      '2026-01-20-board: Placement stability report',
      '2026-12-01-education-subgroup: School plans and placements',
    ]);
    expect(reviews('2.1')).toEqual(['2026-12-01-education-subgroup: School plans and placements']);
    expect(reviews('1.2')).toEqual([]);
  });

  it('names the body, links what an item reviews, and says whether actions agreed are done', () => {
    const meeting = model.meetings.get('2026-12-01-education-subgroup');
    expect(meeting.bodyName).toBe('Education sub-group');
    expect(meeting.href).toBe('/meetings/2026/#meeting-2026-12-01-education-subgroup');
    expect(meeting.agendaEntries[0]!.reviews).toEqual([
      { href: '/actions/2-1/', label: 'action 2.1' },
      { href: '/actions/1-1/', label: 'action 1.1' },
      { href: '/indicators/pep-up-to-date/', label: 'Personal Education Plans up to date' },
    ]);
    expect(meeting.arisingEntries.map((a) => a.state)).toEqual(['overdue']);
    expect(model.meetings.get('2026-01-20-board').arisingEntries.map((a) => a.state)).toEqual(['done']);
  });

  it('puts meetings from the build date on in the forward plan, earlier ones in the past', () => {
    expect(ids(model.upcomingMeetings)).toEqual(['2026-12-01-education-subgroup']);
    expect(ids(model.pastMeetings)).toEqual(['2026-01-20-board']);
  });
});

describe('who leads what', () => {
  it('gives each role everything it leads, chairs, presents or owns, in roles.yaml order', () => {
    const summary = model.responsibilities.map((r) => ({
      role: r.role.id,
      objectives: ids(r.objectives),
      actions: ids(r.actions),
      indicators: ids(r.indicators),
      chairs: [...r.board, ...r.subgroups.map((s) => s.name)],
      agenda: r.agendaItems.map((e) => e.meeting.id),
      arising: r.arising.map((e) => e.arising.what),
    }));
    expect(summary).toEqual([
      {
        role: 'director-childrens-services',
        objectives: ['stable-homes'],
        actions: ['1.2'],
        indicators: [],
        chairs: ['chair'],
        agenda: ['2026-12-01-education-subgroup'],
        arising: [],
      },
      {
        role: 'virtual-school-head',
        objectives: ['education'],
        actions: ['2.1'],
        indicators: ['pep-up-to-date'],
        chairs: ['Education sub-group'],
        agenda: ['2026-12-01-education-subgroup'],
        arising: ['Share the termly plan audit with the board.'],
      },
      {
        role: 'fostering-manager',
        objectives: [],
        actions: ['1.1', '1.2'],
        indicators: ['placement-moves'],
        chairs: ['vice chair'],
        agenda: ['2026-01-20-board'],
        arising: ['Bring a recruitment update to the next meeting.'],
      },
    ]);
  });
});

describe('figures by indicator', () => {
  it('rate and compare every period across the year boundary, oldest first', () => {
    const figures = model.indicators.get('placement-moves').figures;
    expect(figures.map((f) => [f.periodLabel, f.display, f.rag, f.direction])).toEqual([
      ['Q3 2024-25', '15%', 'red', undefined],
      ['Q4 2024-25', '12%', 'amber', 'improving'],
      ['Q1 2025-26', '10%', 'green', 'improving'],
      ['Q2 2025-26', '[c]', undefined, undefined],
    ]);
  });

  it('give the latest figure (hidden when small) and each year’s last figure', () => {
    expect(model.indicators.get('placement-moves').latest).toMatchObject({ display: '[c]', suppressed: true });
    expect(model.figures.yearEnd('placement-moves', '2024-25')).toMatchObject({ period: 'Q4', display: '12%' });
    expect(model.figures.yearEnd('pep-up-to-date', '2025-26')).toMatchObject({ rag: 'amber', direction: 'no change' });
    expect(model.figures.latest('no-such-indicator')).toBeUndefined();
  });

  it('give each scorecard its year-end figures under their objectives', () => {
    const card = model.scorecards.get('2025-26');
    expect(card.figures.map((f) => [f.indicator.id, f.display])).toEqual([
      ['placement-moves', '[c]'],
      ['pep-up-to-date', '93.8%'],
    ]);
    expect(card.byObjective.map((g) => [g.objective.id, g.figures.length])).toEqual([
      ['stable-homes', 1],
      ['education', 1],
    ]);
    expect([card.csvHref, card.jsonHref]).toEqual(['/data/scorecards/2025-26.csv', '/data/scorecards/2025-26.json']);
  });

  it('count an objective’s listed indicators by rating, a hidden latest figure as not rated', () => {
    expect(model.objectives.get('stable-homes').ragCounts).toEqual({ total: 1, byRag: [], unrated: 1 });
    expect(model.objectives.get('education').ragCounts).toEqual({
      total: 1,
      byRag: [{ rag: 'amber', count: 1 }],
      unrated: 0,
    });
  });

  it('carry each year’s commentary, newest first, and when the indicator was last reported', () => {
    const indicator = model.indicators.get('placement-moves');
    expect(indicator.commentary).toEqual([{ year: '2024-25', text: 'Moves fell in the last quarter.' }]);
    expect(indicator.updated).toBe('2026-05-01');
  });
});

describe('reporting years', () => {
  it('give a year’s start, end, neighbours and periods in words', () => {
    const year = model.calendar.year('2025-26');
    expect([iso(year.start), iso(year.end), year.previous, year.next]).toEqual([
      '2025-04-01',
      '2026-03-31',
      '2024-25',
      '2026-27',
    ]);
    expect([year.inWords, year.months]).toEqual(['April 2025 to March 2026', 'April to March']);
    expect(Object.values(year.periods).map((p) => `${p.label}: ${p.inWords}`)).toEqual([
      'Q1 2025-26: April to June 2025',
      'Q2 2025-26: July to September 2025',
      'Q3 2025-26: October to December 2025',
      'Q4 2025-26: January to March 2026',
      '2025-26: April 2025 to March 2026',
    ]);
    expect(model.scorecards.get('2025-26').reportingYear).toBe(year);
  });

  it('judge an annual report’s year at its end, or as of the build date while it is under way', () => {
    const { review } = model.annualReports.get('2025-26');
    expect(iso(review.asOf)).toBe('2026-03-31');
    expect([ids(review.completed), ids(review.overdue), ids(review.started)]).toEqual([['2.1'], [], ['1.1', '2.1']]);
    expect(review.meetings.map((m) => m.bodyName)).toEqual(['Corporate Parenting Board']);
  });
});

describe('the frame of every page', () => {
  it('names the council, links the sections and gives the contact details ready to show', () => {
    const { chrome } = model;
    expect([chrome.council, chrome.displayName]).toEqual(['Testford Council', 'Testford']);
    expect(chrome.navigation.map((n) => `${n.label} ${n.href}`)).toEqual([
      'Strategy /strategy/',
      'Action plan /action-plan/',
      'Scorecards /scorecards/',
      'Who does what /leads/',
      'Governance /governance/',
      'Meetings /meetings/',
      'Updates /updates/',
      'For young people /young-people/',
    ]);
    expect(chrome.contact.phone).toEqual({ text: '01632\u00a0960\u00a0123', href: 'tel:01632960123' });
    expect(chrome.contact.emailHref).toBe('mailto:childrenincare@testford.gov.uk');
    expect([chrome.lastReviewed, chrome.nextReview]).toEqual(['2026-04-01', '2027-04-01']);
  });

  it('links the young people’s pages and each objective to its young people’s page', () => {
    expect(model.youngPeople.map((p) => p.href)).toEqual([
      '/young-people/',
      '/young-people/stable-homes/',
      '/young-people/education/',
    ]);
    expect(model.objectives.get('stable-homes').youngPeopleHref).toBe('/young-people/stable-homes/');
    expect(model.chrome.youngPeopleNavigation.map((n) => n.label)).toEqual(['Start', 'How are we doing?', 'Word list']);
  });
});

describe('the council’s own words', () => {
  it('call its objectives by its word, wherever the interface names them', () => {
    const { term } = model.chrome;
    expect(term).toEqual({ singular: 'pledge', plural: 'pledges', voice: 'about' });
    expect(words.objectives.named(term, 2)).toBe('Pledge 2');
    expect(words.objectives.sectionCaption(term, 1, 'Homes')).toBe('Pledge 1: Homes');
    expect(words.pages.home.objectives(term)).toBe('Our pledges');
    expect(words.pages.leads.summary(term, model.responsibilities[0]!)).toBe(
      '1 pledge, 1 action, chairs 1 group, 1 agenda item',
    );
  });

  it('name the sections as its navigation does, and compare with its own comparators', () => {
    expect(model.chrome.sections.leads).toEqual({ label: 'Who does what', href: '/leads/' });
    expect(model.comparators).toEqual([
      { key: 'england', label: 'England', inASentence: undefined },
      { key: 'statistical_neighbours', label: 'Statistical neighbours', inASentence: 'statistical neighbours' },
      { key: 'region', label: 'North East', inASentence: undefined },
    ]);
    expect(words.pages.scorecard.explanation(model.comparators)).toContain(
      'how it compares with England, statistical neighbours and North East.',
    );
  });
});

describe('no scan per page', () => {
  it('answers every page’s questions from its indexes, never from the content lists again', () => {
    const content = fixtureContent();
    const built = buildSiteModel(content, TODAY);
    // After the build, reading any content list fails: a page that rescanned the content would throw.
    const poisoned = new Proxy([], {
      get: () => {
        throw new Error('the content was scanned after the model was built');
      },
    });
    for (const key of ['actions', 'objectives', 'roles', 'indicators', 'meetings', 'scorecards'] as const) {
      (content as unknown as Record<string, unknown>)[key] = poisoned;
    }
    const read = (): unknown[] => [
      ...built.actions.all.map((a) => [a.overdue, a.latestUpdate, a.reviews, a.leadRoles, built.actions.get(a.id)]),
      ...built.indicators.all.flatMap((i) => [
        i.latest,
        built.figures.all(i.id),
        ...built.scorecards.all.map((s) => built.figures.yearEnd(i.id, s.year)),
      ]),
      ...built.objectives.all.map((o) => [o.actionTally, o.ragCounts, o.trackedBy, built.objectives.get(o.id)]),
      ...built.responsibilities.map((r) => [r.actions, r.agendaItems, r.arising]),
      ...built.meetings.all.map((m) => [m.agendaEntries, m.arisingEntries]),
      ...built.scorecards.all.map((s) => [s.figures, s.byObjective]),
      built.updates,
      built.chrome,
    ];
    expect(read).not.toThrow();
    // The same figures are shared, not recomputed, wherever a page asks for them.
    expect(built.indicators.get('placement-moves').figures).toBe(built.figures.all('placement-moves'));
  });
});
