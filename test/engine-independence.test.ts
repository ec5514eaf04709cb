/**
 * The engine's tests never read the example council: they run with CONTENT_DIR set to the minimal
 * fixture (vitest.config.ts), and no test outside test/example/ names the project's content/
 * folder or the example's test site. (`npm run test:other-council` proves the
 * same by running them with content/ replaced by another council's folder.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PROJECT_ROOT } from './support/paths.ts';

const TESTS = path.join(PROJECT_ROOT, 'test');
const engineTestFiles = readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('example/') && !file.startsWith('fixtures/'))
  .filter((file) => file !== 'engine-independence.test.ts' && file !== 'support/test-sites.ts');

/** Ways a test could reach the example's content. */
const REACHES_THE_EXAMPLE: [RegExp, string][] = [
  [/\b(ROOT|PROJECT_ROOT)\s*,\s*['"`]content\b/, 'the project’s content/ folder'],
  [/['"`](\.\.\/)+content['"`/]/, 'the project’s content/ folder, by a relative path'],
  [/\bCONTENT_DIR\b.*from\s+['"][^'"]*(load-content|content-folder)/, 'the loader’s default content folder'],
  [/testSite\(\s*['"]example['"]\s*\)/, 'the example’s test site'],
];

describe('the engine’s tests', () => {
  it('run with CONTENT_DIR set to a fixture council', () => {
    expect(path.relative(FIXTURES, process.env['CONTENT_DIR'] ?? '')).not.toMatch(/^\.\./);
  });

  it('never reach the example council’s content', () => {
    expect(engineTestFiles.length).toBeGreaterThan(20);
    const found = engineTestFiles.flatMap((file) => {
      const text = readFileSync(path.join(TESTS, file), 'utf8');
      return REACHES_THE_EXAMPLE.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${file}: ${what}`);
    });
    expect(found).toEqual([]);
  });

  it('would notice a test that did', () => {
    const reaches = (text: string): boolean => REACHES_THE_EXAMPLE.some(([pattern]) => pattern.test(text));
    expect(reaches("const dir = path.join(ROOT, 'content');")).toBe(true);
    expect(reaches("readFileSync('../../content/site.yaml')")).toBe(true);
    expect(reaches("const dir = path.join(root, 'content');")).toBe(false);
    expect(reaches("await testSite('example')")).toBe(true);
    expect(reaches("const site = await testSite('second-council');")).toBe(false);
  });
});
