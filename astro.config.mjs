// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentGate } from './src/integrations/content-gate.ts';
import { sitePostbuild } from './src/integrations/site-postbuild.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/security/csp.ts';

export default defineConfig({
  // The site's address comes from content/site.yaml (set by the content gate).
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Client scripts (search, action plan filters) stay external files, never inline: simpler under the CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Council prose has no code to colour, and Shiki's inline styles would break the strict CSP.
    syntaxHighlight: false,
    processor: unified({ remarkPlugins: [[remarkGfm, { singleTilde: false }]] }),
  },
  // Every page carries a strict Content-Security-Policy <meta> with hashes for what Astro emits.
  // The policy itself lives in src/security/csp.ts, shared with public/_headers' test.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  integrations: [contentGate(), mdx(), sitePostbuild()],
});
