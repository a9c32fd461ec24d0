/**
 * The background's feed plumbing (platform/feeds-sync.ts) against WXT's fake browser, with
 * fetch stubbed: conditional requests, every kind of failure, the last good copy, import,
 * removal and the alarm. The same paths run for real in test/e2e/stats-feeds.test.ts.
 */

import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEED_REFRESH_ALARM, type FeedStatus, type KeptCalendar } from '../../lib/feeds';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { readKeptText, writeKeptCalendar, writeKeptText } from '../../platform/calendar-store';
import { feedStatusItem, feedsItem, loadFeeds, loadKeptCalendars } from '../../platform/feeds';
import { addUrlFeed, ensureRefreshAlarm, importFileFeed, refreshFeed, removeFeed } from '../../platform/feeds-sync';
import { loadStatsInputs } from '../../platform/stats';
import { extraMeetingCalendar, weekCalendar } from '../e2e/stats-calendar';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin', myEmails: ['me@example.com'] };
const URL_ = 'https://calendar.example.com/u/feed.ics';

type Answer = { status: number; headers?: Record<string, string>; body?: string | null } | Error;
let answers: Answer[];
let requests: { url: string; headers: Record<string, string> }[];
let granted: Set<string>;

beforeEach(() => {
  answers = [];
  requests = [];
  granted = new Set(['https://calendar.example.com/*']);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: { headers?: Record<string, string> }) => {
      requests.push({
        url,
        headers: Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      });
      const answer = answers.shift();
      if (!answer) throw new Error('no answer queued');
      if (answer instanceof Error) throw answer;
      return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
    }),
  );
  fakeBrowser.permissions.contains = vi.fn(async (p: { origins?: string[] }) =>
    (p.origins ?? []).every((o) => granted.has(o)),
  ) as never;
  fakeBrowser.permissions.remove = vi.fn(async (p: { origins?: string[] }) => {
    for (const origin of p.origins ?? []) granted.delete(origin);
    return true;
  }) as never;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function statusOf(id: string): Promise<FeedStatus> {
  return ((await feedStatusItem.getValue()) as Record<string, FeedStatus>)[id]!;
}

async function addGoodFeed() {
  answers.push({ status: 200, headers: { 'content-type': 'text/calendar', etag: '"v1"' }, body: weekCalendar() });
  const result = await addUrlFeed({ url: 'webcal://calendar.example.com/u/feed.ics', name: '' }, SETTINGS);
  if (!result.feed) throw new Error(result.error);
  return result.feed;
}

