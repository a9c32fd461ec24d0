import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { locale, setCatalog } from '../components/i18n';
import { asyncDocWords, localTemplates } from '../components/templates';
import { recordActivity } from '../lib/activity';
import { readSummary, SUMMARY_KEY, weeksAt } from '../lib/calendar/summary';
import { FEED_REFRESH_ALARM } from '../lib/feeds';
import type { Message } from '../lib/messages';
import { isChatPagePatch } from '../lib/settings-patch';
import { loadWeekBooking } from '../platform/budget';
import { moveLegacyCalendars } from '../platform/calendar-store';
import { loadFeeds } from '../platform/feeds';
import {
  addUrlFeed,
  ensureRefreshAlarm,
  importFileFeed,
  refreshAllFeeds,
  refreshFeed,
  refreshFeedsOnOrigins,
  removeFeed,
} from '../platform/feeds-sync';
import { chosenCatalog, fetchCatalog } from '../platform/i18n';
import { type MessageSender, onMessage } from '../platform/message-receiver';
import { syncSelfHostedScripts } from '../platform/self-hosted';
import { loadRepairedSettings, patchSettings } from '../platform/settings-writer';
import { refreshSiteAccess } from '../platform/site-access';
import { asyncDocFor, exportFile, loadStatsInputs } from '../platform/stats';
import { refreshSummary, watchSummaryInputs } from '../platform/stats-summary';
import { activityItem, installedAtItem, loadSettings, siteStatusItem, watchSettings } from '../platform/storage';

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

/**
 * A feed operation replies once the popup's summary has its result, so the page that asked
 * ("Imported …") and a popup opened next see the same figures.
 */
async function withSummary<T>(operation: Promise<T>): Promise<T> {
  const result = await operation;
  await serialised(() => refreshSummary(() => loadStatsInputs())).catch(logFailure('adding up the weeks'));
  return result;
}

/** The code each surface's sentinel loads on demand (entrypoints/chat-main.ts). */
const ON_DEMAND_FILES = { chat: '/chat-main.js' } as const;

/** Register the chat script on the self-hosted servers the saved settings list. */
async function syncSelfHosted(): Promise<string[]> {
  return syncSelfHostedScripts((await loadSettings()).selfHostedChats);
}

async function handle(message: Message, sender: MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'settings/patch': {
      if (!sender.fromExtensionPage && !isChatPagePatch(message.patch)) {
        throw new Error('Refused: a chat page may only mute a conversation, snooze, or count a “Send anyway”.');
      }
      const outcome = await patchSettings(message.patch);
      // The servers list changed: register after the save, from what was saved.
      if (outcome.changed && message.patch.some((operation) => operation.path[0] === 'selfHostedChats')) {
        await syncSelfHosted();
      }
      return outcome.settings;
    }
    case 'settings/load':
      return loadRepairedSettings();
    case 'content/load': {
      // Into the asking frame only, in the isolated world its sentinel runs in.
      if (sender.tabId === undefined || sender.frameId === undefined) throw new Error('Not sent from a frame.');
      await browser.scripting.executeScript({
        target: { tabId: sender.tabId, frameIds: [sender.frameId] },
        files: [ON_DEMAND_FILES[message.surface]],
      });
      return true;
    }
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
    case 'self-hosted/sync':
      return syncSelfHosted();
    case 'budget/week':
      return loadWeekBooking(message.weekOf);
    case 'site-access/check':
      return refreshSiteAccess();
    case 'i18n/catalog':
      return fetchCatalog(message.language);
    case 'options/open':
      return browser.runtime.openOptionsPage();
    case 'feeds/refresh': {
      const settings = await loadSettings();
      if (!message.feedId) return withSummary(refreshAllFeeds(settings));
      const feed = (await loadFeeds()).feeds.find((entry) => entry.id === message.feedId);
      return feed ? withSummary(refreshFeed(feed, settings)) : null;
    }
    case 'feeds/add':
      return withSummary(addUrlFeed({ url: message.url, name: message.name }, await loadSettings()));
    case 'feeds/import':
      return withSummary(importFileFeed({ name: message.name, text: message.text }, await loadSettings()));
    case 'feeds/remove':
      return withSummary(removeFeed(message.feedId, await loadSettings()));
    case 'stats/summary':
      await serialised(() => refreshSummary(() => loadStatsInputs()));
      return true;
    case 'stats/export': {
      const summary = readSummary((await browser.storage.local.get(SUMMARY_KEY))[SUMMARY_KEY], Date.now());
      const weeks = summary && weeksAt(summary, message.offset);
      return weeks
        ? exportFile(
            weeks.map((week) => week.stats),
            message.format,
          )
        : null;
    }
    case 'stats/async-doc': {
      const inputs = await loadStatsInputs();
      // In the language the popup shows: the chosen one's catalog, else the browser's.
      const chosen = inputs.settings.language;
      setCatalog(await chosenCatalog(chosen), chosen === 'auto' ? undefined : chosen);
      return asyncDocFor(inputs, message, {
        templates: localTemplates(inputs.settings.templates),
        words: asyncDocWords(),
        locale: locale(),
      });
    }
  }
}

