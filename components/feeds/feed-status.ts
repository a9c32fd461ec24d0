/**
 * A calendar feed's status line (last sync, events, plain http) in the interface's language.
 * What went wrong is stored in English words by the background (lib/feeds.ts feedError), so
 * an error shows as stored, with the rest of the line translated.
 */
import { isPlainHttpFeed } from '../../lib/feed-words';
import type { Feed, FeedStatus } from '../../lib/feeds';
import { relativeTime, t, tn } from '../i18n';

export function feedStatusLine(feed: Feed, status: FeedStatus | undefined, now: number): string {
  const when = (at: number) => (now - at < 60_000 ? t('feed.just_now') : relativeTime(at, now));
  if (status?.error) {
    return status.lastSync
      ? t('feed.kept_copy', { error: status.error.message, when: when(status.lastSync) })
      : status.error.message;
  }
  if (!status?.lastSync) return t(feed.kind === 'file' ? 'feed.not_imported' : 'feed.not_synced');
  const facts = [t(feed.kind === 'file' ? 'feed.imported' : 'feed.synced', { when: when(status.lastSync) })];
  if (status.events !== undefined) facts.push(tn('feed.events', status.events));
  if (isPlainHttpFeed(feed)) facts.push(t('feed.plain_http'));
  // A list of facts, not a sentence: joined by the language's separator.
  return facts.join(t('feed.separator'));
}
