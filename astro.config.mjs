// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentGate } from './src/integrations/content-gate.ts';
import { sitePostbuild } from './src/integrations/site-postbuild.ts';

export default defineConfig({
  // The site's address comes from content/site.yaml (set by the content gate).
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Client scripts (search, action plan filters) stay external files, never inline: simpler under the CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({ remarkPlugins: [[remarkGfm, { singleTilde: false }]] }),
  },
  integrations: [contentGate(), mdx(), sitePostbuild()],
});
