/**
 * The weekly meeting budget: the hours of meetings a week the person accepts, set against
 * what is booked. Hours are counted by the weekly stats (./stats.ts), never a second time
 * here. What the overlay says is in ./budget-notice.ts, which the page can load without the
 * calendar core. Pure.
 */
import type { WeekBooking } from './budget-notice';
import type { MeetingOccurrence } from './ics';
import { isMeeting, type WeeklyStats, type WeeklyStatsOptions, weeklyStats } from './stats';

/** One week's booking from the kept occurrences, counted by `weeklyStats`. */
export function weekBooking(
  occurrences: readonly MeetingOccurrence[],
  options: WeeklyStatsOptions,
  connected: boolean,
): WeekBooking {
  const stats = weeklyStats(occurrences, options);
  const weekStart = stats.week.start.getTime();
  const weekEnd = stats.week.end.getTime();
  const counted: WeekBooking['counted'] = [];
  for (const occurrence of occurrences) {
    const start = occurrence.start.getTime();
    const end = occurrence.end.getTime();
    if (end <= weekStart || start >= weekEnd) continue;
    if (isMeeting(occurrence, options.countSoloEventsAsMeetings ?? false)) counted.push({ start, end });
  }
  return { connected, bookedHours: stats.meetingHours, counted, weekStart, weekEnd };
}

/**
 * A budget to suggest from the person's own weeks: the median meeting hours of the complete
 * weeks given (those ended by `now`) that had meetings, rounded to the hour; null with none.
 */
export function suggestWeeklyBudget(weeks: readonly WeeklyStats[], now: number): number | null {
  // Weeks without meetings (holidays, before the calendar was connected) would drag it down.
  const hours = weeks
    .filter((week) => week.week.end.getTime() <= now && week.meetingHours > 0)
    .map((week) => week.meetingHours)
    .sort((a, b) => a - b);
  if (hours.length === 0) return null;
  const middle = Math.floor(hours.length / 2);
  const median = hours.length % 2 === 1 ? (hours[middle] ?? 0) : ((hours[middle - 1] ?? 0) + (hours[middle] ?? 0)) / 2;
  return Math.max(1, Math.round(median));
}
