/**
 * Calendar feeds: what a feed is, how its address is checked, which headers make a refresh
 * conditional, how every way a refresh can fail is put into words, and what is kept of a
 * calendar. Pure: the storage is in platform/feeds.ts, the fetching, the import and the
 * alarm in platform/feeds-sync.ts.
 *
 * A feed's address is often a credential (Google's "secret address in iCal format" gives
 * read access to the whole calendar to whoever has it), so anything shown outside the
 * options page goes through `maskFeedUrl`.
 */

import { tz } from '@date-fns/tz';
import { startOfWeek } from 'date-fns';
import { z } from 'zod';
// Types only: ical.js is heavy and only the background parses calendars.
import type { IcsError, MeetingOccurrence } from './calendar/ics';
import { maskFeedUrl } from './feed-words';
import { hostProblem, isPrivateHost, originPermissionPattern } from './hosts';
import { MAX_FEED_BYTES } from './limits';
import { prepareDescription, stripConferenceBoilerplate } from './meeting/conference';
import type { Settings } from './settings';

export { type FeedHealth, feedHealth, feedStatusText, maskFeedUrl, timeAgo } from './feed-words';

/**
 * The largest calendar Eventually reads. What is kept is not the file but the occurrences of
 * a window of weeks (see platform/feeds.ts), so this bounds memory and parse time only.
 */
export { MAX_FEED_BYTES };
/** A calendar's text is kept too (to re-read it without the network) when it is this small. */
export const MAX_KEPT_TEXT_BYTES = 1024 * 1024;
export const MAX_FEEDS = 20;
/** How often the background refreshes every URL feed. */
export const FEED_REFRESH_MINUTES = 30;
export const FEED_REFRESH_ALARM = 'feeds-refresh';

export const FEED_KINDS = ['url', 'file'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export const feedSchema = z.object({
  id: z.string().min(1).max(100),
  /** The http(s) address of a 'url' feed; '' for an imported file. */
  url: z.string().max(4000),
  name: z.string().max(200),
  addedAt: z.number().int().nonnegative(),
  kind: z.enum(FEED_KINDS),
});
export type Feed = z.infer<typeof feedSchema>;

export const FEED_ERROR_KINDS = [
  'not-a-calendar',
  'permission-denied',
  'http',
  'network',
  'too-large',
  'storage',
] as const;
export type FeedErrorKind = (typeof FEED_ERROR_KINDS)[number];

export const feedErrorSchema = z.object({
  kind: z.enum(FEED_ERROR_KINDS),
  /** The sentence shown to the person, made by `feedErrorMessage`. */
  message: z.string().max(1000),
});
export type FeedError = z.infer<typeof feedErrorSchema>;

export const feedStatusSchema = z.object({
  /** Last time the feed was fetched (or imported) and its copy is current. */
  lastSync: z.number().int().nonnegative().nullable().default(null),
  /** Last time a refresh was tried, whatever came of it. */
  lastAttempt: z.number().int().nonnegative().nullable().default(null),
  /** Validators for the next conditional request. */
  etag: z.string().max(1000).optional(),
  lastModified: z.string().max(200).optional(),
  /** The last refresh failed; the last good copy (if any) is still used. */
  error: feedErrorSchema.nullable().default(null),
  /** From the last good copy. */
  events: z.number().int().nonnegative().optional(),
  bytes: z.number().int().nonnegative().optional(),
  /** The calendar's own name (X-WR-CALNAME), when it has one. */
  calendarName: z.string().max(200).optional(),
});
export type FeedStatus = z.infer<typeof feedStatusSchema>;
export const EMPTY_FEED_STATUS: FeedStatus = Object.freeze(feedStatusSchema.parse({})) as FeedStatus;

// ---------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------

export type NormalizedUrl = { ok: true; url: string; origin: string } | { ok: false; message: string };

/**
 * Check what a person pasted as a calendar address. `webcal://` and `webcals://` (how
 * calendar apps advertise subscriptions) become `https://`; an address without a scheme
 * gets `https://`. Only http and https are fetched.
 */
export function normalizeFeedUrl(input: string): NormalizedUrl {
  let text = input.trim();
  if (text === '') return { ok: false, message: 'Paste the calendar’s address (it usually ends in .ics).' };
  if (/^webcals?:\/\//i.test(text)) text = text.replace(/^webcals?:\/\//i, 'https://');
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `“${input.trim()}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `Use an https:// (or webcal://) address; ${url.protocol} is not supported.` };
  }
  if (!url.hostname) return { ok: false, message: `“${input.trim()}” is not a web address.` };
  const problem = hostProblem(url);
  if (problem) return { ok: false, message: problem };
  // The address is a secret sent every 30 minutes: in clear only inside this computer or network.
  if (url.protocol === 'http:' && !isPrivateHost(url.hostname)) {
    return {
      ok: false,
      message: `Use https://: over plain http:// the calendar’s secret address would cross the internet in clear every 30 minutes (http is accepted for localhost and private network addresses only).`,
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message:
        'Addresses with a user name or password in them cannot be fetched; use the calendar’s private link instead.',
    };
  }
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin };
}

