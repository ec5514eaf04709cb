import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';
import { slowestFirst, STARTS_FIRST } from './sequencer.ts';

describe('the order npm test starts its files in', () => {
  it('names only files that exist', () => {
    expect(STARTS_FIRST.filter((file) => !existsSync(path.join(PROJECT_ROOT, file)))).toEqual([]);
  });

  it('starts the slow files first, in the listed order, and keeps the others in the order given', () => {
    const given = ['test/a.test.ts', STARTS_FIRST[2], 'test/b.test.ts', STARTS_FIRST[0], 'test/c.test.ts'];
    expect(slowestFirst(given, (file) => file)).toEqual([
      STARTS_FIRST[0],
      STARTS_FIRST[2],
      'test/a.test.ts',
      'test/b.test.ts',
      'test/c.test.ts',
    ]);
  });
});
