/**
 * A file nested so deep that yaml's parser runs out of stack is reported at the same place every
 * time: the bracket that opens the 21st level, not wherever the stack ended (which moved with the
 * process: `npm run check` and Vitest gave different columns for the same file).
 */
import { describe, expect, it } from 'vitest';
import { MAX_YAML_DEPTH, tooDeepFlowOffset } from '../../src/loader/yaml-checks.ts';

describe('where too deep a nesting of brackets is reported', () => {
  it('is the bracket that opens one level more than allowed, brackets in quotes not counted', () => {
    const before = 'team: "[[[[ not a list", other: ';
    const source = `${before}${'['.repeat(1000)}${']'.repeat(1000)}\n`;
    expect(tooDeepFlowOffset(source)).toBe(before.length + MAX_YAML_DEPTH);
  });

  it('counts closed brackets out again, and gives no place when the nesting is not too deep', () => {
    const shallow = `a: ${'[1, '.repeat(MAX_YAML_DEPTH)}${']'.repeat(MAX_YAML_DEPTH)}\nb: {c: [d]}\n`;
    expect(tooDeepFlowOffset(shallow)).toBeUndefined();
    expect(tooDeepFlowOffset(`${'[]'.repeat(50)}\n`)).toBeUndefined();
  });
});
