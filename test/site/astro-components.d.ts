/** Lets tsc type-check tests that import .astro components (astro check handles them in src/). */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
