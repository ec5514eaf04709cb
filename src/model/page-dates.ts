/**
 * "Last updated" for each page: the newest date among the content the page shows. A page that shows
 * the plan's text shows at least the day the strategy was last reviewed; progress updates, scorecards
 * and meetings move it on. Dates are YYYY-MM-DD strings, so the newest is the greatest.
 */

/** The newest of the dates given (undefined ones ignored), or `fallback` when none is later. */
export function newestDate(fallback: string, ...dates: readonly (string | undefined)[]): string {
  let newest = fallback;
  for (const date of dates) if (date !== undefined && date > newest) newest = date;
  return newest;
}

/** What the site-wide pages show, for their dates. */
export interface PageDateSources {
  /** The strategy's last review (site.yaml's last_reviewed). */
  strategyReviewed: string;
  /** Every progress update's date. */
  updateDates: readonly string[];
  /** Each scorecard's `updated`. */
  scorecardDates: readonly string[];
  /** Meetings held on or before the build day: their records are what a meetings page shows. */
  pastMeetingDates: readonly string[];
  /** The board's terms of reference review. */
  boardReviewed: string;
  /** The accessibility statement's last review. */
  accessibilityReviewed: string;
}

export interface PageDates {
  /** The action plan, its status views and the overdue list: the plan and every update. */
  actionPlan: string;
  /** The scorecards and indicators lists. */
  scorecards: string;
  meetings: string;
  /** Pages that draw on everything: home, the sitemap, open data. */
  everything: string;
}

export function pageDates(sources: PageDateSources): PageDates {
  const { strategyReviewed } = sources;
  const actionPlan = newestDate(strategyReviewed, ...sources.updateDates);
  const scorecards = newestDate(strategyReviewed, ...sources.scorecardDates);
  const meetings = newestDate(sources.boardReviewed, ...sources.pastMeetingDates);
  return {
    actionPlan,
    scorecards,
    meetings,
    everything: newestDate(actionPlan, scorecards, meetings, sources.accessibilityReviewed),
  };
}
