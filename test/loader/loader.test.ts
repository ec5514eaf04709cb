/** The loader, as pages, scripts and tests call it. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent, loadContent } from '../../src/loader/load-content.ts';
import { ContentError, errorsIn } from '../../src/loader/problems.ts';
import { copyCouncil, errorText } from '../support/fixture-council.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

describe('loading valid content', () => {
  const { content, problems } = loadContent(copyCouncil(), { today: TODAY });

  it('returns the content with no errors', () => {
    // Warnings may remain: as of TODAY some of the minimal council is out of date (see staleness.ts).
    expect(errorsIn(problems)).toEqual([]);
    expect(content).toBeDefined();
  });

  it('orders objectives by number and actions as their files list them', () => {
    expect(content!.objectives.map((o) => o.number)).toEqual([1, 2]);
    expect(content!.actions.map((a) => a.id)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('gives each action its objective and file, and each meeting its id', () => {
    expect(content!.actions[0]).toMatchObject({ objective: 'stable-homes', file: 'content/actions/stable-homes.yaml' });
    expect(content!.meetings[0]).toMatchObject({ id: '2026-01-20-board', body: 'board' });
  });

  it('keeps each MDX body as its parsed tree, placed at its line in the file, as plain JSON', () => {
    const home = content!.youngPeople.find((p) => p.data.kind === 'home')!;
    expect(home.file).toBe('content/young-people/index.mdx');
    const [paragraph] = home.tree.children;
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', value: 'We are your corporate parent. That means we all help to look after you.' }],
      position: { start: { line: 8, column: 1 } },
    });
    expect(JSON.parse(JSON.stringify(home.tree))).toEqual(home.tree);
  });

  it('reads YAML 1.2: "no" stays a word and dates stay text', () => {
    const dir = copyCouncil();
    const file = path.join(dir, 'glossary.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('This is a plan for your learning. You help to write it.', 'no'),
    );
    const loaded = loadContent(dir, { today: TODAY }).content!;
    expect(loaded.glossary.find((g) => g.abbreviation === 'PEP')!.young_meaning).toBe('no');
    expect(loaded.site.last_reviewed).toBe('2026-04-01');
  });

  it('accepts a UTF-8 file that starts with a byte order mark', () => {
    const dir = copyCouncil();
    const file = path.join(dir, 'roles.yaml');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    expect(errorsIn(loadContent(dir, { today: TODAY }).problems)).toEqual([]);
  });
});

describe('reporting problems', () => {
  it('reports problems from several files at once', () => {
    const dir = copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/bad/unknown-role') });
    writeFileSync(path.join(dir, 'glossary.yaml'), '');
    const lines = errorText(dir).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/actions\/education\.yaml:6:33 {2}unknown role/);
    expect(lines[1]).toMatch(/^content\/glossary\.yaml:1:1 {2}the file is empty/);
  });

  it('refuses files that are not UTF-8', () => {
    expect(errorText(copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/bad/utf16-file') }))).toMatchInlineSnapshot(
      `"content/glossary.yaml:1:1  the file is saved as UTF-16: save it as UTF-8 instead (in VS Code: "Save with Encoding")"`,
    );
    expect(errorText(copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/bad/latin1-file') }))).toMatchInlineSnapshot(
      `"content/glossary.yaml:1:1  the file is not UTF-8 text: save it as UTF-8 (in VS Code: "Save with Encoding")"`,
    );
  });

  it('getContent throws one error listing every problem', () => {
    const dir = copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/bad/unknown-indicator') });
    expect(() => getContent(dir)).toThrow(ContentError);
    expect(() => getContent(dir)).toThrow(
      /The content has 2 problems:\ncontent\/objectives\.yaml:8:16 {2}unknown indicator/,
    );
  });
});
