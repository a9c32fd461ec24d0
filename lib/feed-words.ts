/**
 * A calendar feed's health and status in words, for the popup and the options page. Its own
 * module, with types only from lib/feeds.ts, so that the popup shows them without the feeds'
 * zod schemas and .ics helpers (lib/feeds.ts re-exports it). Pure.
 */
import type { Feed, FeedStatus } from './feeds';

/** Host and "…": never the path, which for Google and Outlook holds the secret. */
export function maskFeedUrl(url: string): string {
  try {
    return `${new URL(url).host}/…`;
  } catch {
    return '…';
  }
}

export function timeAgo(at: number, now: number): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

export type FeedHealth = 'ok' | 'error' | 'pending';

export function feedHealth(status: FeedStatus | undefined): FeedHealth {
  if (status?.error) return 'error';
  if (status?.lastSync) return 'ok';
  return 'pending';
}

/** A feed fetched without https (accepted for localhost and private addresses only). */
export function isPlainHttpFeed(feed: Pick<Feed, 'kind' | 'url'>): boolean {
  return feed.kind === 'url' && feed.url.startsWith('http:');
}

/** One line: "Synced 5 min ago · 412 events", or the error, or "Not synced yet". */
export function feedStatusText(feed: Feed, status: FeedStatus | undefined, now: number): string {
  const events = status?.events !== undefined ? ` · ${status.events} event${status.events === 1 ? '' : 's'}` : '';
  if (status?.error) {
    const kept = status.lastSync ? ` Showing the copy from ${timeAgo(status.lastSync, now)}.` : '';
    return `${status.error.message}${kept}`;
  }
  if (status?.lastSync) {
    const clear = isPlainHttpFeed(feed) ? ' · over plain http: visible on your network' : '';
    return `${feed.kind === 'file' ? 'Imported' : 'Synced'} ${timeAgo(status.lastSync, now)}${events}${clear}`;
  }
  return feed.kind === 'file' ? 'Not imported yet' : 'Not synced yet';
}
