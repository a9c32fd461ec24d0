/**
 * Calendar feeds, the background's side: the fetch (conditional, with the ETag and
 * Last-Modified of the last answer), the import of a file, removal, and the refresh alarm.
 * Only the background writes feed storage (extension pages ask it by message), and every
 * write goes through one queue, so a refresh and a removal never interleave. What is kept
 * of a calendar is described in ./feeds.ts.
 */
import { browser } from 'wxt/browser';
import { expandIcsSliced } from '../lib/calendar/ics';
import {
  conditionalHeaders,
  defaultFeedName,
  EMPTY_FEED_STATUS,
  expansionKey,
  FEED_REFRESH_ALARM,
  FEED_REFRESH_MINUTES,
  type Feed,
  type FeedError,
  type FeedProblem,
  type FeedStatus,
  feedError,
  feedOrigin,
  type KeptCalendar,
  MAX_FEED_BYTES,
  MAX_FEEDS,
  MAX_KEPT_OCCURRENCES,
  MAX_KEPT_TEXT_BYTES,
  normalizeFeedUrl,
  occurrenceWindow,
  originStillNeeded,
  parseProblem,
  toStoredOccurrence,
  validatorsFrom,
} from '../lib/feeds';
import { originPermissionPattern } from '../lib/hosts';
import type { Settings } from '../lib/settings';
import { readKeptText, removeKeptCalendar, writeKeptCalendar, writeKeptText } from './calendar-store';
import {
  feedStatusItem,
  feedsItem,
  hasOriginPermission,
  keptIsCurrent,
  loadFeedStatuses,
  loadFeeds,
  loadKeptCalendars,
} from './feeds';

const FETCH_TIMEOUT_MS = 30_000;
/**
 * A message's handler awaits storage a few times, and each reply waits for the slice running
 * when it lands: with 20 ms slices, 0.9 MB of unmatched nesting delayed answers 110–310 ms (8 ms:
 * 63–113 ms); with 5 ms, 61–86 ms (test/e2e/feed-faults.test.ts). The reading itself takes
 * about as long either way.
 */
const EXPANSION_SLICE_MS = 5;

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Write a feed's status. Never rejects: when storage refuses, the status is still returned
 * (the caller shows it) and the failure is logged, so a refresh "never throws" holds.
 */
async function setStatus(feedId: string, update: (previous: FeedStatus) => FeedStatus): Promise<FeedStatus> {
  let next: FeedStatus = { ...EMPTY_FEED_STATUS };
  try {
    return await serialised(async () => {
      const statuses = await loadFeedStatuses();
      next = update(statuses[feedId] ?? { ...EMPTY_FEED_STATUS });
      // Only feeds that still exist get a status (a removal may have happened meanwhile).
      const { feeds } = await loadFeeds();
      if (!feeds.some((feed) => feed.id === feedId)) return next;
      await feedStatusItem.setValue({ ...statuses, [feedId]: next });
      return next;
    });
  } catch (error) {
    console.warn('[Eventually] could not write a feed status', error);
    return next;
  }
}

function newFeedId(): string {
  return crypto.randomUUID();
}

export type FeedResult =
  | { feed: Feed; status: FeedStatus; error?: undefined }
  | { error: string; feed?: undefined; status?: undefined };

/** Add a feed by address (the page has asked for the permission) and fetch it now. */
export async function addUrlFeed(input: { url: string; name: string }, settings: Settings): Promise<FeedResult> {
  const normalized = normalizeFeedUrl(input.url);
  if (!normalized.ok) return { error: normalized.message };
  const added = await serialised(async (): Promise<Feed | string> => {
    const { feeds } = await loadFeeds();
    if (feeds.some((feed) => feed.kind === 'url' && feed.url === normalized.url))
      return 'That calendar is already in the list.';
    if (feeds.length >= MAX_FEEDS) return `Eventually keeps up to ${MAX_FEEDS} calendars; remove one first.`;
    const feed: Feed = {
      id: newFeedId(),
      url: normalized.url,
      name: input.name.trim().slice(0, 200) || defaultFeedName(normalized.url),
      addedAt: Date.now(),
      kind: 'url',
    };
    await feedsItem.setValue([...feeds, feed]);
    return feed;
  });
  if (typeof added === 'string') return { error: added };
  const status = await refreshFeed(added, settings);
  return { feed: added, status };
}

