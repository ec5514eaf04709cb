/**
 * A file nested so deep that yaml's parser runs out of stack is reported at the same place every
 * time: the bracket that opens the 21st level, not wherever the stack ended (which moved with the
 * process: `npm run check` and Vitest gave different columns for the same file).
 */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_YAML_DEPTH, TOO_DEEP, tooDeepFlowOffset, yamlTreeProblems } from '../../src/loader/yaml-checks.ts';

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

  it('is the same place when the parser does not run out of stack, whatever blocks hold the brackets', () => {
    // Shallow enough for any stack, as 1000 brackets are when the code is warm: the check of the
    // parsed tree then finds the nesting, and must name the bracket the lexer names.
    const before = '- id: fostering-manager\n  team: ';
    const source = `${before}${'['.repeat(30)}${']'.repeat(30)}\n`;
    expect(yamlTreeProblems(parseDocument(source), source)).toEqual([
      { offset: before.length + MAX_YAML_DEPTH, message: TOO_DEEP },
    ]);
  });
});
