import { describe, expect, it } from 'vitest';
import { expandIcs, IcsError, type MeetingOccurrence } from '../../lib/calendar/ics';
import {
  conditionalHeaders,
  defaultFeedName,
  EMPTY_FEED_STATUS,
  expansionKey,
  type Feed,
  feedError,
  feedLabel,
  feedStatusText,
  fromStoredOccurrence,
  MAX_FEED_BYTES,
  maskFeedUrl,
  mergeOccurrences,
  normalizeFeedStatuses,
  normalizeFeeds,
  normalizeFeedUrl,
  occurrenceWindow,
  originStillNeeded,
  parseKeptCalendar,
  parseProblem,
  serializeKeptCalendar,
  toStoredOccurrence,
  validatorsFrom,
  windowCovers,
} from '../../lib/feeds';
import { parseMessage } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const feed = (over: Partial<Feed> = {}): Feed => ({
  id: 'a',
  url: 'https://calendar.google.com/calendar/ical/me%40example.com/private-0123abc/basic.ics',
  name: 'Work',
  addedAt: 1,
  kind: 'url',
  ...over,
});

describe('normalizeFeedUrl', () => {
  it.each([
    ['https://calendar.example.com/feed.ics', 'https://calendar.example.com/feed.ics'],
    ['  http://192.168.1.5/cal.ics  ', 'http://192.168.1.5/cal.ics'],
    ['webcal://p01-caldav.icloud.com/published/2/abc', 'https://p01-caldav.icloud.com/published/2/abc'],
    ['WEBCALS://example.com/x.ics', 'https://example.com/x.ics'],
    ['calendar.example.com/feed.ics', 'https://calendar.example.com/feed.ics'],
    ['https://example.com/x.ics#frag', 'https://example.com/x.ics'],
    ['http://localhost:8080/cal.ics', 'http://localhost:8080/cal.ics'],
  ])('accepts %s', (input, url) => {
    const result = normalizeFeedUrl(input);
    expect(result).toMatchObject({ ok: true, url });
    if (result.ok) expect(result.origin).toBe(new URL(url).origin);
  });

  it.each([
    ['', 'Paste the calendar'],
    ['ftp://example.com/cal.ics', 'ftp: is not supported'],
    ['file:///home/me/cal.ics', 'file: is not supported'],
    ['javascript:alert(1)', 'javascript: is not supported'],
    ['not a url', 'is not a web address'],
    ['https://user:secret@example.com/cal.ics', 'user name or password'],
    ['https://intranet/cal.ics', 'is not a web address'],
    // The secret address must not cross the internet in clear (issue 12, item 4).
    ['http://intranet.example.com/cal.ics', 'Use https://'],
  ])('refuses %j with a sentence', (input, message) => {
    const result = normalizeFeedUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('showing a feed without its secret', () => {
  it('masks everything after the host', () => {
    expect(maskFeedUrl(feed().url)).toBe('calendar.google.com/…');
    expect(feedLabel(feed())).toBe('Work (calendar.google.com/…)');
    expect(feedLabel(feed({ kind: 'file', url: '', name: 'team.ics' }))).toBe('team.ics (imported file)');
    expect(maskFeedUrl('nonsense')).toBe('…');
  });

  it('names a feed after its service', () => {
    expect(defaultFeedName(feed().url)).toBe('Google Calendar');
    expect(defaultFeedName('https://outlook.office365.com/owa/calendar/x/y/calendar.ics')).toBe('Outlook calendar');
    expect(defaultFeedName('https://p01-caldav.icloud.com/published/2/x')).toBe('iCloud calendar');
    expect(defaultFeedName('https://www.example.org/team.ics')).toBe('example.org');
  });
});

describe('conditional requests', () => {
  it('sends the validators only when there is a copy to fall back on', () => {
    const status = { ...EMPTY_FEED_STATUS, etag: '"v1"', lastModified: 'Mon, 02 Nov 2026 08:00:00 GMT' };
    expect(conditionalHeaders(status, true)).toEqual({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Mon, 02 Nov 2026 08:00:00 GMT',
    });
    expect(conditionalHeaders(status, false)).toEqual({});
    expect(conditionalHeaders(EMPTY_FEED_STATUS, true)).toEqual({});
    expect(conditionalHeaders({ etag: 'W/"x"' }, true)).toEqual({ 'If-None-Match': 'W/"x"' });
  });

  it('keeps the validators of an answer, and ignores absurd ones', () => {
    const headers = new Headers({ etag: '"v2"', 'last-modified': 'Tue, 03 Nov 2026 08:00:00 GMT' });
    expect(validatorsFrom(headers)).toEqual({ etag: '"v2"', lastModified: 'Tue, 03 Nov 2026 08:00:00 GMT' });
    expect(validatorsFrom(new Headers({ etag: 'x'.repeat(2000) }))).toEqual({});
    expect(validatorsFrom(new Headers())).toEqual({});
  });
});

describe('errors in words', () => {
  it.each([
    [{ kind: 'http', status: 404 } as const, 'HTTP 404 Not Found. The address may have been reset'],
    [{ kind: 'http', status: 410, statusText: 'Gone' } as const, 'HTTP 410 Gone.'],
    [{ kind: 'http', status: 503 } as const, 'HTTP 503 Service Unavailable. The calendar server had a problem'],
    [{ kind: 'http', status: 418 } as const, 'HTTP 418.'],
    [
      { kind: 'network', host: 'calendar.example.com' } as const,
      'Network error: could not reach calendar.example.com.',
    ],
    [
      { kind: 'permission-denied', origin: 'https://calendar.example.com' } as const,
      'Permission denied: allow access to https://calendar.example.com in the options page.',
    ],
    [
      { kind: 'too-large', bytes: 31 * 1024 * 1024 } as const,
      'Too large: 31.0 MB; Eventually reads calendars up to 20.0 MB.',
    ],
    [{ kind: 'not-a-calendar', detail: 'nope' } as const, 'Not a calendar: nope'],
  ])('%j', (problem, message) => {
    const error = feedError(problem);
    expect(error.kind).toBe(problem.kind);
    expect(error.message).toContain(message);
  });

  it('uses the parser’s own sentence for a calendar it cannot read', () => {
    let thrown: unknown;
    try {
      expandIcs('<!doctype html><html><body>Sign in</body></html>', { start: new Date(0), end: new Date(1e12) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IcsError);
    expect(feedError(parseProblem(thrown)).message).toMatch(/^Not a calendar: This looks like a web page/);
    expect(feedError(parseProblem(thrown, 'notes.html')).message).toMatch(
      /^Not a calendar: “notes.html”: This looks like a web page/,
    );
    expect(parseProblem(new TypeError('boom'))).toEqual({
      kind: 'not-a-calendar',
      detail: 'it could not be read (boom).',
    });
  });

  it('says what the status means, and that the last good copy is shown', () => {
    const now = Date.UTC(2026, 10, 23, 12);
    expect(feedStatusText(feed(), undefined, now)).toBe('Not synced yet');
    expect(feedStatusText(feed(), { ...EMPTY_FEED_STATUS, lastSync: now - 5 * 60_000, events: 12 }, now)).toBe(
      'Synced 5 min ago · 12 events',
    );
    expect(
      feedStatusText(feed({ kind: 'file', url: '' }), { ...EMPTY_FEED_STATUS, lastSync: now, events: 1 }, now),
    ).toBe('Imported just now · 1 event');
    const broken = {
      ...EMPTY_FEED_STATUS,
      lastSync: now - 2 * 3600_000,
      error: feedError({ kind: 'http', status: 404 }),
    };
    expect(feedStatusText(feed(), broken, now)).toMatch(/^HTTP 404 Not Found\..* Showing the copy from 2 h ago\.$/);
  });
});

describe('stored feeds', () => {
  it('reads a good list as it is', () => {
    expect(normalizeFeeds([feed(), feed({ id: 'b', kind: 'file', url: '', name: 'x.ics' })])).toEqual({
      feeds: [feed(), feed({ id: 'b', kind: 'file', url: '', name: 'x.ics' })],
      dropped: 0,
    });
    expect(normalizeFeeds(undefined)).toEqual({ feeds: [], dropped: 0 });
  });

  it('leaves out what cannot be read, never crashes', () => {
    expect(normalizeFeeds('garbage')).toEqual({ feeds: [], dropped: 1 });
    const result = normalizeFeeds([feed(), { id: 'b' }, feed(), feed({ id: 'c', url: 'javascript:alert(1)' }), null]);
    expect(result.feeds.map((f) => f.id)).toEqual(['a']);
    expect(result.dropped).toBe(4);
  });

  it('turns a bad status into "never synced"', () => {
    expect(normalizeFeedStatuses({ a: { lastSync: 'yesterday' }, b: { lastSync: 5 } })).toEqual({
      a: EMPTY_FEED_STATUS,
      b: { ...EMPTY_FEED_STATUS, lastSync: 5 },
    });
    expect(normalizeFeedStatuses([1, 2])).toEqual({});
  });

  it('reads a kept calendar back, or null when it cannot', () => {
    const kept = {
      at: 1,
      expansionKey: 'k',
      window: { start: 0, end: 1 },
      occurrences: [],
      warnings: ['w'],
      truncated: true,
    };
    expect(parseKeptCalendar(serializeKeptCalendar(kept))).toEqual(kept);
    expect(parseKeptCalendar('{"at": 1, trailing garbage')).toBeNull();
    expect(parseKeptCalendar(JSON.stringify({ ...kept, occurrences: [{ title: 5 }] }))).toBeNull();
    expect(parseKeptCalendar({ nope: true })).toBeNull();
    expect(
      parseKeptCalendar({ at: 1, expansionKey: 'k', window: { start: 0, end: 1 }, occurrences: [] }),
    ).toMatchObject({
      warnings: [],
      truncated: false,
    });
  });

  it('knows when an origin is still needed by another feed or a self-hosted chat', () => {
    const feeds = [
      feed({ id: 'a', url: 'https://cal.example.com/a.ics' }),
      feed({ id: 'b', url: 'https://cal.example.com/b.ics' }),
    ];
    expect(originStillNeeded('https://cal.example.com', feeds, [], 'a')).toBe(true);
    expect(originStillNeeded('https://cal.example.com', [feeds[0]!], [], 'a')).toBe(false);
    expect(originStillNeeded('https://cal.example.com', [], ['https://cal.example.com'])).toBe(true);
  });
});

describe('what is kept of a calendar', () => {
  const occurrence: MeetingOccurrence = {
    uid: 'u1',
    key: 'u1@1',
    title: 'Planning',
    start: new Date(Date.UTC(2026, 10, 23, 9)),
    end: new Date(Date.UTC(2026, 10, 23, 10)),
    allDay: false,
    attendeeCount: 4,
    myStatus: 'accepted',
    description: 'Agenda:\n1. Budget\n\nJoin Zoom Meeting\nhttps://zoom.us/j/123456789',
    recurring: true,
    isException: false,
    recurrenceId: new Date(Date.UTC(2026, 10, 23, 9)),
    organizer: 'boss@example.com',
    transparent: false,
    hasConference: true,
  };

  it('stores instants as numbers and the description without join details, and reads it back', () => {
    const stored = toStoredOccurrence(occurrence);
    expect(stored.start).toBe(occurrence.start.getTime());
    expect(stored.description).toContain('Agenda:');
    expect(stored.description).not.toContain('zoom.us');
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
    const back = fromStoredOccurrence(stored);
    expect(back).toEqual({ ...occurrence, description: stored.description });
  });

  it('counts the same meeting in two calendars once', () => {
    const other = { ...occurrence, key: 'x', title: 'Planning (copy)' };
    const later = { ...occurrence, uid: 'u2', start: new Date(occurrence.start.getTime() + 3600_000) };
    expect(mergeOccurrences([[occurrence], [other, later]])).toEqual([occurrence, later]);
  });

  it('keeps 16 weeks back and 2 ahead, and asks again once the week has moved on', () => {
    const now = Date.UTC(2026, 10, 25, 12); // Wednesday 25 Nov 2026
    const window = occurrenceWindow(now, 1, 'Europe/Berlin');
    const monday = Date.UTC(2026, 10, 22, 23); // Monday 23 Nov, 00:00 in Berlin
    expect(window.start).toBe(monday - 16 * 7 * 86_400_000 - 86_400_000);
    expect(window.end).toBe(monday + 3 * 7 * 86_400_000 + 86_400_000);
    expect(windowCovers(window, now, 1, 'Europe/Berlin')).toBe(true);
    expect(windowCovers(window, now + 7 * 86_400_000, 1, 'Europe/Berlin')).toBe(true);
    expect(windowCovers(window, now + 14 * 86_400_000, 1, 'Europe/Berlin')).toBe(false);
  });

  it('reads a calendar again when the settings that shape it change', () => {
    const base = expansionKey(DEFAULT_SETTINGS);
    expect(expansionKey({ ...DEFAULT_SETTINGS, hourlyRate: 5 } as typeof DEFAULT_SETTINGS)).toBe(base);
    expect(expansionKey({ ...DEFAULT_SETTINGS, timeZone: 'Asia/Tokyo' })).not.toBe(base);
    expect(expansionKey({ ...DEFAULT_SETTINGS, myEmails: ['a@b.c'] })).not.toBe(base);
    expect(expansionKey({ ...DEFAULT_SETTINGS, myEmails: ['b@b.c', 'a@b.c'] })).toBe(
      expansionKey({ ...DEFAULT_SETTINGS, myEmails: ['a@b.c', 'b@b.c'] }),
    );
  });
});

describe('feed messages', () => {
  it('accepts the feed messages and refuses oversized ones', () => {
    expect(parseMessage({ type: 'feeds/add', url: 'https://x.example/a.ics' })).toEqual({
      ok: true,
      message: { type: 'feeds/add', url: 'https://x.example/a.ics', name: '' },
    });
    expect(parseMessage({ type: 'feeds/import', name: 'a.ics', text: 'BEGIN:VCALENDAR' }).ok).toBe(true);
    expect(parseMessage({ type: 'feeds/remove', feedId: 'f' }).ok).toBe(true);
    expect(parseMessage({ type: 'feeds/refresh' }).ok).toBe(true);
    expect(parseMessage({ type: 'feeds/import', name: 'a.ics', text: 'x'.repeat(MAX_FEED_BYTES + 1) }).ok).toBe(false);
    expect(parseMessage({ type: 'feeds/remove' }).ok).toBe(false);
  });
});
