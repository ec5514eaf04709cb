/**
 * `npm run init -- <folder>`: a new council in an empty folder that passes the check straight away,
 * with a warning at every placeholder, and no trace of any other council. (Its build and verify:
 * verify-new-council.test.ts.)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCouncil } from '../../src/cli/scaffold/init.ts';
import { errorLines, warningLines } from '../support/fixture-council.ts';
import { NEW_COUNCIL } from '../support/paths.ts';
import { TEST_TODAY } from '../support/test-date.ts';
import { runCommand, runScript } from '../editors/helpers.ts';

const emptyFolder = (): string => path.join(mkdtempSync(path.join(tmpdir(), 'cp-init-')), 'content');

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full, base) : [path.relative(base, full)];
    });
}

describe('npm run init', () => {
  it('writes a council that passes the check, with warnings only', () => {
    const dir = emptyFolder();
    initCouncil(dir, TEST_TODAY);
    expect(errorLines(dir)).toEqual([]);
    expect(warningLines(dir)).toMatchInlineSnapshot(`
      [
        "content/accessibility.yaml:4:20  warning: replace the placeholder "TODO: why the site does not meet the standard yet" with the real text",
        "content/accessibility.yaml:12:11  warning: replace the placeholder "TODO: how the site was tested" with the real text",
        "content/actions/first-objective.yaml:5:13  warning: replace the placeholder "TODO: what will be done" with the real text",
        "content/actions/first-objective.yaml:6:14  warning: replace the placeholder "TODO: the difference it will make for children and young people" with the real text",
        "content/board.yaml:3:10  warning: replace the placeholder "TODO: why the board exists, in a short paragraph" with the real text",
        "content/board.yaml:5:5  warning: replace the placeholder "TODO: what the board does, one line each" with the real text",
        "content/board.yaml:9:12  warning: replace the placeholder "TODO: how often the board meets, for example Quarterly" with the real text",
        "content/board.yaml:10:9  warning: replace the placeholder "TODO: what makes a meeting quorate" with the real text",
        "content/board.yaml:13:5  warning: replace the placeholder "TODO: whom the board reports to, and how" with the real text",
        "content/indicators.yaml:4:10  warning: replace the placeholder "TODO: indicator name" with the real text",
        "content/indicators.yaml:5:15  warning: replace the placeholder "TODO: exactly what is counted, and for whom" with the real text",
        "content/indicators.yaml:8:11  warning: replace the placeholder "TODO: where the figures come from, for example SSDA903 return" with the real text",
        "content/objectives.yaml:5:10  warning: replace the placeholder "TODO: objective heading" with the real text",
        "content/objectives.yaml:6:12  warning: replace the placeholder "TODO: one or two sentences on what the objective is for" with the real text",
        "content/objectives.yaml:9:7  warning: replace the placeholder "TODO: how the board will know the objective is met" with the real text",
        "content/roles.yaml:3:10  warning: replace the placeholder "TODO: job title" with the real text",
        "content/roles.yaml:4:9  warning: replace the placeholder "TODO: the team or service the post sits in" with the real text",
        "content/roles.yaml:5:12  warning: replace the example address "lead-officer@example.org" with the council's own",
        "content/site.yaml:2:10  warning: replace the placeholder "TODO: council name" with the real text",
        "content/site.yaml:3:6  warning: replace the example address "https://corporate-parenting.example.org" with the council's own",
        "content/site.yaml:9:9  warning: replace the placeholder "TODO: the team readers should contact about the strategy" with the real text",
        "content/site.yaml:10:10  warning: replace the example address "corporate-parenting@example.org" with the council's own",
        "content/site.yaml:14:17  warning: replace the placeholder "TODO: place" with the real text",
        "content/strategy.mdx:3:9  warning: replace the placeholder "TODO: the vision, in one sentence" with the real text",
        "content/strategy.mdx:5:12  warning: replace the placeholder "TODO: a principle, in a few words" with the real text",
        "content/strategy.mdx:6:18  warning: replace the placeholder "TODO: what it means in practice" with the real text",
        "content/strategy.mdx:9:1  warning: reading ease 45.6 (grade 8.4) is below 50 for the main edition. Hardest sentences: "TODO: Write the introduction here." (line 11); "TODO: the vision, in one sentence" (line 3); "Replace each line that starts with TODO." (line 11). Shorter sentences and everyday words help every reader.",
        "content/strategy.mdx:11:1  warning: replace this placeholder line with the real text",
        "content/young-people/first-objective.mdx:3:8  warning: replace the placeholder "TODO: A short name for part 1." with the real text",
        "content/young-people/first-objective.mdx:4:10  warning: replace the placeholder "TODO: Say in one short line what we will do." with the real text",
        "content/young-people/first-objective.mdx:10:1  warning: replace this placeholder line with the real text",
        "content/young-people/index.mdx:4:10  warning: replace the placeholder "TODO: Say in one short line what this plan is for." with the real text",
        "content/young-people/index.mdx:9:1  warning: replace this placeholder line with the real text",
      ]
    `);
  });

  it('writes exactly the files of the new-council test site, which is built and verified', () => {
    const dir = emptyFolder();
    const made = initCouncil(dir, TEST_TODAY);
    expect(filesUnder(dir)).toEqual(filesUnder(NEW_COUNCIL));
    expect(made.files.sort()).toEqual(filesUnder(NEW_COUNCIL));
    // If this fails after a template changed: rm -r test/fixtures/new-council, then
    // BUILD_DATE=2026-11-22 npm run init -- test/fixtures/new-council/content
    for (const file of filesUnder(dir)) {
      expect(readFileSync(path.join(dir, file), 'utf8'), file).toBe(readFileSync(path.join(NEW_COUNCIL, file), 'utf8'));
    }
  });

  it('refuses a folder that already holds files, and says why', () => {
    const dir = emptyFolder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'site.yaml'), 'council: Old\n');
    const run = runCommand('init', [dir], dir);
    expect(run.status).toBe(1);
    expect(run.stderr.replace(dir, '<folder>')).toMatchInlineSnapshot(`
      "✗ <folder> is not empty (it holds site.yaml): npm run init only writes into an empty or new folder, so that nothing of another council is left in it. Name a new folder, or move the old content out first
      "
    `);
    expect(readFileSync(path.join(dir, 'site.yaml'), 'utf8')).toBe('council: Old\n');
  });

  it('says what it did and what to run next', () => {
    const dir = emptyFolder();
    // The script itself, as npm run init runs it; the other tests call what it hands the command line to.
    const run = runScript('init.ts', [dir], dir);
    expect(run.status).toBe(0);
    expect(run.stdout.replaceAll(dir, '<folder>')).toMatchInlineSnapshot(`
      "✓ Started a new council in <folder>: 11 files.

      Next:
        CONTENT_DIR=<folder> npm run check    lists each placeholder to replace (warnings, not errors)
        CONTENT_DIR=<folder> npm run build    builds the site into dist/
        npm run verify                          checks the built site

      The guide (docs/editors-guide.md, "Start your own council") takes you through each file.
      "
    `);
    expect(errorLines(dir)).toEqual([]);
  });

  it('asks for a folder when none is given', () => {
    const run = runCommand('init', [], emptyFolder());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "Say which folder to start the council in: npm run init -- ../my-council/content
      "
    `);
  });
});
