/**
 * A page's <title> stays within what verify allows (the long-title rule), whatever the council's
 * name and the page's own title: the council's name goes first, then a title too long by itself is
 * cut at a word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentTitle, TITLE_MAX } from '../../src/lib/page-title.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const LONG_COUNCIL = 'Royal Borough of Kensington and Chelsea';
const INDICATOR = 'Care leavers aged 19 to 21 in education, employment or training, as a share of all care leavers';

describe('a page’s title', () => {
  it('names the council when it fits', () => {
    expect(documentTitle('Scorecard 2025-26', 'Eastmere')).toBe('Scorecard 2025-26 - Eastmere corporate parenting');
  });

  it('leaves the council’s name off when both do not fit', () => {
    expect(documentTitle(INDICATOR, LONG_COUNCIL)).toBe(INDICATOR);
  });

  it('cuts a title too long by itself at a word, and says it is cut', () => {
    const title = `${INDICATOR}, counted at the end of each quarter and compared with England and our neighbours`;
    const shown = documentTitle(title, LONG_COUNCIL);
    expect(shown).toMatchInlineSnapshot(
      `"Care leavers aged 19 to 21 in education, employment or training, as a share of all care leavers, counted at the end of…"`,
    );
    expect(shown.length).toBeLessThanOrEqual(TITLE_MAX);
  });

  it('keeps to the limit verify checks', () => {
    const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as {
      rules: Record<string, [string, { maxlength: number }]>;
    };
    expect(config.rules['long-title']?.[1].maxlength).toBe(TITLE_MAX);
  });
});
