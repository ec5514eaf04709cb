/**
 * The environment an editor's terminal has: this process's, without the variables Vitest sets
 * (VITEST, TEST, NODE_ENV=test, MODE…). A command started from a test with Vitest's variables would
 * not run as it does for people: the content gate, for one, steps aside when VITEST is set.
 */
const VITEST_VARIABLES = /^(VITEST.*|TEST|NODE_ENV|MODE)$/;

export function commandLineEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name)));
  return { ...env, ...extra };
}
