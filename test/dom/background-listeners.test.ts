/**
 * The background's browser listeners (issue 12, items 2 and 7): a permission granted or
 * revoked outside the options page re-syncs the self-hosted chat scripts, and the refresh
 * alarm never leaves a rejection unhandled, even when storage cannot be read (vitest fails
 * a test on an unhandled rejection).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { FEED_REFRESH_ALARM } from '../../lib/feeds';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { siteAccessItem } from '../../platform/site-access';
import { saveSettings, settingsItem } from '../../platform/storage';
import { SITES } from '../../sites/registry';

type Listener = (...args: unknown[]) => unknown;
let added: Listener[];
let removed: Listener[];
let alarms: Listener[];
let registered: { id: string }[];
let granted: string[];

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  added = [];
  removed = [];
  alarms = [];
  registered = [];
  granted = [...SITES.flatMap((site) => site.matches), 'https://chat.example.com/*'];
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async () => true),
    getAll: vi.fn(async () => ({ origins: granted, permissions: [] })),
    onAdded: { addListener: (listener: Listener) => added.push(listener) },
    onRemoved: { addListener: (listener: Listener) => removed.push(listener) },
  });
  Object.assign(fakeBrowser.alarms, {
    get: vi.fn(async () => undefined),
    create: vi.fn(async () => undefined),
    onAlarm: { addListener: (listener: Listener) => alarms.push(listener) },
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async () => registered),
    registerContentScripts: vi.fn(async (scripts: { id: string }[]) => void registered.push(...scripts)),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((script) => !ids.includes(script.id));
    }),
  });
  await saveSettings({
    ...structuredClone(DEFAULT_SETTINGS),
    selfHostedChats: [{ origin: 'https://chat.example.com', kind: 'mattermost', enabled: true }],
  });
  background.main?.();
});

describe('background listeners', () => {
  it('a permission granted in the browser’s own UI registers the chat script there', async () => {
    expect(added).toHaveLength(1);
    added[0]!({ origins: ['https://chat.example.com/*'] });
    await vi.waitFor(() =>
      expect(registered.map((script) => script.id)).toEqual(['eventually-self-hosted:https://chat.example.com']),
    );
    // Revoked: the next sync takes it away.
    Object.assign(fakeBrowser.permissions, { contains: vi.fn(async () => false) });
    removed[0]!({ origins: ['https://chat.example.com/*'] });
    await vi.waitFor(() => expect(registered).toEqual([]));
  });

  it('a site access taken back in the browser’s own UI is named, and given back it is not', async () => {
    granted = granted.filter((pattern) => pattern !== 'https://app.slack.com/*');
    removed[0]!({ origins: ['https://app.slack.com/*'] });
    await vi.waitFor(async () =>
      expect((await siteAccessItem.getValue()).map((site) => site.hosts)).toEqual([['app.slack.com']]),
    );
    granted.push('https://app.slack.com/*');
    added[0]!({ origins: ['https://app.slack.com/*'] });
    await vi.waitFor(async () => expect(await siteAccessItem.getValue()).toEqual([]));
  });

  it('a site switched off in the settings is no longer named', async () => {
    granted = granted.filter((pattern) => pattern !== 'https://discord.com/*');
    removed[0]!({ origins: ['https://discord.com/*'] });
    await vi.waitFor(async () =>
      expect((await siteAccessItem.getValue()).map((site) => site.site)).toEqual(['discord']),
    );
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.sites.discord = false;
    await settingsItem.setValue(settings);
    await vi.waitFor(async () => expect(await siteAccessItem.getValue()).toEqual([]));
  });

  it('the refresh alarm handles a storage that cannot be read', async () => {
    const realGet = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = vi.fn(async () => {
      throw new Error('storage is gone');
    }) as never;
    alarms[0]!({ name: FEED_REFRESH_ALARM });
    await new Promise((resolve) => setTimeout(resolve, 50));
    fakeBrowser.storage.local.get = realGet;
    expect(console.warn).toHaveBeenCalledWith('[Eventually] feed refresh failed', expect.any(Error));
  });
});
