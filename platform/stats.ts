/**
 * The popup's figures: what is kept of every feed (occurrences in a window of weeks, see
 * platform/feeds.ts), the recorded activity and the settings, summarised with the calendar
 * core (lib/calendar/stats.ts) for the week shown and the seven before it.
 *
 * The kept occurrences are the cache: the popup never reads or parses an .ics file, so it
 * opens as fast with a busy calendar as with an empty one (README, "Calendar feeds").
 */

import { tz } from '@date-fns/tz';
import { addWeeks } from 'date-fns';
import { type ActivityCounts, type ActivityLog, countsForWeek, weekKey } from '../lib/activity';
import type { MeetingOccurrence } from '../lib/calendar/ics';
import {
  type RecordedCounts,
  statsOptionsFromSettings,
  statsToCsv,
  type WeeklyStats,
  weeklyStats,
} from '../lib/calendar/stats';
import { type Feed, type FeedStatus, fromStoredOccurrence, type KeptCalendar, mergeOccurrences } from '../lib/feeds';
import type { Settings } from '../lib/settings';
import { keptIsCurrent, loadFeedStatuses, loadFeeds, loadKeptCalendars } from './feeds';
import { activityItem, loadSettings, type SiteStatusEntry, siteStatusItem } from './storage';

/** Weeks in the trend (and in the export). */
const TREND_WEEKS = 8;
/** How far the popup steps: back to the oldest week whose trend is still complete, one ahead. */
export const OLDEST_WEEK_OFFSET = -8;
export const NEWEST_WEEK_OFFSET = 1;

export interface StatsInputs {
  settings: Settings;
  feeds: { feed: Feed; status: FeedStatus | undefined }[];
  /** Stored feeds that could not be read and were left out. */
  droppedFeeds: number;
  occurrences: MeetingOccurrence[];
  /** Feeds whose kept occurrences are missing or out of date (the background is asked). */
  staleFeedIds: string[];
  activity: ActivityLog;
  siteStatuses: Record<string, SiteStatusEntry>;
}

/** Everything the popup needs, read in a handful of storage calls. */
export async function loadStatsInputs(now = Date.now()): Promise<StatsInputs> {
  const [settings, { feeds, dropped }, statuses, activity, siteStatuses] = await Promise.all([
    loadSettings(),
    loadFeeds(),
    loadFeedStatuses(),
    activityItem.getValue().catch(() => ({}) as ActivityLog),
    siteStatusItem.getValue().catch(() => ({})),
  ]);
  const kept = await loadKeptCalendars(feeds);
  const lists: MeetingOccurrence[][] = [];
  const staleFeedIds: string[] = [];
  for (const feed of feeds) {
    const calendar: KeptCalendar | null | undefined = kept[feed.id];
    if (calendar) lists.push(calendar.occurrences.map(fromStoredOccurrence));
    if (!keptIsCurrent(calendar, settings, now)) staleFeedIds.push(feed.id);
  }
  return {
    settings,
    feeds: feeds.map((feed) => ({ feed, status: statuses[feed.id] })),
    droppedFeeds: dropped,
    occurrences: mergeOccurrences(lists),
    staleFeedIds,
    activity: activity ?? {},
    siteStatuses: siteStatuses ?? {},
  };
}

/** The extension's recorded activity in the words of the stats core. */
function recordedFrom(counts: ActivityCounts): RecordedCounts {
  return {
    flagged: counts.flagged,
    turnedAsync: counts['went-async'],
    agendasAdded: counts['agenda-added'],
    promptsShown: counts['prompt-shown'],
    messagesRewritten: counts.rewritten,
    sentAnyway: counts['sent-anyway'],
  };
}

export interface WeekFigures {
  /** TREND_WEEKS weeks, oldest first; the last is the week shown. */
  weeks: WeeklyStats[];
  /** What Eventually recorded in the week shown. */
  recorded: ActivityCounts;
}

/** The figures for the week `offset` weeks from this one (0 = this week). */
export function figuresFor(
  inputs: Pick<StatsInputs, 'settings' | 'occurrences' | 'activity'>,
  offset: number,
  now = Date.now(),
): WeekFigures {
  const { settings } = inputs;
  const context = settings.timeZone ? { in: tz(settings.timeZone) } : {};
  const shown = addWeeks(now, offset, context);
  const weeks: WeeklyStats[] = [];
  for (let back = TREND_WEEKS - 1; back >= 0; back--) {
    const weekOf = addWeeks(shown, -back, context);
    const key = weekKey(weekOf, settings.weekStartsOn, settings.timeZone);
    weeks.push(
      weeklyStats(
        inputs.occurrences,
        statsOptionsFromSettings(settings, weekOf, recordedFrom(countsForWeek(inputs.activity, key))),
      ),
    );
  }
  const key = weekKey(shown, settings.weekStartsOn, settings.timeZone);
  return { weeks, recorded: countsForWeek(inputs.activity, key) };
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

export function exportCsv(weeks: readonly WeeklyStats[]): string {
  return statsToCsv(weeks);
}

/** The weekly figures as JSON: dates as ISO strings, week dates in the stats' zone. */
export function exportJson(weeks: readonly WeeklyStats[], generatedAt = Date.now()): string {
  return `${JSON.stringify(
    {
      generator: 'Eventually',
      generatedAt: new Date(generatedAt).toISOString(),
      weeks,
    },
    (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? round(value) : value),
    2,
  )}\n`;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** A file name such as eventually-weeks-2026-09-28-to-2026-11-16.csv. */
export function exportFileName(weeks: readonly WeeklyStats[], extension: 'csv' | 'json'): string {
  const day = (date: Date | undefined, zone: string) =>
    date
      ? new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
          date,
        )
      : 'none';
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  return `eventually-weeks-${day(first?.week.start, first?.week.timeZone ?? 'UTC')}-to-${day(last?.week.start, last?.week.timeZone ?? 'UTC')}.${extension}`;
}
