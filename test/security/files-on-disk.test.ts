/**
 * Files under content/ that are not plain files (issue 13, class 7), and file names no address can
 * carry. Symbolic links, pipes and names with new lines cannot be kept as fixture files (git and the
 * tools that walk the repository would follow or trip on them), so each test makes its own in a
 * copy of the minimal council. Every message is pinned.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/loader/problems.ts';
import { copyCouncil, errorText } from '../support/fixture-council.ts';

const withContent = (prepare: (dir: string) => void): string => errorText(copyCouncil({ prepare }));

const LINK =
  'this is a symbolic link, and content must be real files in the repository (a link can point outside it, or nowhere): replace the link with the file or folder itself';

describe('symbolic links under content/ are refused, never followed', () => {
  const cases: [string, (dir: string) => void][] = [
    ['a link to itself (a loop)', (dir) => replaceWithLink(dir, 'roles.yaml', path.join(dir, 'roles.yaml'))],
    [
      'two links pointing at each other',
      (dir) => {
        replaceWithLink(dir, 'roles.yaml', path.join(dir, 'glossary-copy.yaml'));
        symlinkSync(path.join(dir, 'roles.yaml'), path.join(dir, 'glossary-copy.yaml'));
      },
    ],
    ['a dangling link', (dir) => replaceWithLink(dir, 'roles.yaml', '/nonexistent/roles.yaml')],
    ['a link to a file outside the repository', (dir) => replaceWithLink(dir, 'roles.yaml', outsideFile())],
    ['a link to a file inside content/', (dir) => replaceWithLink(dir, 'glossary.yaml', 'roles.yaml')],
    ['a link to a folder', (dir) => replaceWithLink(dir, 'actions', tmpdir())],
    [
      'a link to a folder, named like a file',
      (dir) => replaceWithLink(dir, 'meetings/2026-02-01-board.yaml', tmpdir()),
    ],
    ['a link from inside a folder to its parent (a loop)', (dir) => symlinkSync('..', path.join(dir, 'actions/loop'))],
  ];
  it.each(cases)('%s', (_, prepare) => {
    const output = withContent(prepare);
    expect(output).toContain(LINK);
    // Nothing that was linked to is read: no other file is reported missing or broken.
    expect(output.split('\n').every((line) => line.endsWith(LINK))).toBe(true);
  });

  it('pins the message, at the link', () => {
    expect(withContent((dir) => replaceWithLink(dir, 'roles.yaml', outsideFile()))).toMatchInlineSnapshot(
      `"content/roles.yaml:1:1  this is a symbolic link, and content must be real files in the repository (a link can point outside it, or nowhere): replace the link with the file or folder itself"`,
    );
  });

  it('refuses a named pipe, which would hang a reader', () => {
    const output = withContent((dir) => execFileSync('mkfifo', [path.join(dir, 'meetings/2026-03-01-board.yaml')]));
    expect(output).toMatchInlineSnapshot(
      `"content/meetings/2026-03-01-board.yaml:1:1  this is not an ordinary file (it is a device, pipe or socket): delete it from the content folder"`,
    );
  });
});

describe('file names that would break addresses, ids and the calendar', () => {
  it('a new line in a meeting file name is refused, and the message stays on one line', () => {
    const output = withContent((dir) =>
      renameSync(
        path.join(dir, 'meetings/2026-01-20-board.yaml'),
        path.join(dir, 'meetings/2026-01-20-board\nBEGIN:VALARM.yaml'),
      ),
    );
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatchInlineSnapshot(
      `"content/meetings/2026-01-20-board\\nBEGIN:VALARM.yaml:1:1  the file name "2026-01-20-board\\nBEGIN:VALARM" becomes part of the page's address, so it can hold only lower-case letters, digits and single hyphens: rename the file, for example to 2026-01-20-board.yaml"`,
    );
  });
});

describe('a printed problem is one line, and never a GitHub Actions command', () => {
  it.each([
    'unknown role "x\n::error::forged"',
    'unknown role "x\r::warning::forged"',
    'unknown role "x\u2028::notice::forged"',
    'value "\u202e::set-output"',
  ])('%j', (message) => {
    const line = formatProblem({ file: 'content/roles.yaml', line: 1, col: 1, severity: 'error', message });
    expect(line.split(/\r\n|[\n\r\u2028\u2029\u0085]/)).toHaveLength(1);
    expect(line).not.toMatch(/[\u202e]/);
  });
});

function replaceWithLink(dir: string, relative: string, target: string): void {
  rmSync(path.join(dir, relative), { recursive: true, force: true });
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  symlinkSync(target, path.join(dir, relative));
}

/** A readable file outside the project, as a stand-in for a secret elsewhere on the machine. */
function outsideFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cp-outside-')), 'secret.yaml');
  writeFileSync(file, readFileSync(path.resolve(import.meta.dirname, '../fixtures/minimal/content/roles.yaml')));
  return file;
}
