/**
 * The popup's figures, precomputed: the background adds up the kept calendar and the activity
 * log into this small summary (platform/stats-summary.ts) after every feed sync or import,
 * settings change and recorded action, validates it and stores it; the popup draws from it at
 * once. Here only the shape and the two steps the popup needs (revive the dates, pick the
 * weeks of an offset): no zod, no date library, no calendar code, so the popup's bundle stays
 * small. Pure.
 */
import type { ActivityCounts } from '../activity';
import type { Feed, FeedStatus } from '../feeds';
import type { WeeklyStats } from './stats';

export const SUMMARY_VERSION = 1;
/** Where the background keeps it: a storage.local key. */
export const SUMMARY_KEY = 'statsSummary';
/** Weeks in the trend (and in the export). */
export const TREND_WEEKS = 8;
/** How far the popup steps: back to the oldest week whose trend is still complete, one ahead. */
export const OLDEST_WEEK_OFFSET = -8;
export const NEWEST_WEEK_OFFSET = 1;
/** Weeks summarised before this week: every trend the popup can step to is complete. */
export const SUMMARY_WEEKS_BEFORE = TREND_WEEKS - 1 - OLDEST_WEEK_OFFSET;

/** One week of the summary: its figures, and what Eventually recorded in it. */
export interface SummaryWeek<Stats = WeeklyStats> {
  /** The week's key in the activity log ("2026-11-16"). */
  key: string;
  stats: Stats;
  recorded: ActivityCounts;
}

/** WeeklyStats as stored: every Date (all under a `start` or `end` key) as epoch milliseconds. */
export type StoredWeeklyStats = Record<string, unknown>;

export interface StatsSummary<Stats = WeeklyStats> {
  version: typeof SUMMARY_VERSION;
  computedAt: number;
  /** The start of the week after the one this summary calls "this week": stale from then on. */
  validUntil: number;
  /** settings.surfaces.stats */
  statsEnabled: boolean;
  /** settings.weeklyMeetingBudgetHours; 0 = no budget. */
  budgetHours: number;
  /** The index of this week in `weeks` (SUMMARY_WEEKS_BEFORE, unless there are no weeks). */
  thisWeek: number;
  /** Oldest first, SUMMARY_WEEKS_BEFORE + 1 + NEWEST_WEEK_OFFSET of them; empty without feeds. */
  weeks: SummaryWeek<Stats>[];
  feeds: { feed: Feed; status: FeedStatus | undefined }[];
  /** Stored feeds that could not be read and were left out. */
  droppedFeeds: number;
  /** Feeds whose kept occurrences are missing or out of date (the popup asks for a refresh). */
  staleFeedIds: string[];
}

/** Dates to epoch milliseconds, everything else as it is (what storage can keep). */
export function toStored(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(toStored);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toStored(entry)]));
  }
  return value;
}

/** The stored form back to Dates: every number under a `start` or `end` key. */
function revive(value: unknown, key = ''): unknown {
  if (typeof value === 'number' && (key === 'start' || key === 'end')) return new Date(value);
  if (Array.isArray(value)) return value.map((entry) => revive(entry));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, revive(entry, name)]));
  }
  return value;
}

/**
 * The stored summary for the popup, or null when there is none, it is of another version, or
 * `now` is past its week (the background is asked for a new one). The background validated it
 * before storing it: only its version and week are checked here.
 */
export function readSummary(raw: unknown, now: number): StatsSummary | null {
  if (!raw || typeof raw !== 'object') return null;
  const stored = raw as StatsSummary<StoredWeeklyStats>;
  if (stored.version !== SUMMARY_VERSION || !(now < stored.validUntil) || !Array.isArray(stored.weeks)) return null;
  return { ...stored, weeks: stored.weeks.map((week) => revive(week) as SummaryWeek) };
}

/**
 * The TREND_WEEKS weeks (oldest first) whose last is the week `offset` weeks from this one,
 * or null when the summary does not reach that far.
 */
export function weeksAt(summary: Pick<StatsSummary, 'weeks' | 'thisWeek'>, offset: number): SummaryWeek[] | null {
  const shown = summary.thisWeek + offset;
  const first = shown - (TREND_WEEKS - 1);
  if (first < 0 || shown >= summary.weeks.length) return null;
  return summary.weeks.slice(first, shown + 1);
}
