import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/cli/built-site/files.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { MOCKS_MODULES } from './isolation.ts';

const testFiles = filesUnder(path.join(PROJECT_ROOT, 'test'))
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => path.relative(PROJECT_ROOT, file).split(path.sep).join('/'));

describe('test files that replace a module', () => {
  it('each run with a module graph of their own', () => {
    const mocking = testFiles.filter((file) =>
      /\bvi\.(mock|doMock)\(/.test(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')),
    );
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((file) => !MOCKS_MODULES.includes(file))).toEqual([]);
    expect(MOCKS_MODULES.filter((file) => !mocking.includes(file))).toEqual([]);
  });
});
