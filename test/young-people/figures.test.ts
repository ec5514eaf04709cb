/**
 * Figures in words for the young-person edition: periods said as months, goals and directions in
 * words, and a hidden figure said in words only, on the built objective pages too (the second
 * fixture council).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { reportingCalendar } from '../../src/lib/calendar/index.ts';
import { buildFigureIndex } from '../../src/lib/scorecards/index.ts';
import { figuresInWords, figuresSummary, type FigureInWords } from '../../src/lib/young-people/figures.ts';
import { loadValid } from '../support/fixture-council.ts';
import { SECOND_COUNCIL } from '../support/paths.ts';
import { testSite } from '../support/test-sites.ts';

const TEST_DIST = await testSite('second-council');
const content = loadValid(SECOND_COUNCIL);
const figures = buildFigureIndex(content);
const calendar = reportingCalendar();
const objective = (id: string) => content.objectives.find((o) => o.id === id)!;
const inWords = (id: string) => figuresInWords(objective(id), figures, calendar, content.glossary, new Set());
const HIDDEN =
  /^From [A-Z][a-z]+ (?:\d{4} )?to [A-Z][a-z]+ \d{4}, it was (?:fewer than 6 children|about a small number of children), so we do not show the exact number to keep them private\.$/;

describe('figures in words', () => {
  it('says periods as months of the reporting year', () => {
    expect(calendar.period('2025-26', 'Q1').inWords).toBe('April to June 2025');
    expect(calendar.period('2025-26', 'Q4').inWords).toBe('January to March 2026');
    expect(calendar.period('2025-26', 'year').inWords).toBe('April 2025 to March 2026');
  });

  it('says a shown figure with its goal and direction', () => {
    // same-home-two-years, Q2 2026-27: 65 of 95 is 68.4%, within 5 points of 72%, down from 71.3% in Q1.
    const [first] = inWords('feel-safe');
    expect(first!.value).toBe('From July to September 2026, it was 68.4%.');
    expect(first!.notes).toEqual(['We are close to our goal of 72%.', 'It is getting worse.']);
  });

  it('names an indicator by its young-person title and says what it counts, else by its own title', () => {
    const objective = content.objectives.find((o) => o.indicators.length >= 2)!;
    const [withWords, without] = objective.indicators;
    const changed = {
      ...content,
      indicators: content.indicators.map((indicator) => {
        if (indicator.id === withWords) {
          return { ...indicator, young_people: { title: 'Plain title', about: 'It counts this.' } };
        }
        const rest = { ...indicator };
        delete rest.young_people;
        return rest;
      }),
    };
    const said = figuresInWords(objective, buildFigureIndex(changed), calendar, [], new Set());
    const byId = (id: string | undefined) => said.find((f) => f.indicatorId === id)!;
    expect(byId(withWords)).toMatchObject({ name: 'Plain title', about: 'It counts this.' });
    expect(byId(without)).toMatchObject({
      name: content.indicators.find((i) => i.id === without)!.title,
      about: undefined,
    });
  });

  it('says a hidden figure in words, with no rating or direction that could give it away', () => {
    const hidden = content.objectives.flatMap((o) => inWords(o.id)).filter((f) => f.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const figure of hidden) {
      expect(figure.value).toMatch(HIDDEN);
      expect(figure.notes).toEqual([]);
    }
  });

  it('counts an objective’s figures in words, a hidden one only as private', () => {
    const figure = (
      rag: FigureInWords['rag'],
      direction: FigureInWords['direction'],
      suppressed = false,
    ): FigureInWords => ({
      indicatorId: 'x',
      name: 'x',
      about: undefined,
      value: 'x',
      notes: [],
      suppressed,
      rag,
      direction,
    });
    expect(
      figuresSummary([
        figure('green', 'improving'),
        figure('green', 'worsening'),
        figure('red', 'improving'),
        figure(undefined, undefined, true),
      ]),
    ).toEqual({
      said: 'We also keep track of 4 numbers. Here is what they show:',
      going: [
        '2 met our goal.',
        '1 has not met our goal yet.',
        '2 are getting better.',
        '1 is getting worse.',
        '1 is about very few children, so we keep it private.',
      ],
    });
  });

  it('shows hidden figures as words on the built objective pages', () => {
    for (const objective of content.objectives) {
      const html = readFileSync(path.join(TEST_DIST, 'young-people', objective.id, 'index.html'), 'utf8');
      const items = parseHTML(html).document.querySelectorAll('.yp-figures li');
      const expected = inWords(objective.id);
      expect(items.length).toBe(expected.length);
      expected.forEach((figure, i) => {
        expect(items[i]!.textContent).toContain(figure.value);
        if (figure.suppressed) expect(items[i]!.querySelector('span:not(.yp-about)')!.textContent).toMatch(HIDDEN);
      });
    }
  });
});
