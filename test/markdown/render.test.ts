/**
 * The prose renderer: it renders the tree the loader checked, with the project's components as
 * their own markup, and refuses (stops the build) rather than publish anything the check refuses,
 * even when handed a tree that never went through the check.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { isParseError, parseProse, type ProseTree } from '../../src/markdown/pipeline.ts';
import { renderProse } from '../../src/markdown/render.ts';
import { headingsOf, splitAfterSection } from '../../src/markdown/headings.ts';

const tree = (body: string): ProseTree => {
  const parsed = parseProse(body);
  if (isParseError(parsed)) throw new Error(parsed.reason);
  return parsed;
};
const render = (body: string): string => renderProse(tree(body));

describe('rendering prose from the checked tree', () => {
  it("renders a <Callout> as the site's own box, on its own lines or on one line", () => {
    expect(render('<Callout title="Your rights">\nYou can ask for help.\n</Callout>')).toBe(
      '<div class="prose-callout" role="note"><p class="prose-callout__title"><strong>Your rights</strong></p>\n<p>You can ask for help.</p>\n</div>',
    );
    expect(render('<Callout>Talk to your *carer*.</Callout>')).toBe(
      '<div class="prose-callout" role="note"><p>Talk to your <em>carer</em>.</p></div>',
    );
  });

  it('escapes a title that looks like HTML', () => {
    expect(render('<Callout title="<script>alert(1)</script>">\nHi.\n</Callout>')).toContain(
      '<strong>&#x3C;script>alert(1)&#x3C;/script></strong>',
    );
  });

  it('renders GFM as the check reads it: tables, strikethrough, footnotes, bare https addresses; a single ~ stays', () => {
    const html = render(
      [
        '| Who | When |',
        '| --- | :-: |',
        '| Us | ~~May~~ June |',
        '',
        'About ~30 children[^1]. See https://www.gov.uk/ or email team@testford.gov.uk.',
        '',
        '[^1]: A rounded figure.',
      ].join('\n'),
    );
    expect(html).toContain('<td align="center"><del>May</del> June</td>');
    expect(html).toContain('About ~30 children<sup><a href="#user-content-fn-1"');
    expect(html).toContain('<a href="https://www.gov.uk/">https://www.gov.uk/</a>');
    expect(html).toContain('<a href="mailto:team@testford.gov.uk">team@testford.gov.uk</a>');
    expect(html).toContain('<section data-footnotes class="footnotes">');
  });

  it('writes smart quotes and dashes, and gives headings the ids the contents list links to', () => {
    const body = '## The child\'s "voice" -- first\n\n## Our plan\n\n## Our plan';
    expect(render(body)).toBe(
      '<h2 id="the-childs-voice--first">The child’s “voice” — first</h2>\n<h2 id="our-plan">Our plan</h2>\n<h2 id="our-plan-1">Our plan</h2>',
    );
    expect(headingsOf(tree(body)).map((h) => h.slug)).toEqual(['the-childs-voice--first', 'our-plan', 'our-plan-1']);
  });

  it('cuts the body after a section, so a page can add its own content there', () => {
    const parts = splitAfterSection(tree('## One\n\nA.\n\n### Inside\n\nB.\n\n## Two\n\nC.'), 'one')!;
    expect(renderProse(parts.before)).toBe('<h2 id="one">One</h2>\n<p>A.</p>\n<h3 id="inside">Inside</h3>\n<p>B.</p>');
    expect(renderProse(parts.after)).toBe('<h2 id="two">Two</h2>\n<p>C.</p>');
    expect(splitAfterSection(tree('## One'), 'missing')).toBeUndefined();
  });

  it('shows HTML written as text, escaped, and leaves a percent-encoded scheme on the site', () => {
    expect(render('\\<script>alert(1)\\</script> &lt;meta http-equiv="refresh"&gt; `<b>code</b>`')).toBe(
      '<p>&#x3C;script>alert(1)&#x3C;/script> &#x3C;meta http-equiv=“refresh”> <code>&#x3C;b>code&#x3C;/b></code></p>',
    );
    // A percent-encoded scheme is not a scheme to a browser: it is a page on this site.
    expect(render('[x](%6Aavascript:alert(1))')).toBe('<p><a href="%6Aavascript:alert(1)">x</a></p>');
  });
});

describe('the renderer refuses what the check refuses, as a second line of defence', () => {
  const refused = (body: string): void => {
    expect(() => render(body)).toThrow(/^Refusing to publish .* at line \d+, column \d+: run npm run check/);
  };

  it.each([
    ['an MDX comment, not even as text', '{/* <meta http-equiv="refresh" content="0;url=https://evil.example/"> */}'],
    ['a comment inside a sentence', 'We {/* [x](javascript:alert(1)) */} listen.'],
    ['an expression', 'Two is {1 + 1}.'],
    ['an import', 'import X from "./x.js"'],
    ['an HTML element', '<div onclick="alert(1)">Hi</div>'],
    ['an unknown component', '<Chart />'],
    ['a component inside a sentence', 'We <Callout>help</Callout> you.'],
    ['a component attribute that is code', '<Callout title={alert(1)}>\nHi.\n</Callout>'],
    ['a javascript: link', '[x](&#x6A;avascript:alert(1))'],
    ['a javascript: reference link', '[x][a]\n\n[a]: JAVASCRIPT&colon;alert(1)'],
    ['a protocol-relative link', '[x](//evil.example/)'],
    // The renderer would percent-encode these into paths on this site, but the check refuses them as
    // written, and both read addresses through src/lib/addresses.ts, so the renderer refuses them too.
    ['a tab inside a scheme', '[x](java&#x09;script:alert(1))'],
    ['a tab after the first slash', '[x](</\t/evil.example/>)'],
    ['a backslash after the first slash', '[x](/\\evil.example/)'],
    ['a backslash before "@", which the published form turns into a name', '[x](https://www.gov.uk\\\\@evil.example/)'],
    ['a bare http:// address', 'See http://evil.example/.'],
    ['an image from another site', '![pixel](https://tracker.example/p.png)'],
    ['a reference image from another site', '![pixel][p]\n\n[p]: //tracker.example/p.png'],
    ['a link in a footnote', 'A[^1].\n\n[^1]: [x](vbscript:msgbox)'],
  ])('%s', (_what, body) => refused(body));

  it('raw HTML in a tree from elsewhere', () => {
    const withHtml: Root = { type: 'root', children: [{ type: 'html', value: '<meta http-equiv="refresh">' }] };
    expect(() => renderProse(withHtml)).toThrow(/^Refusing to publish HTML/);
  });
});
