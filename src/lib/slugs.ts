/**
 * Page addresses and in-page anchors, in one place: these URLs are permalinks, so every page and
 * test builds them the same way.
 */
import type { ActionStatus } from '../schemas/actions.ts';

/** "3.4" → "3-4": the form an action number takes in addresses and anchors. */
export function actionSlug(id: string): string {
  return id.replaceAll('.', '-');
}

/** The id of an action's row on /action-plan/: `action-3-4`. */
export function actionAnchor(id: string): string {
  return `action-${actionSlug(id)}`;
}

export const actionHref = (id: string): string => `/actions/${actionSlug(id)}/`;
export const actionPlanHref = (id: string): string => `/action-plan/#${actionAnchor(id)}`;
export const objectiveHref = (id: string): string => `/objectives/${id}/`;
export const leadHref = (roleId: string): string => `/leads/${roleId}/`;
export const indicatorHref = (id: string): string => `/indicators/${id}/`;
export const youngPeopleObjectiveHref = (objectiveId: string): string => `/young-people/${objectiveId}/`;

/** "on track" → "on-track". */
export function statusSlug(status: ActionStatus): string {
  return status.replaceAll(' ', '-');
}

export const statusHref = (status: ActionStatus): string => `/action-plan/status/${statusSlug(status)}/`;

/** Lower-case words joined by hyphens: "Personal Education Plan" → "personal-education-plan". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The anchor of a term on /glossary/. */
export const glossaryAnchor = (term: string): string => `term-${slugify(term)}`;
export const glossaryHref = (term: string): string => `/glossary/#${glossaryAnchor(term)}`;

/** The anchor of a meeting on /meetings/: `meeting-2026-01-20-board`. */
export const meetingAnchor = (meetingId: string): string => `meeting-${meetingId}`;
export const meetingHref = (meetingId: string): string => `/meetings/#${meetingAnchor(meetingId)}`;