export function feedOrigin(feed: Pick<Feed, 'kind' | 'url'>): string | null {
  if (feed.kind !== 'url') return null;
  try {
    return new URL(feed.url).origin;
  } catch {
    return null;
  }
}

/** A name for a feed the person did not name, from its address. */
export function defaultFeedName(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return 'Calendar';
  }
  if (host === 'calendar.google.com') return 'Google Calendar';
  if (/(^|\.)outlook\.(office|office365|live)\.com$|(^|\.)outlook\.cloud\.microsoft$/.test(host))
    return 'Outlook calendar';
  if (/(^|\.)icloud\.com$/.test(host)) return 'iCloud calendar';
  return host.replace(/^www\./, '');
}

/** What people see for a feed outside the options page. */
export function feedLabel(feed: Feed): string {
  return feed.kind === 'url' ? `${feed.name} (${maskFeedUrl(feed.url)})` : `${feed.name} (imported file)`;
}

/** Does any other feed, or a self-hosted chat, still need the permission for `origin`? */
export function originStillNeeded(
  origin: string,
  feeds: readonly Pick<Feed, 'id' | 'kind' | 'url'>[],
  otherOrigins: readonly string[],
  exceptFeedId?: string,
): boolean {
  // One permission covers a host on every port: compare what the permissions cover.
  const pattern = originPermissionPattern(origin);
  if (otherOrigins.some((other) => originPermissionPattern(other) === pattern)) return true;
  return feeds.some((feed) => {
    const other = feed.id !== exceptFeedId ? feedOrigin(feed) : null;
    return other !== null && originPermissionPattern(other) === pattern;
  });
}

// ---------------------------------------------------------------------------------------
// Conditional requests
// ---------------------------------------------------------------------------------------

/**
 * Headers that let the server answer 304 Not Modified when nothing changed. Not sent when
 * there is no copy to fall back on (the first fetch, or after the copy was lost).
 */
export function conditionalHeaders(
  status: Pick<FeedStatus, 'etag' | 'lastModified'>,
  haveCopy: boolean,
): Record<string, string> {
  if (!haveCopy) return {};
  const headers: Record<string, string> = {};
  if (status.etag) headers['If-None-Match'] = status.etag;
  if (status.lastModified) headers['If-Modified-Since'] = status.lastModified;
  return headers;
}

/** The validators to keep from a 200 (or 304, which may refresh them) response. */
export function validatorsFrom(headers: {
  get(name: string): string | null;
}): Pick<FeedStatus, 'etag' | 'lastModified'> {
  const result: Pick<FeedStatus, 'etag' | 'lastModified'> = {};
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  if (etag && etag.length <= 1000) result.etag = etag;
  if (lastModified && lastModified.length <= 200) result.lastModified = lastModified;
  return result;
}

// ---------------------------------------------------------------------------------------
// Errors in words
// ---------------------------------------------------------------------------------------

const HTTP_REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export type FeedProblem =
  | { kind: 'not-a-calendar'; detail: string }
  | { kind: 'permission-denied'; origin: string }
  | { kind: 'http'; status: number; statusText?: string }
  | { kind: 'network'; host: string }
  | { kind: 'too-large'; bytes: number; limit?: number }
  | { kind: 'storage'; detail: string };

/** Turn a problem into the status the options page and the popup show. */
export function feedError(problem: FeedProblem): FeedError {
  return { kind: problem.kind, message: feedErrorMessage(problem) };
}

