/** The model is built once per build: every page that asks gets the same one, until the content changes. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Content } from '../../src/loader/model.ts';
import { fixtureContent } from './fixture-model.ts';

const loaded = vi.hoisted(() => ({ content: undefined as Content | undefined }));
vi.mock('../../src/content-layer/loaded-content.ts', () => ({
  loadedContent: () => Promise.resolve(loaded.content!),
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
    // BUILD_DATE is fixed for the tests (vitest.config.ts).
    expect(first.today.toISOString().slice(0, 10)).toBe(process.env['BUILD_DATE']);
  });

  it('builds a new model when the content is loaded again (an edit in the dev server)', async () => {
    const before = await getSiteModel();
    loaded.content = fixtureContent();
    const after = await getSiteModel();
    expect(after).not.toBe(before);
    expect(after.content).toBe(loaded.content);
  });
});
