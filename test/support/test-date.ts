/**
 * The one date every test judges by: sites are built as of it (BUILD_DATE) and content is checked
 * as of it, so a test gives the same answer whatever the calendar says.
 */
export const TEST_BUILD_DATE = '2026-11-22';
export const TEST_TODAY = new Date(`${TEST_BUILD_DATE}T00:00:00Z`);

/** A day as a Date at midnight UTC, as the loader's `today` option takes it. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
