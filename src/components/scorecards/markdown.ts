/**
 * Renders the prose of an MDX page (an annual report's body) as HTML at build time. The content
 * loader keeps bodies as text, so pages render them here rather than through astro:content.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';

let processor: Promise<MarkdownRenderer> | undefined;

export async function markdownToHtml(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor();
  return (await (await processor).render(markdown)).code;
}