/** Import an .ics file as a feed of kind 'file', named after the file. */
export async function importFileFeed(input: { name: string; text: string }, settings: Settings): Promise<FeedResult> {
  const name = input.name.trim().slice(0, 200) || 'Imported calendar';
  const digest = await digestCalendar(input.text, settings, name);
  if ('problem' in digest) return { error: feedError(digest.problem).message };
  const added = await serialised(async (): Promise<Feed | string> => {
    const { feeds } = await loadFeeds();
    // Importing a file of the same name again replaces the earlier import.
    const previous = feeds.find((feed) => feed.kind === 'file' && feed.name === name);
    if (!previous && feeds.length >= MAX_FEEDS)
      return `Eventually keeps up to ${MAX_FEEDS} calendars; remove one first.`;
    const feed: Feed = previous ?? { id: newFeedId(), url: '', name, addedAt: Date.now(), kind: 'file' };
    if (!previous) await feedsItem.setValue([...feeds, feed]);
    return feed;
  });
  if (typeof added === 'string') return { error: added };
  const stored = await keepCalendar(added.id, digest.kept, input.text);
  if (stored) {
    // The feed stays listed with the reason, so the person sees why nothing was kept.
    await setStatus(added.id, (previous) => ({ ...previous, lastAttempt: Date.now(), error: feedError(stored) }));
    return { error: feedError(stored).message };
  }
  const status = await setStatus(added.id, () => ({
    ...EMPTY_FEED_STATUS,
    lastSync: Date.now(),
    lastAttempt: Date.now(),
    events: digest.kept.occurrences.length,
    bytes: input.text.length,
    ...(digest.calendarName ? { calendarName: digest.calendarName } : {}),
    ...(digest.incomplete ? { error: digest.incomplete } : {}),
  }));
  return { feed: added, status };
}

/**
 * Remove a feed and everything kept for it, and give back the origin's permission when no
 * other feed and no self-hosted chat needs it.
 */
export async function removeFeed(feedId: string, settings: Settings): Promise<{ releasedOrigin: string | null }> {
  const removed = await serialised(async () => {
    const { feeds } = await loadFeeds();
    const feed = feeds.find((entry) => entry.id === feedId);
    const rest = feeds.filter((entry) => entry.id !== feedId);
    await feedsItem.setValue(rest);
    const statuses = await loadFeedStatuses();
    delete statuses[feedId];
    await feedStatusItem.setValue(statuses);
    await removeKeptCalendar(feedId).catch((error: unknown) =>
      console.warn('[Eventually] could not forget a kept calendar', error),
    );
    return { feed, rest };
  });
  const origin = removed.feed ? feedOrigin(removed.feed) : null;
  if (!origin) return { releasedOrigin: null };
  const chats = settings.selfHostedChats.map((chat) => chat.origin);
  if (originStillNeeded(origin, removed.rest, chats)) return { releasedOrigin: null };
  await browser.permissions.remove({ origins: [originPermissionPattern(origin)] }).catch(() => false);
  return { releasedOrigin: origin };
}

type Digest =
  | {
      kept: KeptCalendar;
      calendarName?: string;
      /** Set when the calendar took too long to read: `kept` holds what was read by then. */
      incomplete?: FeedError;
    }
  | { problem: FeedProblem };

/**
 * Parse a calendar and keep its occurrences in the window around now. The expansion runs in
 * slices of a few milliseconds that let other messages through (a feed that takes seconds
 * no longer freezes the worker), and stops at its deadline, keeping what it read.
 */
async function digestCalendar(text: string, settings: Settings, fileName?: string): Promise<Digest> {
  if (text.length > MAX_FEED_BYTES) return { problem: { kind: 'too-large', bytes: text.length } };
  const now = Date.now();
  const window = occurrenceWindow(now, settings.weekStartsOn, settings.timeZone);
  try {
    const result = await expandIcsSliced(
      text,
      { start: new Date(window.start), end: new Date(window.end) },
      {
        myAddresses: settings.myEmails,
        timeZone: settings.timeZone,
        maxOccurrences: MAX_KEPT_OCCURRENCES,
        sliceMs: EXPANSION_SLICE_MS,
      },
    );
    // The reader's own sentence about the deadline says what was left out: it goes first.
    const warnings = result.timedOut
      ? [...result.warnings.filter((warning) => warning.startsWith('Reading this calendar took')), ...result.warnings]
      : result.warnings;
    return {
      kept: {
        at: now,
        expansionKey: expansionKey(settings),
        window,
        occurrences: result.occurrences.map(toStoredOccurrence),
        warnings: [...new Set(warnings)].slice(0, 20),
        truncated: result.truncated,
      },
      ...(result.calendarName ? { calendarName: result.calendarName.slice(0, 200) } : {}),
      ...(result.timedOut ? { incomplete: tooSlow(warnings[0] ?? '', fileName) } : {}),
    };
  } catch (error) {
    return { problem: parseProblem(error, fileName) };
  }
}

