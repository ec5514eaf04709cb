/**
 * The day the site is built "as of", for pages: overdue actions and "latest" figures are judged by
 * it. It comes from the build's settings (BUILD_DATE, or the day the build started), the same day
 * the content check used.
 */
import settings from 'virtual:corporate-parenting/settings';
import { parseIsoDate } from '../lib/calendar/index.ts';

export function buildDay(): Date {
  return parseIsoDate(settings.buildDate);
}
