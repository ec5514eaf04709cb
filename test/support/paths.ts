/** Where things are, for tests: the project, its fixtures and the sites the test run builds. */
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures');
/** The smallest valid council: two objectives, three actions, two indicators. */
export const MINIMAL = path.join(FIXTURES, 'minimal/content');
/** A second council, shaped unlike the example: other objectives, ids, comparators and counts. */
export const SECOND_COUNCIL = path.join(FIXTURES, 'second-council/content');
/** Pledges in the child's voice, England figures a year late and revised, co-produced young people's text. */
export const PLEDGES_COUNCIL = path.join(FIXTURES, 'pledges-council/content');
/** What `npm run init` writes, as of the test date: the test site "new-council" is built from it. */
export const NEW_COUNCIL = path.join(FIXTURES, 'new-council/content');
/** Action plans as real councils write them: three-level references, none, a Green/Amber/Red/Blue/Grey scale. */
export const PLAN_SHAPES = path.join(FIXTURES, 'plan-shapes/content');
