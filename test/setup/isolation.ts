/**
 * The test files that replace a module with `vi.mock`, which need a module graph of their own: the
 * other files share their worker's modules (vitest.config.ts), where a mock would leak into the
 * files after it or miss a module already loaded. test/setup/isolation.test.ts fails when a file
 * that mocks is missing here.
 */
export const MOCKS_MODULES = ['test/model/get-site-model.test.ts'];
