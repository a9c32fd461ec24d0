/**
 * The weekly meeting budget's figures, in the background: the calendar content script asks
 * for one week's booking (a handful of numbers, see ./budget-request.ts), so the calendar
 * code and the kept occurrences never enter the host page.
 */
import { weekBooking } from '../lib/calendar/budget';
import type { WeekBooking } from '../lib/calendar/budget-notice';
import { statsOptionsFromSettings } from '../lib/calendar/stats';
import { loadStatsInputs } from './stats';

/** The background's side: the week containing `weekOf`, from the kept calendars. */
export async function loadWeekBooking(weekOf: number, now = Date.now()): Promise<WeekBooking> {
  const inputs = await loadStatsInputs(now);
  return weekBooking(
    inputs.occurrences,
    statsOptionsFromSettings(inputs.settings, new Date(weekOf)),
    inputs.feeds.length > 0,
  );
}
