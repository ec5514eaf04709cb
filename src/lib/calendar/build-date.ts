/**
 * The date the site is built "as of". Overdue actions and staleness are judged against it.
 * Set BUILD_DATE=YYYY-MM-DD to fix it (tests do, so that results do not change with the calendar).
 */
import { isoDateProblem, parseIsoDate } from './dates.ts';

export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env['BUILD_DATE'];
  if (fixed) {
    const problem = isoDateProblem(fixed);
    if (problem) throw new Error(`BUILD_DATE: ${problem}`);
    return parseIsoDate(fixed);
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
