/** Who leads what, and which meetings review an action, over the small fixture council. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import {
  bodyName,
  meetingsReviewingAction,
  responsibilitiesOf,
  rolesWithResponsibilities,
  splitMeetings,
} from '../../src/lib/lookups.ts';
import { MINIMAL } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

const content = loadContent(MINIMAL, { today: TODAY }).content!;
const role = (id: string) => content.roles.find((r) => r.id === id)!;

describe('who leads what', () => {
  it('collects everything a role leads, chairs, presents or owns', () => {
    const r = responsibilitiesOf(content, role('fostering-manager'));
    expect(r.actions.map((a) => a.id)).toEqual(['1.1', '1.2']);
    expect(r.indicators.map((i) => i.id)).toEqual(['placement-moves']);
    expect(r.agendaItems.map((e) => e.item.title)).toEqual(['Placement stability report']);
    expect(r.arising.map((e) => e.arising.what)).toEqual(['Bring a recruitment update to the next meeting.']);
    expect(r.objectives).toEqual([]);
  });

  it('counts joint leads for each of them, and chairs of the board and sub-groups', () => {
    const dcs = responsibilitiesOf(content, role('director-childrens-services'));
    expect(dcs.actions.map((a) => a.id)).toEqual(['1.2']);
    expect(dcs.board).toEqual(['chair']);
    const vsh = responsibilitiesOf(content, role('virtual-school-head'));
    expect(vsh.subgroups.map((s) => s.name)).toEqual(['Education sub-group']);
  });

  it('lists every role that leads something', () => {
    expect(rolesWithResponsibilities(content).map((r) => r.role.id)).toEqual([
      'director-childrens-services',
      'virtual-school-head',
      'fostering-manager',
    ]);
  });
});

describe('meetings', () => {
  it('finds the agenda items that review an action', () => {
    expect(meetingsReviewingAction(content, '1.1').map((e) => `${e.meeting.id}: ${e.item.title}`)).toEqual([
      '2026-01-20-board: Placement stability report',
    ]);
    expect(meetingsReviewingAction(content, '2.1')).toEqual([]);
  });

  it('names the body that meets', () => {
    expect(bodyName(content, 'board')).toBe('Corporate Parenting Board');
    expect(bodyName(content, 'education-subgroup')).toBe('Education sub-group');
  });

  it('puts meetings on or after today in the forward plan, and earlier ones in the past, newest first', () => {
    const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
    expect(splitMeetings(content.meetings, day('2026-01-20')).upcoming).toHaveLength(1);
    const later = splitMeetings(content.meetings, day('2026-01-21'));
    expect(later.upcoming).toHaveLength(0);
    expect(later.past.map((m) => m.id)).toEqual(['2026-01-20-board']);
  });
});
