/**
 * Lets `tsc` type-check tests that import .astro components for the Container API. `astro check`
 * types .astro files itself; plain `tsc` needs to be told what such a module exports.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
