/** Abbreviations: the first use on each page is explained and linked to the glossary. */
import { describe, expect, it } from 'vitest';
import { markAbbreviations } from '../../src/markdown/abbreviations.ts';

const terms = [
  { abbreviation: 'PEP', term: 'Personal Education Plan' },
  { abbreviation: 'IRO', term: 'Independent Reviewing Officer' },
];
const page = (main: string): string =>
  `<html><head><title>PEP page</title></head><body><header>PEP</header><main>${main}</main><footer>PEP</footer></body></html>`;
const mainOf = (html: string): string => html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>'));
const PEP =
  '<a class="abbr" href="/glossary/#term-personal-education-plan"><abbr title="Personal Education Plan">PEP</abbr></a>';

describe('markAbbreviations', () => {
  it('marks only the first use in the main content', () => {
    const html = markAbbreviations(page('<p>Every PEP is checked. A PEP is a plan.</p>'), terms);
    expect(mainOf(html)).toBe(`<p>Every ${PEP} is checked. A PEP is a plan.</p>`);
    expect(html).toContain('<title>PEP page</title>');
    expect(html).toContain('<header>PEP</header>');
    expect(html).toContain('<footer>PEP</footer>');
  });

  it('marks each abbreviation once, in document order', () => {
    const html = markAbbreviations(page('<p>The IRO reads the PEP.</p><p>PEP and IRO again.</p>'), terms);
    expect(mainOf(html).match(/<abbr /g)).toHaveLength(2);
    expect(mainOf(html)).toContain('The <a class="abbr" href="/glossary/#term-independent-reviewing-officer">');
  });

  it('leaves headings, links, hidden elements and existing abbreviations alone, and marks the next use', () => {
    const html = markAbbreviations(
      page(
        '<h2>PEP</h2><a href="/x/">PEP</a><div hidden data-pagefind-ignore><span>PEP</span></div><abbr title="x">PEP</abbr><p>Your PEP.</p>',
      ),
      terms,
    );
    expect(mainOf(html)).toBe(
      `<h2>PEP</h2><a href="/x/">PEP</a><div hidden data-pagefind-ignore><span>PEP</span></div><abbr title="x">PEP</abbr><p>Your ${PEP}.</p>`,
    );
  });

  it("does not match inside other words or attributes, and marks a plural's stem", () => {
    const html = markAbbreviations(page('<p title="PEP">PEPPER and STEPPEP, then PEPs.</p>'), terms);
    expect(mainOf(html)).toBe(`<p title="PEP">PEPPER and STEPPEP, then ${PEP}s.</p>`);
  });

  it('copes with void elements and self-closing SVG children', () => {
    const html = markAbbreviations(page('<p>A<br>B</p><svg><path d="M0"/><text>PEP</text></svg><p>PEP</p>'), terms);
    expect(mainOf(html)).toBe(`<p>A<br>B</p><svg><path d="M0"/><text>PEP</text></svg><p>${PEP}</p>`);
  });

  it('links to the glossary it is given, such as the young-person word list, and leaves other glossary links alone', () => {
    const html = markAbbreviations(
      page('<p><a href="/glossary/#term-x">the full glossary</a> explains PEP.</p>'),
      terms,
      '/young-people/glossary/',
    );
    expect(mainOf(html)).toBe(
      '<p><a href="/glossary/#term-x">the full glossary</a> explains <a class="abbr" href="/young-people/glossary/#term-personal-education-plan"><abbr title="Personal Education Plan">PEP</abbr></a>.</p>',
    );
  });

  it('changes nothing on a page without <main> or without abbreviations', () => {
    expect(markAbbreviations('<p>PEP</p>', terms)).toBe('<p>PEP</p>');
    expect(markAbbreviations(page('<p>PEP</p>'), [])).toBe(page('<p>PEP</p>'));
  });
});
