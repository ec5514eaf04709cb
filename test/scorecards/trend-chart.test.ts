/** The chart builder: deterministic SVG, accessible root, nothing drawn for a hidden figure, no inline styles. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { trendChartSvg, type TrendChartInput } from '../../src/charts/trend-chart.ts';
import { expectSvgSnapshot } from '../support/svg-snapshot.ts';

const comparators = [
  { key: 'england', label: 'England' },
  { key: 'statistical_neighbours', label: 'Statistical neighbours' },
  { key: 'region', label: 'Region' },
];

const quarterly: TrendChartInput = {
  label: 'Trend chart of children with three or more placements, Q1 2025-26 to Q3 2025-26',
  councilName: 'Testford',
  yLabel: '%',
  percentage: true,
  comparators,
  rows: [
    {
      periodLabel: 'Q1 2025-26',
      year: '2025-26',
      value: 10,
      target: 10,
      comparators: { england: 10, statistical_neighbours: 11 },
    },
    {
      periodLabel: 'Q2 2025-26',
      year: '2025-26',
      value: undefined,
      target: 10,
      comparators: { england: 10, statistical_neighbours: 11 },
    },
    {
      periodLabel: 'Q3 2025-26',
      year: '2025-26',
      value: 12.5,
      target: 10,
      comparators: { england: 10, statistical_neighbours: 11 },
    },
  ],
};

const annual: TrendChartInput = {
  label: 'Trend chart of days from care to adoption, 2022-23 to 2024-25',
  councilName: 'Eastmere',
  yLabel: 'days',
  percentage: false,
  comparators,
  rows: [
    { periodLabel: '2022-23', year: '2022-23', value: 480, target: 426, comparators: { england: 441, region: 455 } },
    { periodLabel: '2023-24', year: '2023-24', value: 452, target: 426, comparators: { england: 436, region: 447 } },
    { periodLabel: '2024-25', year: '2024-25', value: 398, target: 400, comparators: { england: 430 } },
  ],
};

describe('trend chart', () => {
  // A mismatch writes __snapshots__/<name>-changed.svg beside the snapshot, to compare in a browser.
  it('draws the same chart as the committed snapshot', async () => {
    await expectSvgSnapshot(trendChartSvg(quarterly), '__snapshots__/trend-quarterly.svg');
    await expectSvgSnapshot(trendChartSvg(annual), '__snapshots__/trend-annual.svg');
  });

  it('gives the same SVG each time, whatever was drawn before (one document serves every chart)', () => {
    const first = trendChartSvg(annual);
    trendChartSvg(quarterly);
    expect(trendChartSvg(annual)).toBe(first);
  });

  it('is one image with a name, its inside hidden from assistive technology', () => {
    const svg = trendChartSvg(annual);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="Trend chart of days from care to adoption, 2022-23 to 2024-25"');
    // Only the root carries a label: Plot's <g aria-label> would fail axe.
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const children = Array.from(document.querySelector('svg')!.children);
    expect(children.length).toBeGreaterThan(3);
    expect(children.filter((child) => child.getAttribute('aria-hidden') !== 'true')).toEqual([]);
  });

  it('has no inline style attribute and no <style> element (the CSP blocks them)', () => {
    const svg = trendChartSvg(annual);
    expect(svg).not.toContain('style=');
    expect(svg).not.toContain('<style');
  });

  it('draws one dot per shown figure and none for a hidden one', () => {
    expect(trendChartSvg(quarterly).match(/<circle /g)).toHaveLength(2);
    expect(trendChartSvg(annual).match(/<circle /g)).toHaveLength(3);
  });

  it('labels the target and each comparator in words, with its own dash pattern', () => {
    const svg = trendChartSvg(annual);
    for (const name of ['Eastmere', 'Target', 'England', 'Region']) expect(svg).toContain(`>${name}</text>`);
    expect(svg).not.toContain('Statistical neighbours');
    const dashes = [...svg.matchAll(/stroke-dasharray="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(dashes).size).toBe(3);
  });
});

describe('trend chart with a council’s own comparators', () => {
  it('draws and labels each declared comparator, in the council’s order, each with its own dash', () => {
    const svg = trendChartSvg({
      label: 'Own comparators',
      councilName: 'Testford',
      yLabel: '%',
      percentage: true,
      comparators: [
        { key: 'wales', label: 'Wales' },
        { key: 'similar_councils', label: 'Similar councils' },
      ],
      rows: [
        { periodLabel: '2023-24', value: 60, comparators: { wales: 58, similar_councils: 61, england: 40 } },
        { periodLabel: '2024-25', value: 62, comparators: { wales: 59, similar_councils: 63, england: 41 } },
      ],
    });
    for (const name of ['Testford', 'Wales', 'Similar councils']) expect(svg).toContain(`>${name}</text>`);
    // A figure under a key the chart was not given is not drawn.
    expect(svg).not.toContain('England');
    const dashes = [...svg.matchAll(/stroke-dasharray="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(dashes).size).toBe(2);
  });
});

describe('trend chart of a long quarterly series', () => {
  it('marks the start of each year, labelled with the year alone', () => {
    const years = ['2022-23', '2023-24', '2024-25'];
    const rows = years.flatMap((year) =>
      ['Q1', 'Q2', 'Q3', 'Q4'].map((q, i) => ({
        periodLabel: `${q} ${year}`,
        year,
        value: 10 + i,
        comparators: { england: 20 + years.indexOf(year), region: 25 },
      })),
    );
    const svg = trendChartSvg({
      label: 'Long series',
      councilName: 'Testford',
      yLabel: '%',
      percentage: true,
      comparators,
      rows,
    });
    const tickLabels = [...svg.matchAll(/<text[^>]*>(\d{4}-\d{2})<\/text>/g)].map((m) => m[1]);
    expect(tickLabels).toEqual(years);
    expect(svg).not.toContain('>Q2 ');
  });

  it('draws each annual comparator once a year, at the year’s last quarter, joined by straight lines', () => {
    const years = ['2022-23', '2023-24', '2024-25'];
    const rows = years.flatMap((year) =>
      ['Q1', 'Q2', 'Q3', 'Q4'].map((q, i) => ({
        periodLabel: `${q} ${year}`,
        year,
        value: 10 + i,
        comparators: { england: 20 + years.indexOf(year), region: 25 },
      })),
    );
    const svg = trendChartSvg({
      label: 'Long series',
      councilName: 'Testford',
      yLabel: '%',
      percentage: true,
      comparators,
      rows,
    });
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    // England is the first comparator (squares), the region the third (diamonds).
    for (const shape of ['square', 'diamond']) {
      expect(document.querySelectorAll(`.trend-chart__marker-${shape} path`)).toHaveLength(years.length);
    }
    // Four lines (council, target, England, region): only the target's is a step, with its corners doubled.
    const lines = [...document.querySelectorAll('path')]
      .map((p) => p.getAttribute('d')!)
      .filter((d) => /^M[\d.]+,[\d.]+L/.test(d) && d.split('L').length > 2);
    const england = lines.find((d) => d.split('L').length === years.length);
    expect(england, 'England drawn through its three year-end points').toBeTruthy();
  });
});

describe('trend chart of many years', () => {
  it('thins the yearly axis labels so that they never run together, always labelling the latest', () => {
    const years = Array.from({ length: 12 }, (_, i) => `${2014 + i}-${String(15 + i).padStart(2, '0')}`);
    const svg = trendChartSvg({
      label: 'Twelve years',
      councilName: 'Testford',
      yLabel: 'days',
      percentage: false,
      comparators,
      rows: years.map((year, i) => ({ periodLabel: year, year, value: 400 + i, comparators: { england: 420 } })),
    });
    const tickLabels = [...svg.matchAll(/<text[^>]*>(\d{4}-\d{2})<\/text>/g)].map((m) => m[1]);
    expect(tickLabels).toEqual(['2015-16', '2017-18', '2019-20', '2021-22', '2023-24', '2025-26']);
  });
});

describe('trend chart comparators', () => {
  it('tell each comparator apart by its marker shape, never only by colour', () => {
    const svg = trendChartSvg(annual);
    expect(svg).toContain('trend-chart__marker-square');
    expect(svg).toContain('trend-chart__marker-diamond');
    expect(svg).not.toContain('trend-chart__marker-triangle');
  });
});
