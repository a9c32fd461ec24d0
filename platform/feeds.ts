/**
 * Calendar feeds in the browser: their storage items and how pages read them. Fetching,
 * importing and the refresh alarm are in ./feeds-sync.ts (background only: it carries the
 * .ics parser, which the popup never needs).
 *
 * What is kept of a calendar (see README, "Calendar feeds"), in IndexedDB: not the .ics text,
 * which for a Google calendar with years of history is tens of MB, but its occurrences in a window of weeks around today
 * (lib/feeds.ts: 16 weeks back, 2 ahead). A calendar with 10,000 meetings a year keeps
 * ~3,700 of them, ~400 bytes of JSON each (1.5 MB). The text itself is kept too when it is
 * at most 1 MB, so a small calendar can be read again (new week, new settings) without the
 * network; a larger URL feed is fetched again instead, and a larger imported file keeps the
 * weeks it was imported for.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  expansionKey,
  type Feed,
  type FeedStatus,
  type KeptCalendar,
  type NormalizedFeeds,
  normalizeFeedStatuses,
  normalizeFeeds,
  windowCovers,
} from '../lib/feeds';
import { originPermissionPattern } from '../lib/hosts';
import type { Settings } from '../lib/settings';
import { readKeptCalendars } from './calendar-store';

export const feedsItem = storage.defineItem<unknown>('local:feeds', { fallback: [] });
export const feedStatusItem = storage.defineItem<unknown>('local:feedStatus', { fallback: {} });

// Per feed, the kept occurrences (KeptCalendar) and the .ics text when it is small live in
// IndexedDB (./calendar-store.ts), not here: storage.local stays small.

// ---------------------------------------------------------------------------------------
// Reading (any extension page)
// ---------------------------------------------------------------------------------------

export async function loadFeeds(): Promise<NormalizedFeeds> {
  try {
    return normalizeFeeds(await feedsItem.getValue());
  } catch {
    return { feeds: [], dropped: 1 };
  }
}

export async function loadFeedStatuses(): Promise<Record<string, FeedStatus>> {
  try {
    return normalizeFeedStatuses(await feedStatusItem.getValue());
  } catch {
    return {};
  }
}

/** The kept calendars of `feeds`, read in one call; an unreadable one is null. */
export async function loadKeptCalendars(feeds: readonly Feed[]): Promise<Record<string, KeptCalendar | null>> {
  try {
    return await readKeptCalendars(feeds.map((feed) => feed.id));
  } catch {
    return Object.fromEntries(feeds.map((feed) => [feed.id, null]));
  }
}

/** Watch anything about feeds (list, statuses, kept occurrences) change. */
export function watchFeeds(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((key) => key === 'feeds' || key === 'feedStatus' || key === 'feedKeptAt')) {
      onChange();
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Is a kept calendar current for these settings, now? */
export function keptIsCurrent(kept: KeptCalendar | null | undefined, settings: Settings, now = Date.now()): boolean {
  return (
    !!kept &&
    kept.expansionKey === expansionKey(settings) &&
    windowCovers(kept.window, now, settings.weekStartsOn, settings.timeZone)
  );
}

export async function hasOriginPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPermissionPattern(origin)] });
  } catch {
    return false;
  }
}
