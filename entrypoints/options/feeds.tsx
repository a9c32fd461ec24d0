/**
 * The container of the options page's "Calendar feeds" section: reads the feeds and their
 * status, asks for an origin's permission inside the click that adds it, and hands every
 * change to the background (the only writer of feed storage).
 */

import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type FeedRow, FeedsSection } from '../../components/feeds/FeedsSection';
import { t, tn } from '../../components/i18n';
import { feedError, feedOrigin, MAX_FEED_BYTES, normalizeFeedUrl, originStillNeeded } from '../../lib/feeds';
import { originPermissionPattern } from '../../lib/hosts';
import { keptCalendarBytes } from '../../platform/calendar-store';
import { hasOriginPermission, loadFeedStatuses, loadFeeds, watchFeeds } from '../../platform/feeds';
import type { FeedResult } from '../../platform/feeds-sync';
import { sendMessage } from '../../platform/messaging';
import { loadSettings } from '../../platform/storage';

function replyError(reply: Awaited<ReturnType<typeof sendMessage>>): string | null {
  if (!reply.ok) return t('options.could_not', { error: reply.error });
  const value = reply.value as FeedResult | undefined;
  return value?.error ?? null;
}

/** Give back the permission for `origin` unless a feed or a self-hosted chat still needs it. */
async function releaseUnneededOrigin(origin: string): Promise<void> {
  const [{ feeds }, settings] = await Promise.all([loadFeeds(), loadSettings()]);
  const chats = settings.selfHostedChats.map((chat) => chat.origin);
  if (originStillNeeded(origin, feeds, chats)) return;
  await browser.permissions.remove({ origins: [originPermissionPattern(origin)] }).catch(() => false);
}

function requestOrigin(origin: string): Promise<string | null> {
  // Called synchronously from the click: the browser shows its prompt only inside a gesture.
  return browser.permissions.request({ origins: [originPermissionPattern(origin)] }).then(
    (granted) => (granted ? null : t('options.feed_not_granted', { origin })),
    (error: unknown) => t('options.browser_refused', { error: error instanceof Error ? error.message : String(error) }),
  );
}

export function FeedsContainer() {
  const [rows, setRows] = useState<FeedRow[]>([]);
  const [dropped, setDropped] = useState(0);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [now, setNow] = useState(() => Date.now());
  const [keptBytes, setKeptBytes] = useState<number | null>(null);

  useEffect(() => {
    let alive = true;
    const load = () =>
      void Promise.all([loadFeeds(), loadFeedStatuses()]).then(([{ feeds, dropped: lost }, statuses]) => {
        if (!alive) return;
        setRows(feeds.map((feed) => ({ feed, status: statuses[feed.id] })));
        void keptCalendarBytes().then(
          (bytes) => alive && setKeptBytes(bytes),
          () => undefined,
        );
        setDropped(lost);
        setNow(Date.now());
      });
    load();
    const unwatch = watchFeeds(load);
    const tick = setInterval(() => setNow(Date.now()), 60_000);
    return () => {
      alive = false;
      unwatch();
      clearInterval(tick);
    };
  }, []);

  const whileBusy = async (feedId: string, task: () => Promise<unknown>) => {
    setBusy((before) => new Set(before).add(feedId));
    try {
      await task();
    } finally {
      setBusy((before) => {
        const next = new Set(before);
        next.delete(feedId);
        return next;
      });
    }
  };

  return (
    <FeedsSection
      rows={rows.map((row) => ({ ...row, busy: busy.has(row.feed.id) }))}
      now={now}
      keptBytes={keptBytes}
      droppedNotice={dropped > 0 ? tn('options.dropped_feeds', dropped) : null}
      onAddUrl={(input, name) => {
        const normalized = normalizeFeedUrl(input);
        if (!normalized.ok) return Promise.resolve(normalized.message);
        if (rows.some((row) => row.feed.url === normalized.url)) return Promise.resolve(t('options.calendar_listed'));
        const origin = normalized.origin;
        // Asked alongside the request, not before it: the prompt needs this click's gesture.
        const hadPermission = hasOriginPermission(origin);
        return requestOrigin(origin).then(async (refused) => {
          if (refused) return refused;
          const error = replyError(await sendMessage({ type: 'feeds/add', url: normalized.url, name }));
          // The add failed (feed limit, a refused address): give back the grant it asked for.
          if (error && !(await hadPermission)) await releaseUnneededOrigin(origin);
          return error;
        });
      }}
      onImportFile={async (file) => {
        if (file.size > MAX_FEED_BYTES) return feedError({ kind: 'too-large', bytes: file.size }).message;
        let text: string;
        try {
          text = await file.text();
        } catch (error) {
          return t('options.file_unreadable', {
            name: file.name,
            error: error instanceof Error ? error.message : String(error),
          });
        }
        return replyError(await sendMessage({ type: 'feeds/import', name: file.name, text }));
      }}
      onRefresh={(feedId) => void whileBusy(feedId, () => sendMessage({ type: 'feeds/refresh', feedId }))}
      onRemove={(feedId) => void sendMessage({ type: 'feeds/remove', feedId })}
      onAllow={(feedId) => {
        const feed = rows.find((row) => row.feed.id === feedId)?.feed;
        const origin = feed ? feedOrigin(feed) : null;
        if (!origin) return;
        void requestOrigin(origin).then((refused) => {
          if (!refused) void whileBusy(feedId, () => sendMessage({ type: 'feeds/refresh', feedId }));
        });
      }}
    />
  );
}