function logFailure(what: string): (error: unknown) => void {
  return (error) => console.warn(`[Eventually] ${what} failed`, error);
}

async function prepare(): Promise<void> {
  // Repairs stored settings that fail validation (the bad value is kept aside) and writes
  // the defaults on first run, so every page reads a complete, valid value.
  const settings = await loadRepairedSettings();
  // Calendars an earlier version kept in storage.local move to IndexedDB (platform/calendar-store.ts).
  await moveLegacyCalendars().catch(logFailure('moving kept calendars'));
  await syncSelfHostedScripts(settings.selfHostedChats).catch((error: unknown) =>
    console.warn('[Eventually] could not register self-hosted chat scripts', error),
  );
  await ensureRefreshAlarm().catch((error: unknown) =>
    console.warn('[Eventually] could not set the feed alarm', error),
  );
  await refreshSiteAccess().catch(logFailure('checking site access'));
  // The popup's figures, for a new version or a new session (the week may have turned).
  await serialised(() => refreshSummary(() => loadStatsInputs())).catch(logFailure('adding up the weeks'));
}

/**
 * A permission granted or revoked in the browser's own UI (or by another page) adds or takes
 * away the chat script on that server, and changes which sites Eventually can reach.
 */
function permissionsChanged(what: string): (permissions: { origins?: string[] }) => void {
  return (permissions = {}) => {
    void syncSelfHosted().catch(logFailure(what));
    void refreshSiteAccess().catch(logFailure(what));
    // The calendars on that origin show at once that they can (or cannot) be fetched.
    void loadSettings()
      .then((settings) => refreshFeedsOnOrigins(permissions.origins ?? [], settings))
      .catch(logFailure(what));
  };
}

export default defineBackground(() => {
  onMessage(handle);
  // The popup's summary follows its inputs: feed syncs and imports, settings, recorded actions.
  watchSummaryInputs(() => loadStatsInputs(), serialised);
  // The chat script keeps what it learns about a site's send key in session storage (gone when
  // the browser closes); content scripts may only reach it once the background allows them.
  // Older browsers (and the tests' fake browser) lack it, some by throwing at once.
  try {
    void browser.storage.session?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })?.catch(() => {});
  } catch {
    // Without it the send key is learned again on each page load: nothing breaks.
  }

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install' && (await installedAtItem.getValue()) === null) {
      await installedAtItem.setValue(Date.now());
    }
    await prepare();
  });
  browser.runtime.onStartup.addListener(() => void prepare().catch(logFailure('start-up')));
  browser.permissions.onRemoved.addListener(permissionsChanged('permission removed'));
  browser.permissions.onAdded.addListener(permissionsChanged('permission added'));
  // A site or surface switched on or off, a server added: the sites to check change.
  watchSettings(() => void refreshSiteAccess().catch(logFailure('checking site access')));
  // Calendar feeds are fetched again every 30 minutes (conditionally: mostly a 304).
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FEED_REFRESH_ALARM) return;
    void loadSettings().then(refreshAllFeeds).catch(logFailure('feed refresh'));
  });
  void ensureRefreshAlarm().catch(() => undefined);
});
