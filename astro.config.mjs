// @ts-check
import { defineConfig } from 'astro/config';
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
  // No MDX integration and no Markdown plugins: content MDX is parsed once by the loader and rendered
  // from that tree by <Prose> (src/markdown/). Astro's own Markdown renders nothing here; its Shiki
  // default is turned off only so that Astro does not warn that Shiki's inline styles break the CSP.
  markdown: { syntaxHighlight: false },
  // Every page carries a strict Content-Security-Policy <meta> with hashes for what Astro emits.
  // The policy itself lives in src/security/csp.ts, shared with public/_headers' test.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  integrations: [contentGate(), sitePostbuild()],
});