describe('fetching a feed', () => {
  it('keeps the occurrences of the window, the text and the validators; then asks conditionally', async () => {
    const feed = await addGoodFeed();
    expect(feed).toMatchObject({ url: URL_, name: 'calendar.example.com', kind: 'url' });
    expect(requests[0]!.headers['if-none-match']).toBeUndefined();
    const status = await statusOf(feed.id);
    expect(status).toMatchObject({ etag: '"v1"', error: null, events: 8, calendarName: 'Team calendar' });
    const kept = (await loadKeptCalendars([feed]))[feed.id]!;
    expect(kept.occurrences.map((o) => o.title)).toContain('Design review');
    expect(typeof (await readKeptText(feed.id))).toBe('string');

    answers.push({ status: 304, headers: { etag: '"v1"' } });
    const after = await refreshFeed(feed, SETTINGS);
    expect(requests[1]!.headers['if-none-match']).toBe('"v1"');
    expect(after).toMatchObject({ error: null, events: 8 });
    expect(after.lastSync).toBeGreaterThanOrEqual(status.lastSync!);
    expect((await loadKeptCalendars([feed]))[feed.id]).toEqual(kept);
  });

  it.each([
    [
      'a web page',
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><p>Sign in</p>' },
      'not-a-calendar',
      'Not a calendar: This looks like a web page',
    ],
    ['a 404', { status: 404, body: 'nope' }, 'http', 'HTTP 404 Not Found.'],
    ['a 500', { status: 500, body: 'oops' }, 'http', 'HTTP 500 Internal Server Error.'],
    [
      'a network failure',
      new TypeError('Failed to fetch'),
      'network',
      'Network error: could not reach calendar.example.com.',
    ],
    [
      'a huge answer',
      { status: 200, headers: { 'content-length': String(50 * 1024 * 1024) }, body: 'BEGIN:VCALENDAR' },
      'too-large',
      'Too large: 50.0 MB',
    ],
  ] as const)('says so on %s, and keeps the last good copy', async (_name, answer, kind, message) => {
    const feed = await addGoodFeed();
    const before = (await loadKeptCalendars([feed]))[feed.id];
    answers.push(answer instanceof Error ? answer : { ...answer });
    const status = await refreshFeed(feed, SETTINGS);
    expect(status.error?.kind).toBe(kind);
    expect(status.error?.message).toContain(message);
    expect(status.lastSync).not.toBeNull();
    expect(status.etag).toBe('"v1"');
    expect((await loadKeptCalendars([feed]))[feed.id]).toEqual(before);
  });

  it('does not fetch without the origin’s permission, and says how to fix it', async () => {
    const feed = await addGoodFeed();
    granted.clear();
    const status = await refreshFeed(feed, SETTINGS);
    expect(requests).toHaveLength(1);
    expect(status.error).toEqual({
      kind: 'permission-denied',
      message: 'Permission denied: allow access to https://calendar.example.com in the options page.',
    });
  });

  it('fetches the whole calendar again when the kept weeks no longer fit (and there is no text)', async () => {
    const feed = await addGoodFeed();
    await writeKeptText(feed.id, null);
    const kept = (await loadKeptCalendars([feed]))[feed.id]!;
    const old: KeptCalendar = {
      ...kept,
      window: { start: kept.window.start - 30 * 7 * 86_400_000, end: kept.window.start },
    };
    await writeKeptCalendar(feed.id, old);
    answers.push({ status: 200, headers: { etag: '"v2"' }, body: weekCalendar() });
    const status = await refreshFeed(feed, SETTINGS);
    expect(requests[1]!.headers['if-none-match']).toBeUndefined();
    expect(status.etag).toBe('"v2"');
    expect((await loadKeptCalendars([feed]))[feed.id]!.window).toEqual(kept.window);
  });

  it('reads the kept text again when the settings that shape it change, then asks conditionally', async () => {
    const feed = await addGoodFeed();
    answers.push({ status: 304 });
    const tokyo = { ...SETTINGS, timeZone: 'Asia/Tokyo' };
    await refreshFeed(feed, tokyo);
    expect(requests[1]!.headers['if-none-match']).toBe('"v1"');
    const kept = (await loadKeptCalendars([feed]))[feed.id]!;
    expect(kept.expansionKey).toContain('Asia/Tokyo');
  });

  it('refuses a bad address and a duplicate', async () => {
    expect(await addUrlFeed({ url: 'ftp://x.example.com/a.ics', name: '' }, SETTINGS)).toEqual({
      error: 'Use an https:// (or webcal://) address; ftp: is not supported.',
    });
    await addGoodFeed();
    expect(await addUrlFeed({ url: URL_, name: 'again' }, SETTINGS)).toEqual({
      error: 'That calendar is already in the list.',
    });
  });
});

describe('importing a file', () => {
  it('keeps a file as a feed of kind file, and replaces an import of the same name', async () => {
    const first = await importFileFeed({ name: 'board.ics', text: extraMeetingCalendar() }, SETTINGS);
    expect(first.feed).toMatchObject({ kind: 'file', name: 'board.ics', url: '' });
    expect(first.status).toMatchObject({ events: 1, error: null });
    const again = await importFileFeed({ name: 'board.ics', text: weekCalendar() }, SETTINGS);
    expect(again.feed?.id).toBe(first.feed?.id);
    expect((await loadFeeds()).feeds).toHaveLength(1);
    expect(again.status?.events).toBe(8);
  });

  it('says why a file is not a calendar, and keeps nothing', async () => {
    expect(await importFileFeed({ name: 'notes.txt', text: 'Buy milk' }, SETTINGS)).toEqual({
      error: 'Not a calendar: “notes.txt”: This is not a calendar file (it does not start with BEGIN:VCALENDAR).',
    });
    expect((await loadFeeds()).feeds).toEqual([]);
  });
});

