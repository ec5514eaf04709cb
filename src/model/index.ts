/** The derived site model: build it for a day, or get this build's. */
export { buildSiteModel } from './build-site-model.ts';
export { getSiteModel } from './site-model.ts';
export type * from './types.ts';