/** The status of a calendar that took too long to read (closest kind: too large to read). */
function tooSlow(readerSentence: string, fileName?: string): FeedError {
  const what = fileName ? `“${fileName}” is too slow to read` : 'This calendar is too slow to read';
  return { kind: 'too-large', message: `${what}: ${readerSentence}`.slice(0, 1000) };
}

/**
 * What to keep of a digest: a complete one always; one cut short by the deadline only when
 * there is no earlier copy (else the last good copy stays, and the status says why).
 */
function worthKeeping(digest: { kept: KeptCalendar; incomplete?: FeedError }, previous: unknown): boolean {
  return !digest.incomplete || previous === undefined;
}

/** Write the kept occurrences (and the text when small); a problem when storage refused. */
async function keepCalendar(feedId: string, kept: KeptCalendar, text: string | null): Promise<FeedProblem | null> {
  return serialised(async () => {
    const { feeds } = await loadFeeds();
    if (!feeds.some((feed) => feed.id === feedId)) return null;
    try {
      await writeKeptCalendar(feedId, kept);
    } catch (error) {
      // A full quota comes as a DOMException with an empty message: its name says what it is.
      const reason = error instanceof Error ? error.message || error.name : String(error);
      return {
        kind: 'storage',
        detail: `this browser’s storage for calendars is full${reason ? ` (${reason})` : ''}. Your settings are not affected.`,
      };
    }
    if (text === null) return null;
    try {
      await writeKeptText(feedId, text.length <= MAX_KEPT_TEXT_BYTES ? text : null);
    } catch {
      // The text is a convenience: without it the calendar is fetched again when needed.
      await writeKeptText(feedId, null).catch(() => undefined);
    }
    return null;
  });
}

const inFlight = new Map<string, Promise<FeedStatus>>();

/**
 * Refresh one feed. A URL feed is fetched, conditionally when what is kept is current; a
 * file is read again from its kept text when the window moved or the settings changed.
 * Never throws: every failure ends in the feed's status, and the last good copy stays.
 */
export function refreshFeed(feed: Feed, settings: Settings): Promise<FeedStatus> {
  const running = inFlight.get(feed.id);
  if (running) return running;
  const task = (feed.kind === 'url' ? refreshUrlFeed(feed, settings) : refreshFileFeed(feed, settings))
    .catch((error: unknown) => {
      // A storage read that failed: say so in the status, keep the last good copy.
      console.warn('[Eventually] refreshing a feed failed', error);
      return setStatus(feed.id, (previous) => ({
        ...previous,
        lastAttempt: Date.now(),
        error: feedError({ kind: 'storage', detail: 'this browser’s storage could not be read.' }),
      }));
    })
    .finally(() => inFlight.delete(feed.id));
  inFlight.set(feed.id, task);
  return task;
}

async function refreshFileFeed(feed: Feed, settings: Settings): Promise<FeedStatus> {
  const kept = (await loadKeptCalendars([feed]))[feed.id];
  if (keptIsCurrent(kept, settings)) return (await loadFeedStatuses())[feed.id] ?? { ...EMPTY_FEED_STATUS };
  const text = await readKeptText(feed.id);
  if (typeof text !== 'string') return (await loadFeedStatuses())[feed.id] ?? { ...EMPTY_FEED_STATUS };
  const digest = await digestCalendar(text, settings, feed.name);
  if ('problem' in digest) return setStatus(feed.id, (previous) => ({ ...previous, error: feedError(digest.problem) }));
  if (!worthKeeping(digest, kept))
    return setStatus(feed.id, (previous) => ({ ...previous, error: digest.incomplete! }));
  const problem = await keepCalendar(feed.id, digest.kept, null);
  return setStatus(feed.id, (previous) => ({
    ...previous,
    error: problem ? feedError(problem) : (digest.incomplete ?? null),
    events: digest.kept.occurrences.length,
  }));
}

