/**
 * What the overlay and the chat helper saw, kept locally for the weekly stats: counts per
 * week, and per calendar event the things that happened to it (so a re-render or a second
 * visit to the same event does not count twice). Pure data functions; the storage lives in
 * platform/.
 */

import { tz } from '@date-fns/tz';
import { startOfWeek } from 'date-fns';

export const ACTIVITY_KINDS = [
  'flagged',
  'agenda-added',
  'went-async',
  'asked-organizer',
  'dismissed',
  'prompt-shown',
  'rewritten',
  'sent-anyway',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Kinds that describe an event and count once per event and week. */
const ONCE_PER_EVENT: ReadonlySet<ActivityKind> = new Set([
  'flagged',
  'agenda-added',
  'went-async',
  'asked-organizer',
  'dismissed',
]);

export type ActivityCounts = Record<ActivityKind, number>;

// The types by hand, so the page's code needs no zod; ./activity-schema.ts holds the schemas
// (the message protocol validates with them) and fails to compile if the two differ.
export interface WeekActivity {
  counts: Partial<Record<ActivityKind, number>>;
  /** event key → kinds already counted for it this week */
  events: Record<string, ActivityKind[]>;
}

/** week key (yyyy-MM-dd of the week's first day) → that week's activity */
export type ActivityLog = Record<string, WeekActivity>;

export const MAX_WEEKS_KEPT = 26;

export function emptyCounts(): ActivityCounts {
  return Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, 0])) as ActivityCounts;
}

/** The key of the week holding `at`, in `timeZone` ('' = the runtime's zone). */
export function weekKey(at: Date | number, weekStartsOn: number, timeZone = ''): string {
  const context = timeZone ? { in: tz(timeZone) } : {};
  const start = startOfWeek(at, { weekStartsOn: weekStartsOn as 0 | 1 | 2 | 3 | 4 | 5 | 6, ...context });
  const y = start.getFullYear();
  const m = String(start.getMonth() + 1).padStart(2, '0');
  const d = String(start.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export interface ActivityEntry {
  kind: ActivityKind;
  /** A stable id for the thing (an event id, a conversation id), or '' when there is none. */
  key: string;
  at: number;
}

/** Record one entry; returns a new log (older weeks beyond MAX_WEEKS_KEPT are dropped). */
export function recordActivity(
  log: ActivityLog,
  entry: ActivityEntry,
  week: { weekStartsOn: number; timeZone: string },
): ActivityLog {
  const key = weekKey(entry.at, week.weekStartsOn, week.timeZone);
  const current: WeekActivity = log[key] ?? { counts: {}, events: {} };
  const seen = entry.key ? (current.events[entry.key] ?? []) : [];
  if (ONCE_PER_EVENT.has(entry.kind) && entry.key && seen.includes(entry.kind)) return log;
  const next: WeekActivity = {
    counts: { ...current.counts, [entry.kind]: (current.counts[entry.kind] ?? 0) + 1 },
    events:
      entry.key && ONCE_PER_EVENT.has(entry.kind)
        ? { ...current.events, [entry.key]: [...seen, entry.kind] }
        : current.events,
  };
  const weeks = Object.keys({ ...log, [key]: next })
    .sort()
    .slice(-MAX_WEEKS_KEPT);
  const trimmed: ActivityLog = {};
  for (const week of weeks) trimmed[week] = week === key ? next : log[week]!;
  return trimmed;
}

export function countsForWeek(log: ActivityLog, key: string): ActivityCounts {
  return { ...emptyCounts(), ...(log[key]?.counts ?? {}) };
}

/** What has already happened to one event in one week (e.g. to show "dismissed"). */
export function eventHistory(log: ActivityLog, key: string): ActivityKind[] {
  const kinds = new Set<ActivityKind>();
  for (const week of Object.values(log)) for (const kind of week.events[key] ?? []) kinds.add(kind);
  return [...kinds];
}
