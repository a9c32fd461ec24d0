/**
 * Storage that fills up (issue 12, item 2). Kept calendars live in IndexedDB, so a full
 * storage.local quota never refuses one, a full database never blocks the settings, the
 * person sees why a calendar was not kept, and nothing is left unhandled (vitest fails a
 * test on an unhandled rejection).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { keptAtItem, keptCalendarBytes, writeKeptCalendar } from '../../platform/calendar-store';
import { feedStatusItem, loadFeeds, loadKeptCalendars } from '../../platform/feeds';
import { importFileFeed, refreshAllFeeds, refreshFeed } from '../../platform/feeds-sync';
import { patchSettings } from '../../platform/settings-writer';
import { loadSettings, saveSettings } from '../../platform/storage';
import { weekCalendar } from '../e2e/stats-calendar';
import { busyYearIcs } from '../fixtures/ics-demo/busy-year.mjs';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin', myEmails: ['me@example.com'] };
/** A small storage.local, as chrome.storage.local's 10 MB is small next to calendars. */
const LOCAL_QUOTA = 200 * 1024;

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  fakeBrowser.storage.local.set = (async (items: Record<string, unknown>) => {
    const all = { ...(await fakeBrowser.storage.local.get(null)), ...items };
    if (JSON.stringify(all).length > LOCAL_QUOTA) throw new Error('QUOTA_BYTES quota exceeded');
    return realSet(items);
  }) as never;
  await saveSettings(SETTINGS);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage full', () => {
  it('a calendar larger than the settings’ quota is kept, and never travels through storage.local', async () => {
    const { ics } = busyYearIcs({ weeksBack: 16, weeksAhead: 3, perWorkday: 8, seed: 3 });
    const result = await importFileFeed({ name: 'team.ics', text: ics }, SETTINGS);
    expect(result.error).toBeUndefined();
    const bytes = await keptCalendarBytes();
    expect(bytes).toBeGreaterThan(LOCAL_QUOTA);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null)).length).toBeLessThan(20 * 1024);
    expect((await loadKeptCalendars([result.feed!]))[result.feed!.id]!.occurrences.length).toBeGreaterThan(500);
    // The settings still save.
    await patchSettings([{ op: 'set', path: ['hourlyRate'], value: 120 }]);
    expect((await loadSettings()).hourlyRate).toBe(120);
  });

  it('when the calendar database is full: settings save, the person sees why, the other feeds refresh', async () => {
    const first = await importFileFeed({ name: 'first.ics', text: weekCalendar() }, SETTINGS);
    expect(first.error).toBeUndefined();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    const second = await importFileFeed({ name: 'second.ics', text: weekCalendar(Date.now(), 'Second') }, SETTINGS);
    expect(second.error).toMatch(/storage for calendars is full/);
    const { feeds } = await loadFeeds();
    const secondFeed = feeds.find((feed) => feed.name === 'second.ics')!;
    const statuses = (await feedStatusItem.getValue()) as Record<string, { error: { message: string } | null }>;
    expect(statuses[secondFeed.id]?.error?.message).toMatch(/full.*settings are not affected/);

    await patchSettings([{ op: 'set', path: ['currency'], value: 'EUR' }]);
    expect((await loadSettings()).currency).toBe('EUR');
    // A refresh of everything runs through every feed and never rejects.
    await expect(refreshAllFeeds({ ...SETTINGS, timeZone: 'Asia/Tokyo' })).resolves.toBeUndefined();
  });

  it('a status that cannot be written does not make a refresh throw, and one failing feed does not stop the rest', async () => {
    const a = await importFileFeed({ name: 'a.ics', text: weekCalendar() }, SETTINGS);
    const b = await importFileFeed({ name: 'b.ics', text: weekCalendar() }, SETTINGS);
    const realSet = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = (async (items: Record<string, unknown>) => {
      if ('feedStatus' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    }) as never;
    // Another time zone: both are read again from their kept text, and both statuses fail to save.
    const tokyo = { ...SETTINGS, timeZone: 'Asia/Tokyo' };
    await expect(refreshFeed(a.feed!, tokyo)).resolves.toMatchObject({ events: 8 });
    const kept = await loadKeptCalendars([a.feed!, b.feed!]);
    await refreshAllFeeds(tokyo);
    const after = await loadKeptCalendars([a.feed!, b.feed!]);
    expect(after[b.feed!.id]!.expansionKey).not.toBe(kept[b.feed!.id]!.expansionKey);
  });
});

describe('what a calendar costs in storage', () => {
  it('a busy year of one calendar keeps at most 2 MB', { timeout: 60_000 }, async () => {
    const { ics } = busyYearIcs();
    const result = await importFileFeed({ name: 'busy-year.ics', text: ics }, SETTINGS);
    expect(result.error).toBeUndefined();
    const bytes = await keptCalendarBytes();
    console.info(`[bench] busy year: ${(ics.length / 1024 / 1024).toFixed(1)} MB .ics, ${bytes} bytes kept`);
    expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('writing the same calendar again writes nothing and tells no page', async () => {
    const result = await importFileFeed({ name: 'a.ics', text: weekCalendar() }, SETTINGS);
    const feed = result.feed!;
    const kept = (await loadKeptCalendars([feed]))[feed.id]!;
    const stamp = (await keptAtItem.getValue())[feed.id];
    const changes = vi.fn();
    fakeBrowser.storage.onChanged.addListener(changes);
    expect(await writeKeptCalendar(feed.id, { ...kept, at: kept.at + 60_000 })).toBe('unchanged');
    expect((await keptAtItem.getValue())[feed.id]).toBe(stamp);
    expect(changes).not.toHaveBeenCalled();
  });
});

describe('the options page', () => {
  it('shows what the kept calendars take in this browser', async () => {
    const { render, screen } = await import('@testing-library/react');
    const { FeedsContainer } = await import('../../entrypoints/options/feeds');
    await importFileFeed({ name: 'a.ics', text: weekCalendar() }, SETTINGS);
    const bytes = await keptCalendarBytes();
    render(<FeedsContainer />);
    expect((await screen.findByText(/Kept in this browser for these calendars/)).textContent).toContain(
      `${Math.round(bytes / 1024)} KB`,
    );
  });
});
