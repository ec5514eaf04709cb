/**
 * Renders the prose of an MDX content page (its Markdown body) to HTML at build time, with the
 * same processor Astro uses. The bodies are plain Markdown; nothing in them runs in the browser.
 */
import { createMarkdownProcessor, type MarkdownHeading, type MarkdownRenderer } from '@astrojs/markdown-remark';

let renderer: Promise<MarkdownRenderer> | undefined;

export interface RenderedMarkdown {
  html: string;
  headings: MarkdownHeading[];
}

export async function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
  const { code, metadata } = await (await renderer).render(markdown);
  return { html: code, headings: metadata.headings };
}

/**
 * Inserts `extra` at the end of the section whose level-2 heading has the id `headingId` (before the
 * next level-2 heading), or at the end when there is no such section. Returns whether it was found.
 */
export function insertAfterSection(html: string, headingId: string, extra: string): { html: string; found: boolean } {
  const start = html.indexOf(`<h2 id="${headingId}"`);
  if (start < 0) return { html: html + extra, found: false };
  const next = html.indexOf('<h2', start + 1);
  const at = next < 0 ? html.length : next;
  return { html: html.slice(0, at) + extra + html.slice(at), found: true };
}
