import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recordActivity } from '../lib/activity';
import { FEED_REFRESH_ALARM } from '../lib/feeds';
import type { Message } from '../lib/messages';
import { loadWeekBooking } from '../platform/budget';
import { loadFeeds } from '../platform/feeds';
import {
  addUrlFeed,
  ensureRefreshAlarm,
  importFileFeed,
  refreshAllFeeds,
  refreshFeed,
  removeFeed,
} from '../platform/feeds-sync';
import { onMessage } from '../platform/message-receiver';
import { syncSelfHostedScripts } from '../platform/self-hosted';
import {
  activityItem,
  hasStoredSettings,
  installedAtItem,
  loadSettings,
  saveSettings,
  siteStatusItem,
} from '../platform/storage';

/**
 * Storage writes that read-modify-write go through one queue, so two pages reporting at
 * the same moment cannot overwrite each other's counts.
 */
let writes: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const next = writes.then(task, task);
  writes = next.catch(() => undefined);
  return next;
}

async function handle(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'activity/record':
      return serialised(async () => {
        const settings = await loadSettings();
        const log = await activityItem.getValue();
        const week = { weekStartsOn: settings.weekStartsOn, timeZone: settings.timeZone };
        await activityItem.setValue(recordActivity(log, message, week));
      });
    case 'site/status':
      return serialised(async () => {
        const statuses = await siteStatusItem.getValue();
        const previous = statuses[message.site];
        if (previous?.status === message.status && previous.detail === message.detail) return;
        await siteStatusItem.setValue({
          ...statuses,
          [message.site]: { status: message.status, detail: message.detail, at: message.at },
        });
      });
    case 'self-hosted/sync': {
      const settings = await loadSettings();
      return syncSelfHostedScripts(settings.selfHostedChats);
    }
    case 'budget/week':
      return loadWeekBooking(message.weekOf);
    case 'options/open':
      return browser.runtime.openOptionsPage();
    case 'feeds/refresh': {
      const settings = await loadSettings();
      if (!message.feedId) return refreshAllFeeds(settings);
      const feed = (await loadFeeds()).feeds.find((entry) => entry.id === message.feedId);
      return feed ? refreshFeed(feed, settings) : null;
    }
    case 'feeds/add':
      return addUrlFeed({ url: message.url, name: message.name }, await loadSettings());
    case 'feeds/import':
      return importFileFeed({ name: message.name, text: message.text }, await loadSettings());
    case 'feeds/remove':
      return removeFeed(message.feedId, await loadSettings());
  }
}

async function prepare(): Promise<void> {
  // Repairs stored settings that fail validation (the bad value is kept aside) and writes
  // the defaults on first run, so every page reads a complete, valid value.
  const settings = await loadSettings({ repair: true });
  if (!(await hasStoredSettings())) await saveSettings(settings);
  await syncSelfHostedScripts(settings.selfHostedChats).catch((error: unknown) =>
    console.warn('[Eventually] could not register self-hosted chat scripts', error),
  );
  await ensureRefreshAlarm().catch((error: unknown) =>
    console.warn('[Eventually] could not set the feed alarm', error),
  );
}

export default defineBackground(() => {
  onMessage(handle);

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install' && (await installedAtItem.getValue()) === null) {
      await installedAtItem.setValue(Date.now());
    }
    await prepare();
  });
  browser.runtime.onStartup.addListener(() => void prepare());
  // A permission the user revokes in the browser's own UI takes its content script with it.
  browser.permissions.onRemoved.addListener(() => void prepare());
  // Calendar feeds are fetched again every 30 minutes (conditionally: mostly a 304).
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_REFRESH_ALARM) void loadSettings().then(refreshAllFeeds);
  });
  void ensureRefreshAlarm().catch(() => undefined);
});
