/**
 * Injection into review and CI (issue 13, class 10). The change summary a reviewer reads in a pull
 * request cannot be hidden or disguised by what an update says, and nothing the check or the
 * summary prints starts a line with "::", which GitHub Actions would run as a workflow command.
 */
import { describe, expect, it } from 'vitest';
import { inline } from '../../src/cli/changes/escape.ts';
import { summariseChanges } from '../../src/cli/changes/index.ts';
import { guardOutput, noWorkflowCommands } from '../../src/cli/workflow-commands.ts';
import { edit, repoWithContent, runScript } from '../editors/helpers.ts';
import { copyCouncil } from '../support/fixture-council.ts';

const HOSTILE_UPDATE = [
  'text: |-',
  '          Five households approved.',
  '          <!-- everything after this is hidden',
  '          ::error file=x::forged',
  '          ::add-mask::secret',
  '          <details><summary>Nothing to see</summary>',
  '          [safe link](javascript:alert(1)) ![pixel](https://tracker.example/p.png) <https://evil.example>',
  '          **bold** _em_ `code` ~~gone~~ | table | # heading',
].join('\n');

describe('the change summary cannot be hidden or disguised by content', () => {
  const dir = repoWithContent();
  edit(
    dir,
    'actions/stable-homes.yaml',
    '        text: Twelve households started assessment.\n',
    `        text: Twelve households started assessment.\n      - date: 2026-04-02\n        ${HOSTILE_UPDATE}\n`,
  );
  edit(dir, 'actions/stable-homes.yaml', 'status: on track', 'status: at risk');
  edit(
    dir,
    'actions/stable-homes.yaml',
    'action: Recruit more foster carers who live in the borough.',
    'action: "Recruit carers <!-- and hide this\\n::warning::forged"',
  );
  const summary = summariseChanges(dir, 'main');
  const lines = summary.split('\n');

  it('keeps every section, each item on one line', () => {
    expect(lines.filter((l) => l.startsWith('### '))).toEqual([
      '### Status changes',
      '### Action details changed',
      '### New progress updates',
    ]);
    expect(lines.filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('- '))).toEqual([]);
  });

  it('has no HTML and no working Markdown from the content, and no line starting with "::"', () => {
    expect(summary).not.toMatch(/<!--|<details|<https/);
    expect(lines.filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(lines.find((l) => l.includes('2 April 2026'))).toMatchInlineSnapshot(
      `"- Action **1.1**, 2 April 2026: Five households approved. &lt;!-- everything after this is hidden ::error file=x::forged ::add-mask::secret &lt;details&gt;&lt;summary&gt;Nothing to see&lt;/summary&gt; \\[safe link\\](javascript:alert(1)) !\\[pixel\\](https://tracker.example/p.png) &lt;https://evil.example&gt; \\*\\*bold\\*\\* \\_em\\_ \\\`code\\\` \\~\\~gone\\~\\~ \\| table \\| # heading"`,
    );
  });

  it('escapes an action’s new words where it says what they were', () => {
    expect(lines.find((l) => l.includes('`action`'))).toMatchInlineSnapshot(
      `"- Action **1.1**, \`action\`: now “Recruit carers &lt;!-- and hide this ::warning::forged” (was “Recruit more foster carers who live in the borough.”)"`,
    );
  });

  it.each([
    ['a line break of every kind', 'a\nb\rc\r\nd\u2028e\u2029f\u0085g\u000bh\u000ci', 'a b c d e f g h i'],
    ['control characters', 'a\u0000b\u001bc\u007fd', 'abcd'],
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a comment', '<!-- hidden -->', '&lt;!-- hidden --&gt;'],
    ['Markdown signs', '*a* _b_ `c` [d](e) ~f~ |g| \\h', '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\|g\\| \\\\h'],
  ])('inline(): %s', (_, text, expected) => {
    expect(inline(text)).toBe(expected);
  });
});

describe('what the check prints is one line per problem, never a workflow command', () => {
  it('a value with new lines and "::" echoed in a message', () => {
    const dir = copyCouncil();
    edit(
      dir,
      'actions/stable-homes.yaml',
      'status: on track',
      'status: "on track\\n::error::forged\\n  ::set-output name=x::y"',
    );
    edit(
      dir,
      'roles.yaml',
      '  title: Virtual School Head',
      '  title: "Virtual School Head"\n  "::warning::x\\nfield": 1',
    );
    const run = runScript('check-content.ts', [dir], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('content/') && !l.includes('warning: '))).toMatchInlineSnapshot(`
      [
        "content/actions/stable-homes.yaml:9:13  "status" must be one of: not started, on track, at risk, off track, complete (not "on track\\n::error::forged\\n  ::set-output name=x::y"). Did you mean "on track"?",
        "content/roles.yaml:9:3  unknown field "::warning::x\\nfield". Allowed fields here: id, title, team, directorate, mailbox, senior, post_holder.",
      ]
    `);
  });
});

describe('every line check, build and changes print passes through the workflow-command guard', () => {
  it.each([
    ['::error::forged', '> ::error::forged'],
    ['  ::add-mask::x', '  > ::add-mask::x'],
    ['\t::set-output name=a::b', '\t> ::set-output name=a::b'],
    ['ok\n::warning::x\r::notice::y\r\n ::debug::z', 'ok\n> ::warning::x\r> ::notice::y\r\n > ::debug::z'],
    ['ok\u2028::error::a\u2029::error::b\u0085::error::c', 'ok\u2028> ::error::a\u2029> ::error::b\u0085> ::error::c'],
    ['a :: in the middle stays', 'a :: in the middle stays'],
  ])('%j', (text, expected) => {
    expect(noWorkflowCommands(text)).toBe(expected);
  });

  it('follows lines across separate writes, whoever writes them', () => {
    const written: string[] = [];
    const stream = { write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
    guardOutput([stream]);
    for (const chunk of ['first line\n', '  ', '::error::split', ' and ::x\n', '::stop-commands::t\n', 'x::']) {
      stream.write(chunk);
    }
    stream.write(Buffer.from('\n::group::bytes\n'));
    const lines = written.join('').split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(written.join('')).toMatchInlineSnapshot(`
      "first line
        > ::error::split and ::x
      > ::stop-commands::t
      x::
      > ::group::bytes
      "
    `);
  });
});
