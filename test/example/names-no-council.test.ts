/**
 * The engine names no council: a council takes a new engine version by merging upstream, without
 * its pages suddenly naming another council. Every council this repository holds (the example and
 * each fixture council) gives its name, short name and web address in site.yaml; none of them may
 * appear anywhere under src/, in code, comments or schema descriptions.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initCouncil } from '../../src/cli/scaffold/init.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every site.yaml that describes a whole council: the example's and each fixture council's. */
const councils = [path.join(ROOT, 'content/site.yaml'), ...filesUnder(path.join(ROOT, 'test/fixtures'))]
  .filter((file) => path.basename(file) === 'site.yaml')
  .map((file) => ({
    file: path.relative(ROOT, file),
    site: parse(readFileSync(file, 'utf8')) as Record<string, unknown>,
  }))
  .filter(({ site }) => typeof site['council'] === 'string');

/** What would give a council away: its name, its short name and its web address's own part. */
function namesOf(site: Record<string, unknown>): string[] {
  const names = [site['council'] as string];
  const display = (site['branding'] as { display_name?: unknown } | undefined)?.display_name;
  if (typeof display === 'string') names.push(display);
  if (typeof site['url'] === 'string') {
    // corporateparenting.eastmere.gov.uk → "eastmere": the part that names the council.
    const host = new URL(site['url']).hostname.split('.');
    const own = host.length > 3 ? host.at(-3) : undefined;
    if (own) names.push(own);
  }
  return names;
}

const sources = filesUnder(path.join(ROOT, 'src')).map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8').toLowerCase(),
}));

describe('src/ names no council', () => {
  it('finds the councils it checks for', () => {
    expect(councils.map((c) => c.file)).toContain('content/site.yaml');
    expect(councils.length).toBeGreaterThan(1);
  });

  it.each(councils)('not the council of $file', ({ site }) => {
    const found = namesOf(site).flatMap((name) =>
      sources.filter((s) => s.text.includes(name.toLowerCase())).map((s) => `${s.file}: "${name}"`),
    );
    expect(found).toEqual([]);
  });
});

describe('npm run init names no council', () => {
  // A new council starts from the scaffold; the repository's councils (the example's and each
  // fixture's) must leave no trace in it. This reads content/site.yaml, so it lives with the example's tests.
  // test/fixtures/new-council is the scaffold's own output, placeholders and all.
  const named = councils.filter(({ site }) => !String(site['council']).startsWith('TODO'));
  it.each(named)('not the council of $file', ({ site }) => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-init-names-')), 'content');
    initCouncil(dir, new Date('2026-11-22T00:00:00Z'));
    const text = filesUnder(dir)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
      .toLowerCase();
    expect(namesOf(site).filter((name) => text.includes(name.toLowerCase()))).toEqual([]);
  });
});