describe('a calendar that takes too long to read', () => {
  /** A clock that runs 700 ms ahead at every look: the reader's 5 s deadline passes at once. */
  function racingClock() {
    let now = performance.now();
    return vi.spyOn(performance, 'now').mockImplementation(() => {
      now += 700;
      return now;
    });
  }

  it('keeps what was read of a new import, and says why the rest is missing', async () => {
    const clock = racingClock();
    let result: Awaited<ReturnType<typeof importFileFeed>>;
    try {
      result = await importFileFeed({ name: 'team.ics', text: weekCalendar() }, SETTINGS);
    } finally {
      clock.mockRestore();
    }
    expect(result.feed).toMatchObject({ kind: 'file', name: 'team.ics' });
    expect(result.status?.error?.message).toMatch(
      /^“team\.ics” is too slow to read: Reading this calendar took longer/,
    );
    const kept = (await loadKeptCalendars([result.feed!]))[result.feed!.id]!;
    expect(kept.occurrences.length).toBe(result.status?.events);
    expect(kept.occurrences.length).toBeLessThan(8);
    expect(kept.warnings[0]).toMatch(/^Reading this calendar took longer than 5 s, so it was stopped/);
  });

  it('keeps the last good copy when a later read runs out of time', async () => {
    const { feed } = await importFileFeed({ name: 'team.ics', text: weekCalendar() }, SETTINGS);
    const before = (await loadKeptCalendars([feed!]))[feed!.id]!;
    expect(before.occurrences).toHaveLength(8);
    const clock = racingClock();
    let status: FeedStatus;
    try {
      // Other settings: the kept copy is no longer current, so the text is read again.
      status = await refreshFeed(feed!, { ...SETTINGS, timeZone: 'Asia/Tokyo' });
    } finally {
      clock.mockRestore();
    }
    expect(status.error?.message).toMatch(/too slow to read/);
    expect((await loadKeptCalendars([feed!]))[feed!.id]).toEqual(before);
  });
});

describe('removing a feed', () => {
  it('removes what is kept and gives the permission back when nothing else needs it', async () => {
    const feed = await addGoodFeed();
    await removeFeed(feed.id, SETTINGS);
    expect((await loadFeeds()).feeds).toEqual([]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((key) => key.includes(feed.id))).toEqual([]);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://calendar.example.com/*'] });
  });

  it('keeps the permission a self-hosted chat on the same origin needs', async () => {
    const feed = await addGoodFeed();
    const settings = {
      ...SETTINGS,
      selfHostedChats: [{ origin: 'https://calendar.example.com', kind: 'mattermost' as const, enabled: true }],
    };
    expect(await removeFeed(feed.id, settings)).toEqual({ releasedOrigin: null });
    expect(fakeBrowser.permissions.remove).not.toHaveBeenCalled();
  });
});

describe('stored data that cannot be read', () => {
  it('falls back with a notice and never crashes', async () => {
    await feedsItem.setValue('garbage');
    expect(await loadFeeds()).toEqual({ feeds: [], dropped: 1 });
    await feedsItem.setValue([{ id: 'f', url: '', name: 'x.ics', addedAt: 1, kind: 'file' }, { id: 3 }]);
    await set('kept:f', { occurrences: 'nope' }, createStore('eventually-calendars', 'kept'));
    await fakeBrowser.storage.local.set({ feedStatus: { f: 'broken' } });
    const inputs = await loadStatsInputs();
    expect(inputs.droppedFeeds).toBe(1);
    expect(inputs.feeds.map((row) => row.feed.id)).toEqual(['f']);
    expect(inputs.occurrences).toEqual([]);
    expect(inputs.staleFeedIds).toEqual(['f']);
  });
});

describe('the refresh alarm', () => {
  it('is created once, every 30 minutes', async () => {
    await ensureRefreshAlarm();
    await ensureRefreshAlarm();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ name: FEED_REFRESH_ALARM, periodInMinutes: 30 });
  });
});
