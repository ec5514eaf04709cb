/** The model is built once per build: every page that asks gets the same one, until the content changes. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Content } from '../../src/loader/model.ts';
import { fixtureContent } from './fixture-model.ts';

// The content layer and the build's settings are Astro's: here they hand over the fixture council.
const loaded = vi.hoisted(() => ({ content: undefined as Content | undefined, day: '2026-11-22' }));
vi.mock('../../src/content-layer/loaded-content.ts', () => ({
  loadedContent: () => Promise.resolve(loaded.content!),
}));
vi.mock('../../src/content-layer/build-day.ts', () => ({
  buildDay: () => new Date(`${loaded.day}T00:00:00Z`),
}));
const { getSiteModel } = await import('../../src/model/site-model.ts');

describe('getSiteModel', () => {
  beforeEach(() => {
    loaded.content = fixtureContent();
  });

  it('builds the model once, as of the build date, however many pages ask', async () => {
    const first = await getSiteModel();
    const again = await Promise.all([getSiteModel(), getSiteModel(), getSiteModel()]);
    for (const model of again) expect(model).toBe(first);
    expect(first.today.toISOString().slice(0, 10)).toBe('2026-11-22');
  });

  it('builds a new model when the content is loaded again (an edit in the dev server)', async () => {
    const before = await getSiteModel();
    loaded.content = fixtureContent();
    const after = await getSiteModel();
    expect(after).not.toBe(before);
    expect(after.content).toBe(loaded.content);
  });

  it('builds a new model for another day, since overdue and upcoming depend on it', async () => {
    const before = await getSiteModel();
    loaded.day = '2026-03-31';
    const after = await getSiteModel();
    expect(after).not.toBe(before);
    expect(after.actions.get('1.1').overdue).toBe(false);
    expect(before.actions.get('1.1').overdue).toBe(true);
    loaded.day = '2026-11-22';
  });
});
