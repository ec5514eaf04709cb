/**
 * `npm run new` while a council is being set up or has problems elsewhere: each type needs only the
 * files it reads, creates the folders it writes into, and otherwise refuses with a reason that names
 * the file to write or fix (never a stack trace, never "the content has N problems").
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, errorLines, errorText } from '../support/fixture-council.ts';
import { FIXTURES } from '../support/paths.ts';
import { runCommand } from '../editors/helpers.ts';

const run = (dir: string, ...args: string[]) => runCommand('new', args, dir);

describe('npm run new on an empty folder', () => {
  it('starts the young-person home page, creating its folder', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-new-')), 'content');
    mkdirSync(dir);
    const made = run(dir, 'young-person', 'home');
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatchInlineSnapshot(`
      "✓ Created content/young-people/index.mdx (line 1).

      Replace each "TODO: …" with the real text:
        content/young-people/index.mdx:4:10  summary
        content/young-people/index.mdx:9:1  text

      Check the other fields too: each has a comment saying what it holds. Then run: npm run check
      "
    `);
    expect(existsSync(path.join(dir, 'young-people/index.mdx'))).toBe(true);
  });

  it('says which file each type needs when it is not there yet', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-new-')), 'content');
    mkdirSync(dir);
    const reasons = [
      ['action', '1'],
      ['meeting', '2027-01-19'],
      ['indicator'],
      ['scorecard'],
      ['young-person', 'education'],
    ].map((args) => {
      const made = run(dir, ...args);
      expect(made.status).toBe(1);
      return made.stderr.trim();
    });
    expect(reasons).toMatchInlineSnapshot(`
      [
        "✗ a new action needs objectives.yaml, which is not there yet: write it (npm run init -- <folder> starts a whole council with one)",
        "✗ a new meeting needs board.yaml, which is not there yet: write it (npm run init -- <folder> starts a whole council with one)",
        "✗ a new indicator needs indicators.yaml, which is not there yet: write it (npm run init -- <folder> starts a whole council with one)",
        "✗ a new scorecard needs site.yaml, which is not there yet: write it (npm run init -- <folder> starts a whole council with one)",
        "✗ a young-person page needs objectives.yaml, which is not there yet: write it (npm run init -- <folder> starts a whole council with one)",
      ]
    `);
  });

  it('says how to start a council when the folder does not exist', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-new-')), 'content');
    const made = run(dir, 'action', '1');
    expect(made.status).toBe(1);
    expect(made.stderr.replaceAll(dir, '<folder>')).toMatchInlineSnapshot(`
      "✗ there is no content folder at <folder>: start a council there with npm run init -- <folder>, or set CONTENT_DIR to your content folder
      "
    `);
  });
});

describe('npm run new on incomplete content', () => {
  it('starts an objective’s actions when content/actions/ is missing altogether', () => {
    const dir = copyCouncil({ prepare: (d) => rmSync(path.join(d, 'actions'), { recursive: true }) });
    const made = run(dir, 'action', 'education');
    expect(made.stderr).toBe('');
    expect(made.stdout.split('\n')[0]).toMatchInlineSnapshot(
      `"✓ Created action 2.1 in content/actions/education.yaml (line 1)."`,
    );
    expect(existsSync(path.join(dir, 'actions/education.yaml'))).toBe(true);
  });

  it('starts a meeting while another file has problems, and names the broken file it would need', () => {
    const dir = copyCouncil({
      prepare: (d) => writeFileSync(path.join(d, 'objectives.yaml'), '- id: stable-homes\n  number: one\n'),
    });
    expect(errorLines(dir).length).toBeGreaterThan(0);
    const meeting = run(dir, 'meeting', '2027-01-19');
    expect(meeting.status).toBe(0);
    expect(existsSync(path.join(dir, 'meetings/2027-01-19-board.yaml'))).toBe(true);
    const action = run(dir, 'action', '1');
    expect(action.status).toBe(1);
    expect(action.stderr).toMatchInlineSnapshot(`
      "✗ a new action needs content/objectives.yaml, which has problems: run npm run check, fix that file, then try again
      "
    `);
  });

  it('starts the young-person page an objective is missing, and the check then passes', () => {
    const dir = copyCouncil({ prepare: (d) => rmSync(path.join(d, 'young-people/education.mdx')) });
    expect(errorText(dir)).toMatchInlineSnapshot(
      `"content/objectives.yaml:9:7  objective "education" has no young-person page: create it with "npm run new -- young-person education" (it writes content/young-people/education.mdx with kind: objective and objective: education)"`,
    );
    const made = run(dir, 'young-person', '2');
    expect(made.stdout).toMatchInlineSnapshot(`
      "✓ Created content/young-people/education.mdx (line 1).

      Replace each "TODO: …" with the real text:
        content/young-people/education.mdx:3:8  title
        content/young-people/education.mdx:4:10  summary
        content/young-people/education.mdx:10:1  text

      Check the other fields too: each has a comment saying what it holds. Then run: npm run check
      "
    `);
    expect(errorLines(dir)).toEqual([]);
    expect(run(dir, 'young-person', 'education').stderr).toMatchInlineSnapshot(`
      "✗ objective "education" already has its young-person page: content/young-people/education.mdx
      "
    `);
  });

  it('starts the young-person home page the check asks for, and the check then passes', () => {
    const dir = copyCouncil({ overlay: path.join(FIXTURES, 'bad/no-young-person-home') });
    expect(errorText(dir)).toMatchInlineSnapshot(
      `"content/young-people/index.mdx:1:1  the young-person edition has no home page, and the site cannot be built without one: start it with npm run new -- young-person home (a page with kind: home)"`,
    );
    expect(run(dir, 'young-person', 'home').status).toBe(0);
    expect(errorLines(dir)).toEqual([]);
    expect(run(dir, 'young-person', 'home').stderr).toMatchInlineSnapshot(`
      "✗ the young-person edition already has its home page: content/young-people/index.mdx
      "
    `);
  });
});
