/**
 * Renders the prose of an MDX content page (its Markdown body) to HTML at build time, with the
 * same processor Astro uses. The bodies are plain Markdown; nothing in them runs in the browser.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';

let renderer: Promise<MarkdownRenderer> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
  const { code } = await (await renderer).render(markdown);
  return code;
}
