/**
 * How contacts become links: a number keeps its spaces as text (with no-break spaces, so it never
 * splits across lines) and loses them in the `tel:` or `sms:` address.
 */
import type { ContactGroup } from '../../schemas/contacts.ts';

export const telHref = (number: string): string => `tel:${number.replace(/\s/g, '')}`;
export const smsHref = (number: string, word?: string): string =>
  `sms:${number.replace(/\s/g, '')}${word ? `?body=${encodeURIComponent(word)}` : ''}`;
export const numberText = (number: string): string => number.replace(/ /g, '\u00a0');

/** Help right now first; otherwise the order the editor wrote. */
export const groupsInOrder = (groups: readonly ContactGroup[]): ContactGroup[] => [
  ...groups.filter((group) => group.urgent),
  ...groups.filter((group) => !group.urgent),
];