export function feedErrorMessage(problem: FeedProblem): string {
  switch (problem.kind) {
    case 'not-a-calendar':
      return `Not a calendar: ${problem.detail}`;
    case 'permission-denied':
      return `Permission denied: allow access to ${problem.origin} in the options page.`;
    case 'http': {
      const reason = problem.statusText?.trim() || HTTP_REASONS[problem.status] || '';
      const hint =
        problem.status === 401 || problem.status === 403 || problem.status === 404 || problem.status === 410
          ? ' The address may have been reset or unpublished; copy it again from your calendar.'
          : problem.status >= 500
            ? ' The calendar server had a problem; Eventually tries again later.'
            : '';
      return `HTTP ${problem.status}${reason ? ` ${reason}` : ''}.${hint}`;
    }
    case 'network':
      return `Network error: could not reach ${problem.host}. Eventually tries again later.`;
    case 'too-large':
      return `Too large: ${formatBytes(problem.bytes)}; Eventually reads calendars up to ${formatBytes(problem.limit ?? MAX_FEED_BYTES)}.`;
    case 'storage':
      return `Could not keep a copy: ${problem.detail}`;
  }
}

/**
 * Words for a calendar that could not be read: the parser's own sentence (an IcsError is
 * written for people), else a generic one. For a file, its name goes first.
 */
function isIcsError(error: unknown): error is IcsError {
  return error instanceof Error && error.name === 'IcsError';
}

export function parseProblem(error: unknown, fileName?: string): FeedProblem {
  const message = isIcsError(error)
    ? error.message
    : `it could not be read (${error instanceof Error ? error.message : String(error)}).`;
  return { kind: 'not-a-calendar', detail: fileName ? `“${fileName}”: ${message}` : message };
}

// ---------------------------------------------------------------------------------------
// Stored feeds
// ---------------------------------------------------------------------------------------

export interface NormalizedFeeds {
  feeds: Feed[];
  /** Entries that could not be read and were left out (shown as a notice). */
  dropped: number;
}

/** Read the stored feed list: a bad entry is left out, never a crash. */
export function normalizeFeeds(raw: unknown): NormalizedFeeds {
  if (raw === undefined || raw === null) return { feeds: [], dropped: 0 };
  if (!Array.isArray(raw)) return { feeds: [], dropped: 1 };
  const feeds: Feed[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const entry of raw) {
    const parsed = feedSchema.safeParse(entry);
    if (!parsed.success || seen.has(parsed.data.id)) {
      dropped++;
      continue;
    }
    if (parsed.data.kind === 'url' && !normalizeFeedUrl(parsed.data.url).ok) {
      dropped++;
      continue;
    }
    seen.add(parsed.data.id);
    feeds.push(parsed.data);
  }
  return { feeds: feeds.slice(0, MAX_FEEDS), dropped: dropped + Math.max(0, feeds.length - MAX_FEEDS) };
}

