/**
 * The popup's figures, in the background: what is kept of every feed (occurrences in a window
 * of weeks, see platform/feeds.ts), the recorded activity and the settings, summarised with the
 * calendar core (lib/calendar/stats.ts) into the small summary the popup draws from
 * (lib/calendar/summary.ts, kept by platform/stats-summary.ts); and the exports and async
 * write-ups the popup asks for. The popup itself never reads the kept calendar or parses
 * anything, so it opens as fast with a busy calendar as with an empty one (README, "Calendar feeds").
 */

import { tz } from '@date-fns/tz';
import { addWeeks, startOfWeek } from 'date-fns';
import { type ActivityCounts, type ActivityLog, countsForWeek, weekKey } from '../lib/activity';
import type { MeetingOccurrence } from '../lib/calendar/ics';
import {
  type RecordedCounts,
  statsOptionsFromSettings,
  statsToCsv,
  type WeeklyStats,
  weeklyStats,
} from '../lib/calendar/stats';
import {
  NEWEST_WEEK_OFFSET,
  type StatsSummary,
  type StoredWeeklyStats,
  SUMMARY_VERSION,
  SUMMARY_WEEKS_BEFORE,
  type SummaryWeek,
  TREND_WEEKS,
  toStored,
} from '../lib/calendar/summary';
import { type Feed, type FeedStatus, fromStoredOccurrence, type KeptCalendar, mergeOccurrences } from '../lib/feeds';
import { type AsyncDocWords, buildAsyncDoc, markdownToHtml } from '../lib/meeting/async-doc';
import { asyncTemplateFor, pickAsyncDocKind } from '../lib/meeting/async-kinds';
import type { Settings, Templates } from '../lib/settings';
import { keptIsCurrent, loadFeedStatuses, loadFeeds, loadKeptCalendars } from './feeds';
import { activityItem, loadSettings, type SiteStatusEntry, siteStatusItem } from './storage';

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

/**
 * The popup's summary (lib/calendar/summary.ts): every week the popup can show or put in a
 * trend, from SUMMARY_WEEKS_BEFORE weeks back to NEWEST_WEEK_OFFSET ahead, with what was
 * recorded in each; dates as epoch milliseconds, ready to validate and store.
 */
export function summarise(inputs: StatsInputs, now = Date.now()): StatsSummary<StoredWeeklyStats> {
  const { settings } = inputs;
  const context = settings.timeZone ? { in: tz(settings.timeZone) } : {};
  const weeks: SummaryWeek<StoredWeeklyStats>[] = [];
  for (let offset = -SUMMARY_WEEKS_BEFORE; offset <= NEWEST_WEEK_OFFSET; offset++) {
    const weekOf = addWeeks(now, offset, context);
    const key = weekKey(weekOf, settings.weekStartsOn, settings.timeZone);
    const recorded = countsForWeek(inputs.activity, key);
    const stats = weeklyStats(inputs.occurrences, statsOptionsFromSettings(settings, weekOf, recordedFrom(recorded)));
    weeks.push({ key, stats: toStored(stats) as StoredWeeklyStats, recorded });
  }
  const nextWeek = startOfWeek(addWeeks(now, 1, context), {
    weekStartsOn: settings.weekStartsOn as 0 | 1 | 2 | 3 | 4 | 5 | 6,
    ...context,
  });
  return {
    version: SUMMARY_VERSION,
    computedAt: now,
    validUntil: nextWeek.getTime(),
    statsEnabled: settings.surfaces.stats,
    budgetHours: settings.weeklyMeetingBudgetHours,
    thisWeek: SUMMARY_WEEKS_BEFORE,
    weeks,
    feeds: inputs.feeds,
    droppedFeeds: inputs.droppedFeeds,
    staleFeedIds: inputs.staleFeedIds,
  };
}

/** The summary with its recorded counts read again from `activity` (nothing else changed). */
export function withRecorded(
  summary: StatsSummary<StoredWeeklyStats>,
  activity: ActivityLog,
): StatsSummary<StoredWeeklyStats> {
  return {
    ...summary,
    weeks: summary.weeks.map((week) => {
      const recorded = countsForWeek(activity, week.key);
      return { ...week, recorded, stats: { ...week.stats, recorded: recordedFrom(recorded) } };
    }),
  };
}

// ---------------------------------------------------------------------------------------
// What the popup asks for: an async write-up, an export
// ---------------------------------------------------------------------------------------

export interface AsyncDoc {
  markdown: string;
  html: string;
}

/** One of the popup's costliest meetings (CostlyMeeting, its start as epoch milliseconds). */
export interface AsyncDocRequest {
  uid: string;
  start: number;
  title: string;
  attendees: number;
  personHours: number;
}

/** The async write-up of one of the costliest meetings, with what is kept of it. */
export function asyncDocFor(
  inputs: Pick<StatsInputs, 'settings' | 'occurrences'>,
  meeting: AsyncDocRequest,
  /** The interface's language: its templates (unedited ones), words and locale. */
  language: { templates?: Templates; words?: AsyncDocWords; locale?: string } = {},
): AsyncDoc {
  const occurrence = inputs.occurrences.find(
    (entry) => entry.uid === meeting.uid && entry.start.getTime() === meeting.start,
  );
  const { settings } = inputs;
  const minutes = occurrence ? (occurrence.end.getTime() - occurrence.start.getTime()) / 60_000 : 0;
  const markdown = buildAsyncDoc(
    {
      title: meeting.title,
      start: new Date(meeting.start),
      end: occurrence?.end ?? null,
      description: occurrence?.description ?? '',
      organizer: occurrence?.organizer ? { email: occurrence.organizer } : null,
      cost: { minutes, attendees: meeting.attendees, personHours: meeting.personHours },
    },
    {
      template: asyncTemplateFor(language.templates ?? settings.templates, pickAsyncDocKind(meeting.title)),
      timeZone: settings.timeZone,
      ...(language.locale ? { locale: language.locale } : {}),
      ...(language.words ? { words: language.words } : {}),
    },
  );
  return { markdown, html: markdownToHtml(markdown) };
}

export interface ExportFile {
  fileName: string;
  text: string;
  type: string;
}

/** The trend's weeks as a CSV or JSON file. */
export function exportFile(weeks: readonly WeeklyStats[], format: 'csv' | 'json'): ExportFile {
  return format === 'csv'
    ? { fileName: exportFileName(weeks, 'csv'), text: exportCsv(weeks), type: 'text/csv;charset=utf-8' }
    : { fileName: exportFileName(weeks, 'json'), text: exportJson(weeks), type: 'application/json' };
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

function exportCsv(weeks: readonly WeeklyStats[]): string {
  return statsToCsv(weeks);
}

/** The weekly figures as JSON: dates as ISO strings, week dates in the stats' zone. */
function exportJson(weeks: readonly WeeklyStats[], generatedAt = Date.now()): string {
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
function exportFileName(weeks: readonly WeeklyStats[], extension: 'csv' | 'json'): string {
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
