/**
 * Over the example's build: on every young-person page a phone number is something a reader can
 * tap, and "Who can help" puts help right now first and says when each contact answers.
 * (Here until a fixture council has a help page with contacts: then it belongs with the engine's
 * tests in test/young-people/.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { youngPersonHref } from '../../src/model/urls.ts';
import { loadValid } from '../support/fixture-council.ts';
import { TEST_SITES, testSite } from '../support/test-sites.ts';

const TEST_DIST = await testSite('example');
const content = loadValid(TEST_SITES.example);
const helpPages = content.youngPeople.filter((page) => page.data.contacts !== undefined).map(youngPersonHref);
const youngPeoplePages = readdirSync(path.join(TEST_DIST, 'young-people'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html'))
  .map((file) => `/young-people/${file.replace(/index\.html$/, '')}`);

const mainOf = (sitePath: string) =>
  parseHTML(readFileSync(path.join(TEST_DIST, sitePath, 'index.html'), 'utf8')).document.querySelector('main')!;
const digits = (text: string) => text.replace(/\D/g, '');

/** Runs of digits that look like a phone number: 999, 0800 1111, 01632 960 410, 85258. */
const PHONE_LIKE = /(?<![\d.,:/-])(?:999|0\d{2,4}(?:[ \u00a0]?\d{3,4}){1,2}|\d{5})(?![\d%:/-])/g;

describe('phone numbers in the young-person edition, built', () => {
  it('there is a help page with contacts', () => {
    expect(helpPages.length).toBeGreaterThan(0);
  });

  it.each(youngPeoplePages.map((p) => [p]))('%s: every phone number shown is a tel: or sms: link', (sitePath) => {
    const main = mainOf(sitePath);
    const linked = new Set(
      [...main.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].map((a) => digits(a.textContent!)),
    );
    const walker = [...main.querySelectorAll('p, li, dd, td')].filter((el) => !el.querySelector('p, li, dd, td'));
    for (const el of walker) {
      // Numbers inside a link are fine; the rest of the text must hold no phone-like number.
      const clone = el.cloneNode(true) as Element;
      for (const a of clone.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) a.remove();
      for (const found of clone.textContent!.match(PHONE_LIKE) ?? []) {
        expect.soft(linked.has(digits(found)), `${sitePath}: "${found}" in "${el.textContent!.trim()}"`).toBe(true);
      }
    }
  });

  it.each(helpPages.map((p) => [p]))('%s: each link dials the number it shows', (sitePath) => {
    const links = [...mainOf(sitePath).querySelectorAll('a[href^="tel:"], a[href^="sms:"]')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(href).toMatch(/^(tel|sms):\+?\d+(\?body=\w+)?$/);
      expect(digits(href.replace(/\?.*$/, ''))).toBe(digits(a.textContent!));
    }
  });

  it.each(helpPages.map((p) => [p]))(
    '%s: help right now comes first, and says when each contact answers',
    (sitePath) => {
      const page = content.youngPeople.find((p) => youngPersonHref(p) === sitePath)!;
      const urgent = page.data.contacts!.filter((group) => group.urgent);
      const headings = [...mainOf(sitePath).querySelectorAll('h2')].map((h) => h.textContent!.trim());
      expect(headings.slice(0, urgent.length)).toEqual(urgent.map((group) => group.heading));
      for (const group of page.data.contacts!) {
        for (const contact of group.contacts.filter((c) => c.hours)) {
          const item = [...mainOf(sitePath).querySelectorAll('.yp-contact')].find(
            (li) => li.querySelector('h3')!.textContent === contact.name,
          )!;
          expect(item.textContent).toContain(contact.hours);
        }
      }
    },
  );
});
