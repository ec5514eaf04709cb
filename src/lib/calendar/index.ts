/**
 * The calendar: dates as editors write and readers see them, action timescales, the build date and
 * reporting years. Everything that reasons about days, months or years imports from here.
 */
export * from './dates.ts';
export * from './timescales.ts';
export * from './build-date.ts';
export * from './periods.ts';
export * from './reporting-year.ts';
export * from './reporting-window.ts';