async function refreshUrlFeed(feed: Feed, settings: Settings): Promise<FeedStatus> {
  const attempt = Date.now();
  const fail = (problem: FeedProblem) =>
    setStatus(feed.id, (previous) => ({ ...previous, lastAttempt: attempt, error: feedError(problem) }));
  const origin = feedOrigin(feed);
  if (!origin) return fail({ kind: 'not-a-calendar', detail: 'the address is not a web address.' });
  if (!(await hasOriginPermission(origin))) return fail({ kind: 'permission-denied', origin });

  const [kept, statuses, keptText] = await Promise.all([
    loadKeptCalendars([feed]).then((all) => all[feed.id]),
    loadFeedStatuses(),
    readKeptText(feed.id),
  ]);
  const status = statuses[feed.id] ?? { ...EMPTY_FEED_STATUS };
  const current = keptIsCurrent(kept, settings, attempt);
  // Not current but the text is here: read it again now, then ask the server what changed.
  if (!current && typeof keptText === 'string') {
    const digest = await digestCalendar(keptText, settings);
    if (!('problem' in digest) && worthKeeping(digest, kept)) await keepCalendar(feed.id, digest.kept, null);
  }
  const canAskConditionally = current || typeof keptText === 'string';

  let response: Response;
  try {
    response = await fetch(feed.url, {
      headers: {
        Accept: 'text/calendar, text/plain;q=0.9, */*;q=0.5',
        ...conditionalHeaders(status, canAskConditionally),
      },
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch {
    return fail({ kind: 'network', host: new URL(feed.url).host });
  }

  if (response.status === 304) {
    return setStatus(feed.id, (previous) => ({
      ...previous,
      ...validatorsFrom(response.headers),
      lastAttempt: attempt,
      lastSync: attempt,
      error: null,
    }));
  }
  if (!response.ok) return fail({ kind: 'http', status: response.status, statusText: response.statusText });

  let body: { text: string } | { tooLarge: number };
  try {
    body = await readCapped(response, MAX_FEED_BYTES);
  } catch {
    return fail({ kind: 'network', host: new URL(feed.url).host });
  }
  if ('tooLarge' in body) return fail({ kind: 'too-large', bytes: body.tooLarge });
  const digest = await digestCalendar(body.text, settings);
  if ('problem' in digest) return fail(digest.problem);
  if (!worthKeeping(digest, kept)) {
    return setStatus(feed.id, (previous) => ({ ...previous, lastAttempt: attempt, error: digest.incomplete! }));
  }
  const stored = await keepCalendar(feed.id, digest.kept, body.text);
  if (stored) return fail(stored);
  return setStatus(feed.id, (previous) => {
    const next: FeedStatus = {
      ...previous,
      lastAttempt: attempt,
      lastSync: attempt,
      error: digest.incomplete ?? null,
      events: digest.kept.occurrences.length,
      bytes: body.text.length,
    };
    delete next.etag;
    delete next.lastModified;
    Object.assign(next, validatorsFrom(response.headers));
    if (digest.calendarName) next.calendarName = digest.calendarName;
    return next;
  });
}

/** Read a body up to `limit` bytes; a larger one is cut off and reported with its size so far. */
async function readCapped(response: Response, limit: number): Promise<{ text: string } | { tooLarge: number }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    return { tooLarge: declared };
  }
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      void reader.cancel().catch(() => undefined);
      return { tooLarge: bytes };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode() };
}

/** Refresh every feed, one after the other; one that fails never stops the others. */
export async function refreshAllFeeds(settings: Settings): Promise<void> {
  const { feeds } = await loadFeeds();
  for (const feed of feeds) {
    await refreshFeed(feed, settings).catch((error: unknown) =>
      console.warn('[Eventually] refreshing a feed failed', error),
    );
  }
}

/** Site patterns that cover every https or http origin (a person may grant one of these). */
const EVERY_SITE = new Set(['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*']);

/**
 * Refresh the feeds on the origins of a permission that was just granted or taken back (in the
 * browser's own settings, or by another page), so their status says so at once (a clear
 * "permission denied", or synced again) instead of at the next half-hourly refresh.
 */
export async function refreshFeedsOnOrigins(patterns: readonly string[], settings: Settings): Promise<void> {
  const { feeds } = await loadFeeds();
  const affected = feeds.filter((feed) => {
    const origin = feedOrigin(feed);
    return (
      origin !== null &&
      patterns.some((pattern) => EVERY_SITE.has(pattern) || pattern === originPermissionPattern(origin))
    );
  });
  for (const feed of affected) await refreshFeed(feed, settings);
}

/** The refresh alarm: created on install and start-up, and checked whenever the worker starts. */
export async function ensureRefreshAlarm(): Promise<void> {
  const existing = await browser.alarms.get(FEED_REFRESH_ALARM);
  if (!existing || existing.periodInMinutes !== FEED_REFRESH_MINUTES) {
    await browser.alarms.create(FEED_REFRESH_ALARM, { periodInMinutes: FEED_REFRESH_MINUTES, delayInMinutes: 1 });
  }
}
