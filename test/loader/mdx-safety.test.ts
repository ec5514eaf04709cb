/** The MDX safety rule: Markdown passes, anything that would run code is refused with its place. */
import { describe, expect, it } from 'vitest';
import { mdxBodyProblems, unsafeUrlProblem } from '../../src/loader/rules/mdx-safety.ts';

const problems = (body: string): string[] =>
  mdxBodyProblems({ file: 'content/strategy.mdx', body, bodyLine: 6 }).map((p) => `${p.line}:${p.col} ${p.message}`);

describe('MDX safety', () => {
  it('accepts plain Markdown, safe links, GFM tables, a component and a lone "<" in prose', () => {
    const body = [
      '## Our promise',
      '',
      'Fewer than 5 < 10 children moved. Read [the plan](/action-plan/), [the law](https://www.legislation.gov.uk/),',
      'write to [us](mailto:team@testford.gov.uk) or see [below](#contact). ![Chart](/images/chart.svg)',
      '',
      '<Callout title="Your rights">',
      'You can ask for help at any time.',
      '</Callout>',
      '',
      '| Who | Phone |',
      '| --- | --- |',
      '| Us | [0800 1111](tel:08001111) |',
      '',
      'Bare https://www.gov.uk/ and team@testford.gov.uk are links too.',
      '',
      '- one',
      '- two',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });

  it('places each problem at its line in the whole file, counting the front matter', () => {
    expect(problems('Intro.\n\nMore {1 + 1} text.')).toEqual([
      '8:6 MDX content cannot run code: { } holds JavaScript in MDX. Write the text without braces, or write \\{ and \\} to show the braces themselves',
    ]);
  });

  it('reports an element once, not again for what it contains', () => {
    expect(problems('<div>\n  <script>alert(1)</script>\n</div>')).toHaveLength(1);
  });

  it('refuses a comment that hides code after it', () => {
    expect(problems('{/* a */ alert(1) /* b */}')).toHaveLength(1);
  });

  it('refuses a comment, whatever it holds, because the check cannot read inside it', () => {
    expect(problems('Intro.\n\n{/* update this every April */}')).toEqual([
      '8:1 comments ({/* … */}) are not allowed in content, because the check cannot see what they hide: a note for editors goes in the front matter, on a line starting with #',
    ]);
  });

  it.each([
    [
      'javascript:alert(1)',
      'a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:',
    ],
    [
      'java\tscript:alert(1)',
      'a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:',
    ],
    [
      ' JAVASCRIPT:alert(1)',
      'a link cannot start with "javascript:": write an https:// address, a page on this site starting with /, or mailto:',
    ],
    [
      'data:text/html,<script>alert(1)</script>',
      'a link cannot start with "data:": write an https:// address, a page on this site starting with /, or mailto:',
    ],
    [
      'vbscript:msgbox',
      'a link cannot start with "vbscript:": write an https:// address, a page on this site starting with /, or mailto:',
    ],
    ['//evil.example', 'the link "//evil.example" leaves the site without saying so: write the full https:// address'],
    [
      '/\\evil.example',
      'the link "/\\evil.example" leaves the site without saying so: write the full https:// address',
    ],
    ['http://example.org', 'the link "http://example.org" is not secure: use its https:// address'],
  ])('refuses the link %j', (url, message) => {
    expect(unsafeUrlProblem(url)).toBe(message);
  });

  it.each([
    'https://example.org/a?b=c',
    '/scorecards/2025-26/',
    '#objectives',
    'mailto:a@b.gov.uk',
    'tel:+441234567890',
    'glossary/',
  ])('accepts the link %j', (url) => {
    expect(unsafeUrlProblem(url)).toBeUndefined();
  });
});