/** Read stored statuses: a bad entry becomes "never synced", never a crash. */
export function normalizeFeedStatuses(raw: unknown): Record<string, FeedStatus> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const result: Record<string, FeedStatus> = {};
  for (const [id, value] of Object.entries(raw)) {
    const parsed = feedStatusSchema.safeParse(value);
    result[id] = parsed.success ? parsed.data : { ...EMPTY_FEED_STATUS };
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// Status in words
// ---------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------
// What is kept of a calendar: its occurrences in a window of weeks
// ---------------------------------------------------------------------------------------

/**
 * Weeks before this week, and weeks after it, whose occurrences are kept. 16 back covers
 * the 8-week trend even when the popup is stepped 8 weeks into the past.
 */
export const WEEKS_KEPT_BEFORE = 16;
export const WEEKS_KEPT_AFTER = 2;
/** A description is kept without its video-call details and cut to this length. */
export const MAX_KEPT_DESCRIPTION = 2000;
/** Occurrences kept per feed (a very busy calendar has ~200 a week). */
export const MAX_KEPT_OCCURRENCES = 20_000;

const WEEK_MS = 7 * 86_400_000;

export interface OccurrenceWindow {
  start: number;
  end: number;
}

function weekStartOf(now: number, weekStartsOn: number, timeZone: string): number {
  const context = timeZone ? { in: tz(timeZone) } : {};
  return startOfWeek(now, { weekStartsOn: weekStartsOn as 0 | 1 | 2 | 3 | 4 | 5 | 6, ...context }).getTime();
}

/**
 * The window to keep around `now`: from the start of the week WEEKS_KEPT_BEFORE weeks ago to
 * the end of the week WEEKS_KEPT_AFTER weeks ahead, in `timeZone` ('' = the runtime's).
 * A day's slack either side keeps all-day events (dated in UTC) and zone changes inside.
 */
export function occurrenceWindow(now: number, weekStartsOn: number, timeZone: string): OccurrenceWindow {
  const weekStart = weekStartOf(now, weekStartsOn, timeZone);
  return {
    start: weekStart - WEEKS_KEPT_BEFORE * WEEK_MS - 86_400_000,
    end: weekStart + (WEEKS_KEPT_AFTER + 1) * WEEK_MS + 86_400_000,
  };
}

/**
 * Is what was kept still good for `now`? It is while it reaches back to the first week of
 * the 8-week trend and forward to the end of next week: a copy made last week still is, so
 * a calendar is read again about once a week when it does not change.
 */
export function windowCovers(kept: OccurrenceWindow, now: number, weekStartsOn: number, timeZone: string): boolean {
  const weekStart = weekStartOf(now, weekStartsOn, timeZone);
  return kept.start <= weekStart - 7 * WEEK_MS && kept.end >= weekStart + 2 * WEEK_MS;
}

/** The settings that change how a calendar is read: when they change, it is read again. */
export function expansionKey(settings: Pick<Settings, 'myEmails' | 'timeZone'>): string {
  return JSON.stringify({ me: [...settings.myEmails].sort(), tz: settings.timeZone });
}

export const storedOccurrenceSchema = z.object({
  uid: z.string(),
  key: z.string(),
  title: z.string(),
  start: z.number(),
  end: z.number(),
  allDay: z.boolean(),
  attendeeCount: z.number().int().nonnegative(),
  myStatus: z.enum(['accepted', 'declined', 'tentative', 'needs-action', 'delegated']).optional(),
  description: z.string(),
  location: z.string().optional(),
  recurring: z.boolean(),
  isException: z.boolean(),
  recurrenceId: z.number().optional(),
  organizer: z.string().optional(),
  timeZone: z.string().optional(),
  status: z.enum(['confirmed', 'tentative']).optional(),
  transparent: z.boolean(),
  hasConference: z.boolean(),
  url: z.string().optional(),
});
export type StoredOccurrence = z.infer<typeof storedOccurrenceSchema>;

/** An occurrence as storage keeps it: instants as numbers, the description trimmed. */
export function toStoredOccurrence(occurrence: MeetingOccurrence): StoredOccurrence {
  const { start, end, recurrenceId, description, ...rest } = occurrence;
  const stored: StoredOccurrence = {
    ...rest,
    start: start.getTime(),
    end: end.getTime(),
    description: description
      ? stripConferenceBoilerplate(prepareDescription(description)).slice(0, MAX_KEPT_DESCRIPTION)
      : '',
  };
  if (recurrenceId) stored.recurrenceId = recurrenceId.getTime();
  for (const key of Object.keys(stored) as (keyof StoredOccurrence)[])
    if (stored[key] === undefined) delete stored[key];
  return stored;
}

export function fromStoredOccurrence(stored: StoredOccurrence): MeetingOccurrence {
  const { start, end, recurrenceId, ...rest } = stored;
  const occurrence: MeetingOccurrence = { ...rest, start: new Date(start), end: new Date(end) };
  if (recurrenceId !== undefined) occurrence.recurrenceId = new Date(recurrenceId);
  return occurrence;
}

export const keptCalendarSchema = z.object({
  /** When the occurrences were made, and from which settings (`expansionKey`). */
  at: z.number(),
  expansionKey: z.string(),
  window: z.object({ start: z.number(), end: z.number() }),
  occurrences: z.array(storedOccurrenceSchema),
  warnings: z.array(z.string()).default([]),
  truncated: z.boolean().default(false),
});
export type KeptCalendar = z.infer<typeof keptCalendarSchema>;

/**
 * A kept calendar as storage holds it: one JSON string. chrome.storage hands a large object
 * graph to the page field by field (600 ms for 10,000 occurrences in Chromium 156), and one
 * string of the same data in a few ms; JSON.parse then takes ~20 ms.
 */
export function serializeKeptCalendar(kept: KeptCalendar): string {
  return JSON.stringify(kept);
}

/** Read a kept calendar back (a string, or an object as first stored): null when it cannot be read. */
export function parseKeptCalendar(raw: unknown): KeptCalendar | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = keptCalendarSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The occurrences of several feeds as one list: the same meeting in two calendars (one
 * UID, one start) counts once.
 */
export function mergeOccurrences(lists: readonly (readonly MeetingOccurrence[])[]): MeetingOccurrence[] {
  if (lists.length === 1) return [...lists[0]!];
  const seen = new Set<string>();
  const merged: MeetingOccurrence[] = [];
  for (const list of lists) {
    for (const occurrence of list) {
      const id = `${occurrence.uid}\u0000${occurrence.start.getTime()}`;
      if (seen.has(id)) continue;
      seen.add(id);
      merged.push(occurrence);
    }
  }
  return merged.sort((a, b) => a.start.getTime() - b.start.getTime());
}
